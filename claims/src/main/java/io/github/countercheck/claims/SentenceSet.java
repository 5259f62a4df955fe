package io.github.countercheck.claims;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The sentences of one document seen so far, as ranges of one char array: an open-addressing set
 * keyed by a hash of the chars, so that no sentence text is copied. Not thread-safe; reused from
 * document to document.
 *
 * <p>The hash is seeded once per run from a secure random source and mixes every char (two at a
 * step) through a multiply and a shift, so that text cannot be crafted to collide: with a plain
 * {@code 31 * h + c}, "az" and "b[" hash alike and every line made of them lands in one slot, which makes reading a
 * document quadratic in its lines. Probing is also bounded ({@link #MAX_PROBES}): past it a
 * sentence is taken as new, so at worst a repeated sentence is read twice (its claims are the
 * same), never slowly.
 */
final class SentenceSet {

  /** The run's hash seed: secret, so that no text can aim at one slot. */
  private static final long SEED = new SecureRandom().nextLong();
  /** The most occupied slots one lookup probes. */
  static final int MAX_PROBES = 64;

  private long[] hashes = new long[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private boolean[] used = new boolean[64];
  private long probes;

  /**
   * Forgets every sentence, with room for {@code sentences} more.
   *
   * @param sentences how many sentences the next document has, about
   */
  void clear(int sentences) {
    int cap = Integer.highestOneBit(Math.max(16, sentences * 2 - 1)) << 1;
    if (used.length < cap) {
      hashes = new long[cap];
      starts = new int[cap];
      ends = new int[cap];
      used = new boolean[cap];
    } else {
      Arrays.fill(used, false);
    }
  }

  /**
   * Adds the sentence {@code text[start, end)}.
   *
   * @return true if it is new, false if the same chars were added before
   */
  boolean add(char[] text, int start, int end) {
    long h = hash(text, start, end);
    int mask = used.length - 1;
    int slot = (int) (h * 0xBF58476D1CE4E5B9L >>> 40) & mask;
    for (int n = 0; used[slot]; slot = (slot + 1) & mask) {
      probes++;
      if (hashes[slot] == h && Arrays.equals(text, starts[slot], ends[slot], text, start, end)) {
        return false;
      }
      if (++n >= MAX_PROBES) {
        return true;
      }
    }
    used[slot] = true;
    hashes[slot] = h;
    starts[slot] = start;
    ends[slot] = end;
    return true;
  }

  /** @return how many occupied slots lookups have probed since this set was made */
  long probes() {
    return probes;
  }

  /** Drops arrays grown past {@code keep} slots, after a long document. */
  void trim(int keep) {
    if (used.length > keep) {
      hashes = new long[64];
      starts = new int[64];
      ends = new int[64];
      used = new boolean[64];
    }
  }

  /**
   * A seeded hash of {@code text[start, end)}: each pair of chars xored in as one 32-bit value,
   * multiplied, shifted (half the dependent multiplies of one char a step; distinct pairs are
   * distinct values, so the mixing is the same as a char's).
   */
  static long hash(char[] text, int start, int end) {
    long h = SEED ^ (end - start);
    int i = start;
    for (; i + 1 < end; i += 2) {
      h = (h ^ (text[i] | (long) text[i + 1] << 16)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    if (i < end) {
      h = (h ^ text[i]) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    return h ^ h >>> 32;
  }
}
