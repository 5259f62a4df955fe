package io.github.countercheck.claims;

/**
 * "the number of dead has gone up to 27", "the toll went up to 58": after a verb of motion, "up to"
 * is where a count has moved, not a bound; the count is exactly the number. The numbers module
 * reads "up to 27" alone as at most 27; this rule gives the exact count back.
 *
 * <p>The rule: an English quantity read as {@link QuantityKind#AT_MOST} whose first tokens are
 * "up to", right after one of gone, went, go, goes, going, moved, shot, gone (a verb that says the
 * count rose). A hook of {@code SentenceReader} (after the counted noun is found); stateless.
 */
final class TollUpTo {
  private static final String[] RISE = {"gone", "went", "go", "goes", "going", "moved", "shot"};

  private TollUpTo() {}

  /**
   * The quantity the count states.
   *
   * @param w the sentence's words
   * @param countFrom the first token of the quantity phrase
   * @param from the sentence's first token
   * @param q the quantity as read
   * @return an exact quantity after a verb of rising, else {@code q}
   */
  static Quantity exactAfterRise(TokenWords w, int countFrom, int from, Quantity q) {
    if (q == null || q.kind() != QuantityKind.AT_MOST || q.value() == null || countFrom <= from
        || countFrom + 1 >= w.size() || !w.is(countFrom, "up") || !w.is(countFrom + 1, "to")) {
      return q;
    }
    for (String verb : RISE) {
      if (w.is(countFrom - 1, verb)) {
        return Quantity.exact(q.value());
      }
    }
    return q;
  }
}
