package io.github.countercheck.claims;

/**
 * Numbers that only describe or score, no count.
 *
 * <ul>
 *   <li>«عدة» after a noun is its adjective, "several" («في مدن عدة»، «منذ أيام عدة»): the noun is
 *       counted by nothing. Before a noun («عدة أشخاص») or after a cue («أصيب عدة») it counts.
 *   <li>A number joined by a hyphen to another is a score or a result («بالتعادل 2-2»، «6 - 3»),
 *       no count.
 * </ul>
 */
final class Postposed {
  private Postposed() {}

  /**
   * @param v     the sentence
   * @param count the first token of a quantity
   * @param end   the token after it
   * @return whether the quantity is «عدة» standing after a noun it describes
   */
  static boolean severalAfterNoun(SentenceView v, int count, int end) {
    int k = count - 1;
    if (end != count + 1 || !v.w.isWord(count) || !v.lex.words.several.has(v.w, count) || k < v.from
        || !v.w.isWord(k) || v.inQuantity(k) || v.cueStartEndingAt(k) >= 0) {
      return false;
    }
    return v.match(v.lex.functionWords, k) == null && v.match(v.lex.partitive, k) == null
        && v.match(v.lex.conjunctions, k) == null;
  }

  /**
   * @param v     the sentence
   * @param count the first token of a quantity
   * @param end   the token after it
   * @return whether a hyphen joins the quantity to a number before or after it
   */
  static boolean score(SentenceView v, int count, int end) {
    boolean after = end + 1 < v.to && isHyphen(v, end) && v.inQuantity(end + 1);
    boolean before = count - 2 >= v.from && isHyphen(v, count - 1) && v.inQuantity(count - 2);
    return after || before;
  }

  private static boolean isHyphen(SentenceView v, int i) {
    return v.w.isPunctuation(i) && v.w.length(i) == 1
        && (v.w.charAt(i, 0) == '-' || v.w.charAt(i, 0) == '\u2013');
  }
}
