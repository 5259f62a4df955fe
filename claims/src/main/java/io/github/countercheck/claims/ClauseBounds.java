package io.github.countercheck.claims;

/**
 * Clause boundaries that an event word does not reach across, and the verb that ends a clause.
 *
 * <ul>
 *   <li>A complementizer (the lexicon's {@code constructions.COMPLEMENTIZER}: أن، إن، أنه) opens a
 *       clause of its own: an event word before it belongs to the clause that reports, not to a
 *       count after it («الطائرة تنقل إمدادات، وأضاف أن خمسة جنود ... لاقوا حتفهم»: no
 *       deployment).
 *   <li>A clause opener after a comma ({@code constructions.COMMA_OPENER}: «، كما») starts a new
 *       clause the same way («وأصيب آخرون، كما أسر المسلحون 40 شخصا»).
 *   <li>A plural past verb right after the comma that follows a count is that count's predicate
 *       (the clause-final verb: «يذكر أن 19 سائحا، لقوا مصرعهم»); Arabic writes the masculine
 *       plural past with a final «وا», which no verbal noun has.
 * </ul>
 */
final class ClauseBounds {
  private ClauseBounds() {}

  /**
   * @param v the sentence
   * @param j a token before a count, scanning back from it
   * @return whether an event word before token {@code j} is in another clause than the count
   */
  static boolean closesBackwardScan(WordView v, int j) {
    if (!v.w.isWord(j)) {
      return false;
    }
    Construction c = v.construction(j);
    return c == Construction.COMPLEMENTIZER
        || c == Construction.COMMA_OPENER && v.isComma(j - 1);
  }

  /**
   * @param v     the sentence
   * @param comma a token after a count and its noun
   * @return whether {@code comma} is a comma right before a plural past verb («، لقوا»)
   */
  static boolean pluralVerbAfterComma(WordView v, int comma) {
    int j = comma + 1;
    if (!v.isComma(comma) || j >= v.to || !v.w.isWord(j)) {
      return false;
    }
    int n = v.w.length(j);
    return n >= 4 && v.w.charAt(j, n - 2) == '\u0648' && v.w.charAt(j, n - 1) == '\u0627'
        && v.w.charAt(j, 0) != '\u0648';
  }
}
