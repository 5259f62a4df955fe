package io.github.countercheck.claims;

import java.util.function.IntPredicate;

/**
 * An English counted noun with an "of" complement before its verb ("six members of a local family
 * also took part in the march", "40 activists of the youth wing were detained"): the complement
 * belongs to the subject, so the verb after it is still the count's own, as if it stood right
 * after the noun. The complement is "of" and up to {@link #WORDS} plain words (no cue, event noun,
 * number, conjunction or mark).
 *
 * <p>A hook of {@code SentenceReader} (the window after a count in which its verb is looked for);
 * stateless.
 */
final class EnglishNounComplement {
  /** How many words an "of" complement may have. */
  static final int WORDS = 5;

  private EnglishNounComplement() {}

  /**
   * How many tokens the "of" complement at {@code j} has.
   *
   * @param w the sentence's words
   * @param j the token right after the counted noun
   * @param to the end of the sentence
   * @param plain whether the token at an index is a plain word
   * @return the complement's length in tokens, "of" included; 0 when there is none
   */
  static int length(TokenWords w, int j, int to, IntPredicate plain) {
    if (j >= to || !w.is(j, "of")) {
      return 0;
    }
    int k = j + 1;
    while (k < to && k - j - 1 < WORDS && w.isWord(k) && plain.test(k)) {
      k++;
    }
    return k == j + 1 ? 0 : k - j;
  }
}
