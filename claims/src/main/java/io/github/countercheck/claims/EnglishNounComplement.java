package io.github.countercheck.claims;

/**
 * An English counted noun with an "of" complement before its verb ("six members of a local family
 * also took part in the march", "40 activists of the youth wing were detained"): the complement
 * belongs to the subject, so the verb after it is still the count's own, as if it stood right
 * after the noun. The complement is {@code words.of} and up to {@link #WORDS} plain words (no cue,
 * event noun, number, conjunction or partitive).
 *
 * <p>Read by {@link EventCueReader} (the window after a count in which its verb is looked for);
 * stateless.
 */
final class EnglishNounComplement {
  /** How many words an "of" complement may have. */
  static final int WORDS = 5;

  private EnglishNounComplement() {}

  /**
   * How many tokens the "of" complement at {@code j} has.
   *
   * @param v the sentence
   * @param j the token right after the counted noun
   * @return the complement's length in tokens, "of" included; 0 when there is none
   */
  static int length(SentenceView v, int j) {
    TokenWords w = v.w;
    int to = v.to;
    if (j >= to || !v.lex.words.of.has(w, j)) {
      return 0;
    }
    int k = j + 1;
    while (k < to && k - j - 1 < WORDS && w.isWord(k) && plain(v, k)) {
      k++;
    }
    return k == j + 1 ? 0 : k - j;
  }

  private static boolean plain(SentenceView v, int k) {
    return v.cueAt(k) == null && v.nounAt(k) == null && !v.inQuantity(k)
        && v.match(v.lex.conjunctions, k) == null && v.match(v.lex.partitive, k) == null;
  }
}
