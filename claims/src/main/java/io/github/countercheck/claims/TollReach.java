package io.github.countercheck.claims;

/**
 * The toll construction: a toll verb, its toll noun, and the number it reaches after «إلى», however
 * far apart: «ارتفع عدد القتلى في الانفجار، الذي وقع اليوم قرب مقر الحزب، إلى 53 شخصا»,
 * «ليرتفع عدد ضحايا التدافع ... إلى 36». The verb (the lexicon's {@code constructions.TOLL_HEAD}:
 * ارتفع، ليرتفع، ارتفاع، وصل، قفز) is followed within {@link #NOUN_REACH} words by the event word
 * of its toll (عدد القتلى، حصيلة ضحايا، أعداد المصابين); the count right after «إلى» takes that
 * event. The verb stands at most {@link #REACH} tokens before the count, with no full stop, clause
 * opener (بينما، فيما) or other count between: a relative clause or an aside set off by commas
 * may stand inside.
 */
final class TollReach {
  /** How far before the count the toll verb may stand. */
  static final int REACH = 30;
  /** How far after the toll verb its event word may start (ارتفع اليوم عدد القتلى). */
  static final int NOUN_REACH = 3;

  private TollReach() {}

  /**
   * @param v     the sentence
   * @param count the first token of a count
   * @return the token where the event word of the toll starts, or -1 when the count is not the
   *     number a toll verb reaches
   */
  static int tollEvent(SentenceView v, int count) {
    int to = count - 1;
    if (to < v.from || !v.w.isWord(to) || !v.lex.words.toward.has(v.w, to)) {
      return -1; // «إلى» right before the count
    }
    for (int k = to - 1; k >= Math.max(v.from, count - REACH); k--) {
      if (v.isStop(k) || v.inQuantity(k) || v.match(v.lex.clauseOpeners, k) != null) {
        return -1;
      }
      if (v.is(k, Construction.TOLL_HEAD)) {
        for (int j = k; j <= Math.min(to - 1, k + NOUN_REACH); j++) {
          if (v.eventAt(j)) {
            return j;
          }
        }
        return -1;
      }
    }
    return -1;
  }
}
