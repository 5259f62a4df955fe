package io.github.countercheck.claims;

/**
 * (issue 16, ar28court) A detention ordered in absentia holds no one: «أمرت النيابة بحبس خمسة من
 * المتهمين الهاربين غيابيا» counts defendants at large, wanted suspects, no arrest (the READMEs of
 * devset7 and devset2: a fugitive's detention order, «بضبط المتهم الهارب»). When the count's cue is
 * a detention word before it (the lexicon's {@code constructions.DETENTION}: «حبس، بحبس، تجديد
 * حبس») and a word of absence ({@code constructions.IN_ABSENTIA}: «غيابيا، الهاربين، الفارين»)
 * stands at most {@link #REACH} words after the count and its noun, no mark or number between, the
 * count is OTHER. A detention of defendants present stays an arrest («بحبس 24 متهما احتياطيا»), and
 * so does the arrest of fugitives caught («ضبط 3 هاربين من تنفيذ أحكام»: no detention cue). Called
 * from {@link NoCountReader#notCasualty}.
 */
final class InAbsentia {
  /** How many words after the count and its noun the word of absence may stand. */
  static final int REACH = 3;

  private InAbsentia() {}

  /**
   * @param v the sentence
   * @param s a count of arrests
   * @return whether its detention is ordered in the defendants' absence
   */
  static boolean ordered(SentenceView v, CountSlot s) {
    if (s.cueFrom < v.from || s.cueFrom >= s.from || !v.w.isWord(s.cueFrom)
        || !v.is(s.cueFrom, Construction.DETENTION)) {
      return false;
    }
    int end = Math.max(s.to, s.nounTo);
    for (int k = end; k < Math.min(v.to, end + REACH); k++) {
      if (!v.w.isWord(k) || v.inQuantity(k)) {
        return false;
      }
      if (v.is(k, Construction.IN_ABSENTIA)) {
        return true;
      }
    }
    return false;
  }
}
