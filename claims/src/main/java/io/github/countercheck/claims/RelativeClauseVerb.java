package io.github.countercheck.claims;

import java.util.function.IntPredicate;

/**
 * "Two men who had been hospitalized with burns have died": a count whose noun a relative clause
 * follows takes the verb of its own clause after the relative one, not the verb inside it. The
 * verb inside still counts when no such verb follows ("12 people who were injured in the blast").
 *
 * <p>The rule: when the cue found after an English count stands in a relative clause (who, which
 * or that right after the noun), a later event verb of the sentence is the count's predicate if it
 * follows within {@link #REACH} tokens of that cue with no mark, number or conjunction between, is
 * not a form in -ing and does not follow a function word ("arrested for killing a driver").
 * A hook of {@code SentenceReader} (the cue after a count); stateless.
 */
final class RelativeClauseVerb {
  /** How far after the relative clause's cue the main verb may stand. */
  static final int REACH = 10;

  private RelativeClauseVerb() {}

  /**
   * The main verb after the relative clause's cue.
   *
   * @param w the sentence's words
   * @param cueEnd the end of the cue inside the relative clause
   * @param to the end of the sentence
   * @param cue whether an event cue starts at an index
   * @param stop whether the token at an index ends the search (a number, a conjunction)
   * @param functionWord whether the token at an index is a function word
   * @return the main verb's first token, or -1
   */
  static int mainVerb(TokenWords w, int cueEnd, int to, IntPredicate cue, IntPredicate stop,
      IntPredicate functionWord) {
    for (int j = cueEnd; j < Math.min(to, cueEnd + REACH); j++) {
      if (!w.isWord(j) || stop.test(j)) {
        return -1;
      }
      if (cue.test(j)) {
        boolean gerund = w.endsWith(j, "ing");
        boolean afterPreposition = j > cueEnd && functionWord.test(j - 1)
            && !isAuxiliary(w, j - 1);
        return gerund || afterPreposition ? -1 : j;
      }
    }
    return -1;
  }

  private static boolean isAuxiliary(TokenWords w, int j) {
    return w.is(j, "have") || w.is(j, "has") || w.is(j, "had") || w.is(j, "were")
        || w.is(j, "was") || w.is(j, "been") || w.is(j, "are") || w.is(j, "is");
  }
}
