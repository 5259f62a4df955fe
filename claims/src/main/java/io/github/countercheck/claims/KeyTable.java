package io.github.countercheck.claims;

import java.util.Map;

/**
 * An immutable open-addressing table from words to bit sets, looked up by a range of chars so
 * that a stem inside a token's form is found without copying it into a new string. The hash is
 * {@link String#hashCode}'s, computed over the range, then mixed (the polynomial hash of Arabic
 * words clusters in its low bits) and kept beside each key, so that a probe compares ints first.
 */
final class KeyTable {
  private final String[] keys;
  private final int[] hashes;
  private final int[] values;
  private final int mask;

  KeyTable(Map<String, Integer> entries) {
    int cap = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    keys = new String[cap];
    hashes = new int[cap];
    values = new int[cap];
    mask = cap - 1;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      int h = e.getKey().hashCode();
      int slot = mix(h) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = e.getKey();
      hashes[slot] = h;
      values[slot] = e.getValue();
    }
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * The bits of every candidate stem of a word, all hashed in one pass from its end: a stem is a
   * suffix of the word, and {@link String#hashCode} of a suffix grows by one term per char added
   * in front of it.
   *
   * @param s           the chars
   * @param from        start of the word, inclusive
   * @param to          end of the word, exclusive
   * @param stemOffsets bit {@code k} set: the word without its first {@code k} chars is a stem
   * @return the union of the bits stored for the stems, or 0
   */
  int getStems(String s, int from, int to, int stemOffsets) {
    int bits = 0;
    int h = 0;
    int pow = 1;
    int lowest = Integer.numberOfTrailingZeros(stemOffsets);
    for (int i = to - 1, k = to - from - 1; k >= lowest; i--, k--) { // k: the stem offset
      h += s.charAt(i) * pow;
      pow *= 31;
      if (k < 32 && (stemOffsets & (1 << k)) != 0) {
        bits |= find(s, i, to, h);
      }
    }
    return bits;
  }

  /**
   * @param s    the chars
   * @param from start of the word, inclusive
   * @param to   end of the word, exclusive
   * @return the bits stored for the word {@code s[from, to)}, or 0
   */
  int get(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return find(s, from, to, h);
  }

  private int find(String s, int from, int to, int h) {
    int len = to - from;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k == null) {
        return 0;
      }
      if (hashes[slot] == h && k.length() == len && s.regionMatches(from, k, 0, len)) {
        return values[slot];
      }
    }
  }
}
