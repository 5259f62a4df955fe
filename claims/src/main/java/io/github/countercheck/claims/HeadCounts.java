package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * The head count before «بينهم / منهم» shares the event of its breakdown: «157 شخصا بينهم 39
 * طفلا حصيلة الضحايا», «23 شخصا، بينهم مدنيون، قتلوا». When a count has no event of its own and
 * the next count is its breakdown, introduced right after it by a partitive (the lexicon's
 * {@code partitive}, perhaps after a comma), the event the breakdown found after it is the
 * event of both.
 */
final class HeadCounts {
  private HeadCounts() {}

  /**
   * @param v       the sentence
   * @param headEnd the first token after the head count and its noun
   * @param next    the first token of the next count
   * @return whether only a partitive (and perhaps a comma before it) stands between them
   */
  static boolean breakdownFollows(SentenceView v, int headEnd, int next) {
    int j = headEnd;
    if (v.isComma(j)) {
      j++;
    }
    Match<Boolean> m = v.match(v.lex.partitive, j);
    return m != null && j + m.words() == next;
  }
}
