package io.github.countercheck.claims;

import java.util.function.IntPredicate;

/**
 * "in one of the deadliest attacks", "one of its worst floods": a one followed by "of" and a
 * determiner and a superlative picks out a thing by rank; it counts nothing, and an event cue
 * nearby ("troops stationed in Europe in one of the largest realignments") must not make it a
 * claim of one.
 *
 * <p>The rule: the word "one" (not the digit), then "of", then "the" or a possessive (its, their,
 * his, her, our), then a word ending in "-est" (deadliest, largest) or one of most, worst, best.
 * Not when a plural noun of people follows within {@link #NOUN_REACH} words: "one of the most
 * senior officials" is one person ("the largest troop realignments" is no such noun). A hook of {@code SentenceReader} (beside the ratios and day labels that are no counts);
 * stateless.
 */
final class SuperlativeOne {
  private static final String[] DETERMINERS = {"the", "its", "their", "his", "her", "our"};
  private static final String[] IRREGULAR = {"most", "worst", "best"};

  /** How far after the superlative a noun of people makes the one a count. */
  static final int NOUN_REACH = 3;

  private SuperlativeOne() {}

  /**
   * Whether the numeral at {@code [numFrom, numTo)} is such a one.
   *
   * @param w the sentence's words
   * @param numFrom the numeral's first token
   * @param numTo the end of the numeral
   * @param to the end of the sentence
   * @param people whether the token at an index starts a plural noun of people
   * @return true when the numeral ranks rather than counts
   */
  static boolean ranks(TokenWords w, int numFrom, int numTo, int to, IntPredicate people) {
    if (numTo != numFrom + 1 || !w.is(numFrom, "one") || numTo + 2 >= to
        || !w.is(numTo, "of") || !isAny(w, numTo + 1, DETERMINERS) || !w.isWord(numTo + 2)) {
      return false;
    }
    int s = numTo + 2;
    if (!isAny(w, s, IRREGULAR) && !(w.length(s) > 4 && w.endsWith(s, "est"))) {
      return false;
    }
    for (int j = s + 1; j < Math.min(to, s + 1 + NOUN_REACH) && w.isWord(j); j++) {
      if (people.test(j)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAny(TokenWords w, int j, String[] words) {
    for (String x : words) {
      if (w.is(j, x)) {
        return true;
      }
    }
    return false;
  }
}
