package io.github.countercheck.claims;

/**
 * Infections are no injuries: «300 إصابة بالحصبة», «45 حالة إصابة بفيروس كورونا», «أصيب 12 شخصا
 * بالكوليرا». A disease (the lexicon's {@code constructions.DISEASE}) within {@link #REACH} words
 * after an injury count, in its clause, makes the count one of cases, not of the injured; so does
 * a disease that is the subject of the injury verb before the count («وتصيب الملاريا نحو 200
 * مليون شخص», «التفشي ... وأصاب 186 شخصا»: {@link #carrier}). A count joined after a casualty
 * count that a disease heads is no casualty either («وفاة 51 شخصا وتسمم 378 آخرين», «60 حالة
 * وفاة وأكثر من 700 حالة تسمم»: {@link #ownDisease}).
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
        if (v.w.is(j, "\"") || v.w.is(j, "\u00ab")) {
          continue; // (issue 16) «33 إصابة بـ«السل البقري»»: the disease's name in quotation marks
        }
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

  /**
   * A count joined («و») after the cue of another count, with a disease of its own: the disease's
   * verbal noun right before the count («وفاة 51 شخصا وتسمم 378 آخرين»), or after the count, or
   * after its noun, as the noun's genitive, with no preposition («60 حالة وفاة وأكثر من 700 حالة
   * تسمم»). The count does not take the casualty cue before it; a disease after «ب» / «ل» says
   * what the people died of («وفاة 3 أطفال و5 أشخاص بالتسمم» keeps its deaths).
   *
   * @param v the sentence
   * @param s a count whose event is a casualty
   * @return whether the count is one of people ill, not of the casualty before it
   */
  static boolean ownDisease(SentenceView v, CountSlot s) {
    if (s.cueFrom < 0 || s.cueTo > s.from || !joined(v, s)) {
      return false;
    }
    int k = s.from - 1;
    if (k >= s.cueTo && v.w.isWord(k) && v.is(k, Construction.DISEASE)) {
      return true;
    }
    int j = s.to;
    if (j + 1 < v.to && v.w.isWord(j) && !v.is(j, Construction.DISEASE) && !v.humanPlural(j)) {
      j++; // «700 حالة تسمم»: the count's noun, then the disease it is a case of
    }
    return j < v.to && v.w.isWord(j) && v.is(j, Construction.DISEASE)
        && v.w.charAt(j, 0) != '\u0628' && v.w.charAt(j, 0) != '\u0644'; // not «5 أشخاص بالتسمم»
  }

  /** Whether a conjunction opens a word between the cue before a count and the count's first word. */
  private static boolean joined(SentenceView v, CountSlot s) {
    for (int j = Math.max(s.cueTo, v.from + 1); j <= s.from; j++) {
      if (v.startsClause(j)) {
        return true;
      }
    }
    return false;
  }
}
