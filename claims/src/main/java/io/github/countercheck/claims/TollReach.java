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

  /** «إلى» as the normalizer writes it (alef forms folded, alef maqsura as yeh). */
  private static final String ILA = "\u0627\u0644\u064A";

  private TollReach() {}

  /**
   * @param v     the sentence
   * @param count the first token of a count
   * @param t     the reader's per-token knowledge
   * @return the token where the event word of the toll starts, or -1 when the count is not the
   *     number a toll verb reaches
   */
  static int tollEvent(WordView v, int count, ReaderTokens t) {
    int to = count - 1;
    if (to < v.from || !v.w.isWord(to) || !v.w.is(to, ILA)) {
      return -1; // «إلى» right before the count
    }
    for (int k = to - 1; k >= Math.max(v.from, count - REACH); k--) {
      if (v.isStop(k) || t.inQuantity(k) || v.match(v.lex.clauseOpeners, k) != null) {
        return -1;
      }
      if (v.is(k, Construction.TOLL_HEAD)) {
        for (int j = k; j <= Math.min(to - 1, k + NOUN_REACH); j++) {
          if (t.eventAt(j)) {
            return j;
          }
        }
        return -1;
      }
    }
    return -1;
  }
}
