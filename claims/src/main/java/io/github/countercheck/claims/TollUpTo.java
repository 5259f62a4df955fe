package io.github.countercheck.claims;

/**
 * "the number of dead has gone up to 27", "the toll went up to 58": after a verb of motion, "up to"
 * is where a count has moved, not a bound; the count is exactly the number. The numbers module
 * reads "up to 27" alone as at most 27; this rule gives the exact count back.
 *
 * <p>The rule: a quantity read as {@link QuantityKind#AT_MOST} whose first tokens are {@code
 * words.upParticle} and {@code words.to} ("up to"), right after a verb of {@code words.riseVerbs}
 * (gone, went, moved, shot ...: a verb that says the count rose). Applied by {@code
 * SentenceReader.resolve} after the counted noun is found; stateless.
 */
final class TollUpTo {
  private TollUpTo() {}

  /**
   * The quantity count {@code s} states.
   *
   * @param v the sentence
   * @param s a numeral count
   * @return an exact quantity after a verb of rising, else the count's quantity
   */
  static Quantity exactAfterRise(SentenceView v, CountSlot s) {
    TokenWords w = v.w;
    GrammarForms g = v.lex.words;
    Quantity q = s.quantity;
    int at = s.from;
    if (q == null || q.kind() != QuantityKind.AT_MOST || q.value() == null || at <= v.from
        || at + 1 >= w.size() || !g.upParticle.has(w, at) || !g.to.has(w, at + 1)) {
      return q;
    }
    return g.riseVerbs.has(w, at - 1) ? Quantity.exact(q.value()) : q;
  }
}
