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
  /** How many words the disease that is the subject of the injury verb may have (أصاب الفيروس). */
  static final int SUBJECT_WORDS = 3;

  /**
   * (issue 17) «وأصاب الفيروس 186 شخصا»، «وتصيب الملاريا نحو 200 مليون شخص»: a disease between the
   * injury verb and its count is the verb's subject: the count is of cases, not of the injured.
   *
   * @param v     the sentence
   * @param cue   the token of the count's cue, or -1
   * @param count the first token of the count
   * @return whether a disease stands between the cue and the count (at most {@link
   *     #SUBJECT_WORDS} words, no mark)
   */
  static boolean diseaseSubject(SentenceView v, int cue, int count) {
    if (cue < 0 || cue >= count || count - cue > SUBJECT_WORDS + 1) {
      return false;
    }
    for (int j = cue + 1; j < count; j++) {
      if (!v.w.isWord(j)) {
        return false;
      }
      if (v.is(j, Construction.DISEASE)) {
        return true;
      }
    }
    return false;
  }

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
