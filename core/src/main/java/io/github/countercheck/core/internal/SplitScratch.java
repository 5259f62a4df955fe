package io.github.countercheck.core.internal;

import io.github.countercheck.core.SentenceSplitter;
import java.util.Arrays;

/** The arrays of one split, kept by a caller that splits many texts so that they are reused. */
public final class SplitScratch {
  /** How many lines {@link #start} and {@link #end} hold. */
  public int count;
  /** Where each line starts. */
  public int[] start = new int[16];
  /** Where each line ends, before its terminator. */
  public int[] end = new int[16];
  boolean[] hard = new boolean[16];
  int[] ts = new int[16];
  int[] te = new int[16];
  boolean[] split = new boolean[16];
  boolean[] open = new boolean[16];
  /** Where the search for a quotation's closer has looked, by opener. */
  public final int[] scanned = new int[4];
  /** The word before a full stop, normalized, to look up among the abbreviations. */
  public final char[] word = new char[CoreAccess.get().maxAbbreviation() + 1];
  /** The positions of the text's {@link SplitChars#isStop} chars, in order. */
  public int[] stops = new int[64];
  /** How many positions {@link #stops} holds. */
  public int stopCount;

  /**
   * Records the position of a {@link SplitChars#isStop} char; positions come in order.
   *
   * @param i the position
   */
  public void stop(int i) {
    if (stopCount == stops.length) {
      stops = Arrays.copyOf(stops, stopCount * 2);
    }
    stops[stopCount++] = i;
  }

  void add(int s, int e, boolean h) {
    if (count == start.length) {
      start = Arrays.copyOf(start, count * 2);
      end = Arrays.copyOf(end, count * 2);
      hard = Arrays.copyOf(hard, count * 2);
    }
    start[count] = s;
    end[count] = e;
    hard[count] = h;
    count++;
  }

  /** Clears the per-line arrays for {@code count} lines, growing them if needed. */
  void lines(int count) {
    if (ts.length < count) {
      int cap = Math.max(count, ts.length * 2);
      ts = new int[cap];
      te = new int[cap];
      split = new boolean[cap];
      open = new boolean[cap];
    } else {
      Arrays.fill(split, 0, count, false);
      Arrays.fill(open, 0, count, false);
    }
  }

  /** Drops arrays grown past {@code limit} entries, so that one huge text is not kept. */
  void trim(int limit) {
    if (stops.length > limit) {
      stops = new int[64];
    }
    if (start.length > limit) {
      start = new int[16];
      end = new int[16];
      hard = new boolean[16];
    }
    if (ts.length > limit) {
      ts = new int[16];
      te = new int[16];
      split = new boolean[16];
      open = new boolean[16];
    }
  }
}
