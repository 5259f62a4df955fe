package io.github.countercheck.claims;

import java.util.function.IntPredicate;

/**
 * The article of an English singular noun of people that counts one ("a policeman was killed"):
 * how far before the noun it may stand. Up to {@link #DESCRIBING} describing words ("a British
 * tourist", "a Buddhist plantation worker") and an age written with digits ("a 30-year-old man",
 * which the tokenizer leaves as {@code 30 - year-old}; the ending is {@code words.ageEndings})
 * may stand between.
 *
 * <p>Read by {@link ImplicitCountReader} (the singular nouns that count one); stateless.
 */
final class EnglishSingular {
  /** How many describing words may stand between the article and the noun. */
  static final int DESCRIBING = 2;

  private EnglishSingular() {}

  /**
   * The token before the noun's modifiers: where its article should stand.
   *
   * @param v the sentence
   * @param noun the noun's first token
   * @param article whether the token at an index is an article of a count of one
   * @return the index of the article, or -1 when there is none
   */
  static int articleBefore(SentenceView v, int noun, IntPredicate article) {
    TokenWords w = v.w;
    int from = v.from;
    int d = noun - 1;
    for (int k = 0; k < DESCRIBING && d > from && !article.test(d); k++) {
      int age = ageStart(v, d);
      if (age >= 0) {
        d = age - 1;
      } else if (w.isWord(d) && describing(v, d)) {
        d--;
      } else {
        break;
      }
    }
    int age = d > from ? ageStart(v, d) : -1;
    if (age > from) {
      d = age - 1; // "a 30-year-old man"
    }
    return d >= from && article.test(d) ? d : -1;
  }

  /** A word that can describe the noun: no subject, cue, quantity or function word. */
  private static boolean describing(SentenceView v, int j) {
    return v.subjectAt(j) == null && v.cueAt(j) == null && !v.inQuantity(j)
        && v.match(v.lex.functionWords, j) == null;
  }

  /** The first token of an age "N-year-old" ending at {@code d}, or -1. */
  private static int ageStart(SentenceView v, int d) {
    TokenWords w = v.w;
    if (d - 2 < v.from || !w.isWord(d) || !v.lex.words.ageEndings.endsOne(w, d)
        || !w.is(d - 1, "-")) {
      return -1;
    }
    return w.isWord(d - 2) || w.length(d - 2) > 0 && Character.isDigit(w.charAt(d - 2, 0))
        ? d - 2 : -1;
  }
}
