package io.github.countercheck.claims;

import java.util.Map;

/**
 * An immutable open-addressing table from words to bit sets, looked up by a range of chars so
 * that a stem inside a token's form is found without copying it into a new string. The hash is
 * {@link String#hashCode}'s, computed over the range.
 */
final class KeyTable {
  private final String[] keys;
  private final int[] values;
  private final int mask;

  KeyTable(Map<String, Integer> entries) {
    int cap = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    keys = new String[cap];
    values = new int[cap];
    mask = cap - 1;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      int slot = e.getKey().hashCode() & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = e.getKey();
      values[slot] = e.getValue();
    }
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
    int len = to - from;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k == null) {
        return 0;
      }
      if (k.length() == len && s.regionMatches(from, k, 0, len)) {
        return values[slot];
      }
    }
  }
}
