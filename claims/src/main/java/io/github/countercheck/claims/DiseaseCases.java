package io.github.countercheck.claims;

/**
 * Infections are no injuries: «300 إصابة بالحصبة», «45 حالة إصابة بفيروس كورونا», «أصيب 12 شخصا
 * بالكوليرا». A disease (the lexicon's {@code constructions.DISEASE}) within {@link #REACH} words
 * after an injury count, in its clause, makes the count one of cases, not of the injured.
 */
final class DiseaseCases {
  /** How far after the count and its noun the disease may be named (إصابة جديدة بالسل). */
  static final int REACH = 4;

  private DiseaseCases() {}

  /**
   * @param v        the sentence
   * @param countEnd the first token after the numerals of the count
   * @param nounEnd  the first token after its noun, or -1
   * @return whether a disease is named right after an injury count and its noun
   */
  static boolean infection(SentenceView v, int countEnd, int nounEnd) {
    int limit = Math.min(v.to, Math.max(countEnd, nounEnd) + REACH);
    for (int j = countEnd; j < limit; j++) {
      if (!v.w.isWord(j)) {
        return false;
      }
      if (v.is(j, Construction.DISEASE)) {
        return true;
      }
    }
    return false;
  }
}
