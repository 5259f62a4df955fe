package io.github.countercheck.claims;

/**
 * Infections are no injuries: «300 إصابة بالحصبة», «45 حالة إصابة بفيروس كورونا», «أصيب 12 شخصا
 * بالكوليرا». A disease (the lexicon's {@code constructions.DISEASE}) within {@link #REACH} words
 * after an injury count, in its clause, makes the count one of cases, not of the injured; so does
 * a disease that is the subject of the injury verb before the count («وتصيب الملاريا نحو 200
 * مليون شخص», «التفشي ... وأصاب 186 شخصا»: {@link #carrier}).
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

  /**
   * A disease that does the harm: named between an injury cue and the count after it (VSO: «تصيب
   * الملاريا 200 مليون شخص»), or at most {@link #REACH} words before that cue with no mark between
   * («أكبر تفش للفيروس خارج السعودية وأصاب 186 شخصا»).
   *
   * @param v the sentence
   * @param s a count whose event is an injury
   * @return whether a disease is the subject of the count's cue
   */
  static boolean carrier(SentenceView v, CountSlot s) {
    if (s.cueFrom < 0 || s.cueTo > s.from) {
      return false;
    }
    for (int j = s.cueTo; j < s.from; j++) {
      if (v.w.isWord(j) && v.is(j, Construction.DISEASE)) {
        return true;
      }
    }
    for (int j = s.cueFrom - 1; j >= Math.max(v.from, s.cueFrom - REACH); j--) {
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
