package io.github.countercheck.claims;

/**
 * (en29prec) English: a bare "one" that is the complement of a copula and opens a partitive ("he
 * was one of the people who had fled their houses", "the dead man was one of a group of
 * militants") names the clause's subject as a member of a group: it counts no one of its own, and
 * the subject is a definite person (a pronoun, "the dead man"), no count either. The word "one"
 * alone (the lexicon's {@code words.bareOne}) right after a copula ({@code words.auxiliaries}) and
 * right before {@code words.of} makes the count OTHER. Not after {@code words.among} within the
 * clause opening ("among the dead was one of the guards": the inverted subject is the count).
 * Called from {@link NoCountReader#notCasualty}.
 */
final class OneAfterCopula {
  /** How many words before the copula are searched for "among". */
  private static final int AMONG_REACH = 5;

  private OneAfterCopula() {}

  /**
   * @param v the sentence
   * @param s a resolved count with a casualty event
   * @return whether the count is the "one" of a copula's complement "one of ..."
   */
  static boolean member(SentenceView v, CountSlot s) {
    TokenWords w = v.w;
    Lexicon lex = v.lex;
    int copula = s.from - 1;
    if (!s.numeral || s.to != s.from + 1 || copula < v.from || s.to >= v.to
        || !lex.words.bareOne.has(w, s.from) || !w.isWord(copula)
        || !lex.words.auxiliaries.has(w, copula) || !lex.words.of.has(w, s.to)) {
      return false;
    }
    for (int k = copula - 1; k >= Math.max(v.from, copula - AMONG_REACH); k--) {
      if (!w.isWord(k)) {
        return true;
      }
      if (lex.words.among.has(w, k)) {
        return false;
      }
    }
    return true;
  }
}
