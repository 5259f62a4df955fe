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
   * @param v     the sentence
   * @param after the first token after the count, its noun and its cue
   * @return whether a disease is named right after an injury count
   */
  static boolean infection(WordView v, int after) {
    for (int j = after; j < Math.min(v.to, after + REACH); j++) {
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
