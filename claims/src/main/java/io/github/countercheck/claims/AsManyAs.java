package io.github.countercheck.claims;

import io.github.countercheck.core.Language;

/**
 * "As many as 30 were hurt": in English, "as many" that a word and a quantity follow bounds the
 * number after it, the way "up to" does; it does not count by the count before it ("five were
 * arrested and as many were injured"). Without this test "two people were killed and as many as
 * 30 were hurt" read a second KILLED claim of 2 from "as many". Called where {@link
 * ImplicitCountReader} reads {@link ImplicitCountRule#AS_MANY}; the devsets' READMEs accept EXACT
 * or AT_MOST for such a count, and the quantity reads it EXACT as before. Stateless.
 */
final class AsManyAs {
  private AsManyAs() {}

  /**
   * Whether the "as many" that ends before token {@code end} bounds a number: an English word
   * ("as") at {@code end} outside any quantity and a quantity right after it (where the numbers
   * module read "as many as a dozen" as one bounded quantity, that quantity makes the claim).
   *
   * @param v   the sentence
   * @param end the first token after "as many"
   * @return whether the words are the bound of the quantity after them, no count of their own
   */
  static boolean boundOfNumber(SentenceView v, int end) {
    return v.language == Language.EN && end + 1 < v.to && v.w.isWord(end) && !v.inQuantity(end)
        && v.inQuantity(end + 1);
  }
}
