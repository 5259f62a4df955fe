package io.github.countercheck.core.internal;

import io.github.countercheck.core.Token;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable table from normalized words to bit sets, looked up by a range of chars so that a
 * word, or a stem inside a word, is found without copying it into a new string (the role of
 * Lucene's {@code CharArraySet}). Thread-safe.
 *
 * <pre>{@code
 * WordTable table = WordTable.of(Map.of("قتل", 1, "متظاهرين", 2));
 * String s = "والمتظاهرين";
 * table.get(s, 3, s.length());                              // 2
 * table.getStems(s, 0, s.length(), Stems.offsets(s));       // 2: the stem متظاهرين
 * }</pre>
 *
 * <p>Most words of a text are in no lexicon, so a lookup is built to say no quickly: the hash is
 * {@link String#hashCode}'s, computed over the range (for every stem of a word in one pass from
 * its end), then mixed (the polynomial hash of Arabic words clusters in its low bits); a bit set
 * of a few kilobytes answers most misses without touching the table, with two bits by two slices
 * of the mixed hash in one 64-bit word (one cache line read per miss); the table is
 * open-addressed on one array of hashes each beside its value, with the keys' chars compared
 * only when a hash matches.
 */
public final class WordTable {
  /** Marks an empty slot; a key whose hash is 0 is stored under {@link #NONZERO}. */
  private static final int EMPTY = 0;
  private static final int NONZERO = 0x5BD1E995;

  /** Per slot, the stored hash at {@code 2 * slot} and the value beside it. */
  private final int[] slots;
  private final char[][] keys;
  private final int mask;
  /** Two bits per key in one word, by two slices of its mixed hash. */
  private final long[] filter;
  private final int filterMask;

  private WordTable(Map<String, Integer> entries) {
    int cap = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    slots = new int[2 * cap];
    keys = new char[cap][];
    mask = cap - 1;
    int filterBits = Integer.highestOneBit(Math.max(1024, entries.size() * 16 - 1)) << 1;
    filter = new long[filterBits >>> 6];
    filterMask = filterBits - 1;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String key = Objects.requireNonNull(e.getKey(), "key");
      int value = Objects.requireNonNull(e.getValue(), "value");
      if (value == 0) {
        throw new IllegalArgumentException("the bits of '" + key + "' are 0, which means absent");
      }
      int h = stored(key.hashCode());
      int m = mix(h);
      filter[(m & filterMask) >>> 6] |= filterBits(m);
      int slot = m & mask;
      while (slots[2 * slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = h;
      slots[2 * slot + 1] = value;
      keys[slot] = key.toCharArray();
    }
  }

  /**
   * Builds a table.
   *
   * @param entries words (already normalized) and their bits, none of them 0
   * @return the table
   * @throws IllegalArgumentException if a word maps to 0
   */
  public static WordTable of(Map<String, Integer> entries) {
    return new WordTable(Objects.requireNonNull(entries, "entries"));
  }

  private static int stored(int h) {
    return h == EMPTY ? NONZERO : h;
  }

  /** The two bits of a mixed hash in its filter word: by its low six bits and by bits 16 to 21. */
  private static long filterBits(int m) {
    return 1L << m | 1L << (m >>> 16);
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 15);
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
   *     (as {@link Token#stemOffsets()})
   * @return the union of the bits stored for the stems, or 0
   */
  public int getStems(char[] s, int from, int to, int stemOffsets) {
    return (int) getStemsAndOffsets(s, from, to, stemOffsets);
  }

  /**
   * {@link #getStems(char[], int, int, int)}, telling also which stems were found: the union of
   * their bits in the low 32 bits of the result, and in the high 32 bits the stem offsets (bit
   * {@code k} for the stem from offset {@code k}) whose stem is in the table.
   *
   * @param s           the chars
   * @param from        start of the word, inclusive
   * @param to          end of the word, exclusive
   * @param stemOffsets bit {@code k} set: the word without its first {@code k} chars is a stem
   * @return the bits, and the offsets of the stems found shifted left by 32
   */
  public long getStemsAndOffsets(char[] s, int from, int to, int stemOffsets) {
    int bits = 0;
    int found = 0;
    int h = 0;
    int pow = 1;
    int lowest = Integer.numberOfTrailingZeros(stemOffsets);
    for (int i = to - 1, k = to - from - 1; k >= lowest; i--, k--) { // k: the stem offset
      h += s[i] * pow;
      pow *= 31;
      if (k < 32 && (stemOffsets & (1 << k)) != 0) {
        int b = find(s, i, to, h);
        if (b != 0) {
          bits |= b;
          found |= 1 << k;
        }
      }
    }
    return (long) found << 32 | bits & 0xFFFFFFFFL;
  }

  /**
   * The value stored for each candidate stem of a word, all hashed in one pass from its end (as
   * {@link #getStemsAndOffsets}): for a table whose values are ids, so that a caller looks a word
   * up once and reads what it needs by the ids of its stems.
   *
   * @param s           the chars
   * @param from        start of the word, inclusive
   * @param to          end of the word, exclusive
   * @param stemOffsets bit {@code k} set: the word without its first {@code k} chars is a stem
   * @param values      receives, at index {@code k}, the value of the stem from offset {@code k}
   *     for each stem found (its other entries are left as they were); at least as long as the
   *     highest offset plus one
   * @return the stem offsets whose stem is in the table
   */
  public int getStemValues(char[] s, int from, int to, int stemOffsets, int[] values) {
    int found = 0;
    int h = 0;
    int pow = 1;
    int lowest = Integer.numberOfTrailingZeros(stemOffsets);
    for (int i = to - 1, k = to - from - 1; k >= lowest; i--, k--) { // k: the stem offset
      h += s[i] * pow;
      pow *= 31;
      if (k < 32 && (stemOffsets & (1 << k)) != 0) {
        int v = find(s, i, to, h);
        if (v != 0) {
          values[k] = v;
          found |= 1 << k;
        }
      }
    }
    return found;
  }

  /**
   * @param s    the chars
   * @param from start of the word, inclusive
   * @param to   end of the word, exclusive
   * @return the bits stored for the word {@code s[from, to)}, or 0
   */
  public int get(char[] s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s[i];
    }
    return find(s, from, to, h);
  }

  private int find(char[] s, int from, int to, int hash) {
    int h = stored(hash);
    int m = mix(h);
    long bits = filterBits(m);
    if ((filter[(m & filterMask) >>> 6] & bits) != bits) {
      return 0;
    }
    int len = to - from;
    for (int slot = m & mask; ; slot = (slot + 1) & mask) {
      int sh = slots[2 * slot];
      if (sh == EMPTY) {
        return 0;
      }
      if (sh == h && equal(keys[slot], s, from, len)) {
        return slots[2 * slot + 1];
      }
    }
  }

  /** Whether {@code key} is {@code s[from, from + len)}: a plain loop, as keys are a few chars. */
  private static boolean equal(char[] key, char[] s, int from, int len) {
    if (key.length != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (key[i] != s[from + i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    int n = 0;
    for (int k = 0; k < slots.length; k += 2) {
      if (slots[k] != EMPTY) {
        n++;
      }
    }
    return "WordTable[" + n + " words]";
  }
}
