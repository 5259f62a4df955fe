package io.github.countercheck.claims;

import java.util.List;

/**
 * The words of a text as the lexicon matchers see them: normalized forms, and for each the offsets
 * where a stem starts after its proclitics (bit {@code k} of {@link #stemMask}: the form without
 * its first {@code k} chars is a candidate; bit 0, the whole form, is always set).
 */
interface WordSeq {
  /** @return the number of words */
  int size();

  /** @return the chars that hold every word's normalized form: read them, never change them */
  char[] chars();

  /**
   * @param i a word index
   * @return where its form starts in {@link #chars()}
   */
  int start(int i);

  /**
   * @param i a word index
   * @return where its form ends in {@link #chars()}, exclusive
   */
  int end(int i);

  /**
   * @param i a word index
   * @return its normalized form
   */
  String form(int i);

  /**
   * @param i a word index
   * @return the bit set of stem offsets; bit 0 always set
   */
  int stemMask(int i);

  /**
   * @param i a word index
   * @return the stem offsets of {@link #stemMask} at which a lexicon entry may start; all of them
   *     unless the sequence knows better
   */
  default int entryStems(int i) {
    return stemMask(i);
  }

  /**
   * The key ids, in a lexicon's key table ({@link #keyTable}), of the stems of {@link #stemMask}:
   * one for each of its bits from the lowest, 16 bits each from the lowest of the long, 0 for a
   * stem that is no word of the lexicon.
   *
   * @param i a word index
   * @return the packed ids, or {@link PhraseIndex#NO_IDS} when the sequence knows none
   */
  default long stemIds(int i) {
    return PhraseIndex.NO_IDS;
  }

  /** @return the owner of the key table whose ids {@link #stemIds} gives, or null for none */
  default Object keyTable() {
    return null;
  }

  /**
   * The candidate stems of a word, longest first: the whole form, then the form without each run
   * of proclitics that {@link #stemMask} allows. Implementations may cache the array; callers must
   * not change it.
   *
   * @param i a word index
   * @return the candidate stems
   */
  default String[] stems(int i) {
    String form = form(i);
    int mask = stemMask(i);
    String[] out = new String[Integer.bitCount(mask)];
    int n = 0;
    for (int m = mask; m != 0; m &= m - 1) {
      int k = Integer.numberOfTrailingZeros(m);
      out[n++] = k == 0 ? form : form.substring(k);
    }
    return out;
  }

  /**
   * @param i    a word index
   * @param word a normalized word
   * @return whether word {@code i}, whole or without its proclitics, equals {@code word},
   *     compared in place
   */
  default boolean matchesWord(int i, String word) {
    char[] s = chars();
    int from = start(i);
    int to = end(i);
    int len = word.length();
    outer:
    for (int m = stemMask(i); m != 0; m &= m - 1) {
      int k = from + Integer.numberOfTrailingZeros(m);
      if (to - k != len) {
        continue;
      }
      for (int c = 0; c < len; c++) {
        if (s[k + c] != word.charAt(c)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * The keys a lexicon entry's first word is indexed under: the word, and without the article
   * when it carries one ({@code المتظاهرين} → {@code متظاهرين}).
   *
   * @param normalizedWord a normalized lexicon word
   * @return the keys
   */
  static List<String> stemsOf(String normalizedWord) {
    if (normalizedWord.length() >= 5 && normalizedWord.startsWith("\u0627\u0644")) {
      return List.of(normalizedWord, normalizedWord.substring(2));
    }
    return List.of(normalizedWord);
  }
}
