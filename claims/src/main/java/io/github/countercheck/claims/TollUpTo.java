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
    // (en30total) "took the number of fatalities at the hospital up to 32": a toll object's verb
    return g.riseVerbs.has(w, at - 1) || TollReach.frameVerb(v, at) >= 0
        ? Quantity.exact(q.value()) : q;
  }

  /**
   * Whether a toll verb ends right before count {@code s} with "to", "at" or "up to", or is a verb
   * of passing ("the death toll rises to 1,500", "has gone up to 3 now", issue 16): a word after
   * the number is then no noun of it, the toll counts the dead.
   *
   * @param v the sentence
   * @param s an English count, not the sentence's first token
   * @return whether such a toll verb stands right before it
   */
  static boolean tollRightBefore(SentenceView v, CountSlot s) {
    GrammarForms g = v.lex.words;
    return v.tollVerbEndsAt(s.from) && (g.tollParticles.has(v.w, s.from - 1)
        || g.upParticle.has(v.w, s.from) || passingVerbBefore(v, s.from));
  }

  /** How many words a verb of passing may have ("has crossed", "to top"). */
  private static final int PASSING_WORDS = 3;

  /**
   * "the toll has crossed the 250 mark", "deaths said to top 10,000": after a verb by which a count
   * passes a number ({@code constructions.PASSING_VERB}), an article between allowed, the count is
   * more than the number, as the contract reads «يتجاوز، يفوق».
   *
   * @param v the sentence
   * @param s a numeral count
   * @return more than the number after a verb of passing, else the count's quantity
   */
  static Quantity moreThanAfterPassing(SentenceView v, CountSlot s) {
    TokenWords w = v.w;
    Quantity q = s.quantity;
    if (q == null || q.kind() != QuantityKind.EXACT || q.value() == null || s.from <= v.from) {
      return q;
    }
    return passingVerbBefore(v, s.from) ? Quantity.moreThan(q.value()) : q;
  }

  /**
   * Whether a verb of passing ({@code constructions.PASSING_VERB}) ends right before token {@code
   * at}, or before an article there ("crossed the 250 mark").
   */
  static boolean passingVerbBefore(SentenceView v, int at) {
    TokenWords w = v.w;
    if (at <= v.from) {
      return false;
    }
    int end = v.lex.words.articles.has(w, at - 1) ? at - 1 : at;
    for (int k = end - 1; k >= Math.max(v.from, end - PASSING_WORDS); k--) {
      PhraseIndex.Match<Construction> m = w.isWord(k) ? v.match(v.lex.constructions, k) : null;
      if (m != null && m.value() == Construction.PASSING_VERB && k + m.words() == end) {
        return true;
      }
    }
    return false;
  }
}
