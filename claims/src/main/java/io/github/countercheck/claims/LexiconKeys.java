package io.github.countercheck.claims;

import io.github.countercheck.core.internal.WordTable;
import java.util.HashMap;
import java.util.Map;

/**
 * A lexicon's key table: every word of every index's entries, each with a key id, so that a word
 * of a text is looked up once ({@link #keysAndStems}) and every index then reads what it needs by
 * the ids of the word's stems: the entries that start with it ({@link PhraseIndex#match}) and
 * whether it is the next word of an entry. Each
 * index has a bit of the key mask, a {@code long} ({@link #MOST_INDICES} indices at most); a first
 * word carries the bits of the indices that have an entry starting with it, a word that is only
 * ever a later word of an entry carries none. Immutable and thread-safe.
 */
final class LexiconKeys {
  /** Every word of the indices' entries (first words with their stems), with its key id. */
  private final WordTable words;
  /** How many indices the key mask holds, one bit each. */
  static final int MOST_INDICES = Long.SIZE;

  /** The key bits of each key id: the indices that have an entry starting with it (0: none). */
  private final long[] keyBits;
  private final int maxWords;
  private static final Object[] NO_ENTRIES = {};

  private LexiconKeys(WordTable words, long[] keyBits, int maxWords) {
    this.words = words;
    this.keyBits = keyBits;
    this.maxWords = maxWords;
  }

  /**
   * Gives each index a bit of the key mask in order and builds the key table of their words: the
   * first words with their bits, the words after them with none; then lets every index read its
   * entries by key id.
   *
   * @param owner   the lexicon, which names the table to the words looked up in it
   * @param indices the indices, in the order of their bits
   * @throws IllegalStateException if there are more indices than the key mask holds bits
   */
  static LexiconKeys register(Object owner, PhraseIndex<?>... indices) {
    checkIndices(indices.length);
    Map<String, Long> keys = new HashMap<>();
    int most = 0;
    for (int i = 0; i < indices.length; i++) {
      indices[i].register(1L << i, keys);
      most = Math.max(most, indices[i].maxWords());
    }
    for (PhraseIndex<?> index : indices) {
      index.restWords(w -> keys.putIfAbsent(w, 0L));
    }
    // each word gets an id (from 1: the table reads 0 as absent), its bits kept by id
    Map<String, Integer> ids = new HashMap<>(keys.size() * 2);
    long[] bits = new long[keys.size() + 1];
    keys.forEach((k, mask) -> {
      int id = ids.size() + 1;
      ids.put(k, id);
      bits[id] = mask;
    });
    Object[][] rows = new Object[bits.length][];
    for (int id = 0; id < bits.length; id++) {
      rows[id] = bits[id] == 0 ? NO_ENTRIES : new Object[Long.bitCount(bits[id])];
    }
    for (PhraseIndex<?> index : indices) {
      index.indexKeys(ids, bits, rows, owner);
    }
    return new LexiconKeys(WordTable.of(ids), bits, most);
  }

  /**
   * Refuses more indices than the key mask has bits, rather than let two share one (issue 15:
   * registering an index cannot overflow silently).
   *
   * @param indices how many indices are registered
   * @throws IllegalStateException if they are more than {@link #MOST_INDICES}
   */
  static void checkIndices(int indices) {
    if (indices > MOST_INDICES) {
      throw new IllegalStateException(indices + " lexicon indices: the key mask holds "
          + MOST_INDICES + " (one bit each); widen LexiconKeys' mask before adding an index");
    }
  }

  /** @return the most words any entry of any index has */
  int maxWords() {
    return maxWords;
  }

  /**
   * Looks a word up once in the key table: the indices that have an entry starting with it, at
   * which of its stem offsets they start, and the key id of each of its stems, so that every
   * index reads its entries for the word, and compares it with the words of its entries, by id
   * ({@link PhraseIndex#match}) instead of hashing or comparing the stem again. The ids go into
   * {@code ids[at]} in the order of the stem offsets, 16 bits each from the lowest, 0 for a stem
   * not in the table; {@link PhraseIndex#NO_IDS} when they do not fit.
   *
   * @param normalized  the normalized text
   * @param start       the word's start
   * @param end         its end
   * @param stemOffsets its candidate stem offsets
   * @param values      a scratch array of 32 ints
   * @param ids         receives the packed ids at {@code at}
   * @param entryStems  receives at {@code at} the stem offsets at which an entry starts
   * @param at          where
   * @return the bits of the indices that have an entry starting with the word
   */
  long keysAndStems(char[] normalized, int start, int end, int stemOffsets, int[] values,
      long[] ids, int[] entryStems, int at) {
    int found = words.getStemValues(normalized, start, end, stemOffsets, values);
    long bits = 0;
    int entries = 0;
    long packed = 0;
    int n = 0;
    for (int m = stemOffsets; m != 0; m &= m - 1, n++) {
      int k = Integer.numberOfTrailingZeros(m);
      int id = (found & 1 << k) != 0 ? values[k] : 0;
      if (keyBits[id] != 0) {
        bits |= keyBits[id];
        entries |= 1 << k;
      }
      if (n < PhraseIndex.PACKED_IDS && id < PhraseIndex.ID_MASK) {
        packed |= (long) id << (16 * n);
      } else {
        packed = PhraseIndex.NO_IDS;
        n = PhraseIndex.PACKED_IDS;
      }
    }
    ids[at] = packed;
    entryStems[at] = entries;
    return bits;
  }

  @Override
  public String toString() {
    return "LexiconKeys[" + (keyBits.length - 1) + " words]";
  }
}
