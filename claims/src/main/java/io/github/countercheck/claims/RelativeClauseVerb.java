package io.github.countercheck.claims;

/**
 * "Two men who had been hospitalized with burns have died": a count whose noun a relative clause
 * follows takes the verb of its own clause after the relative one, not the verb inside it. The
 * verb inside still counts when no such verb follows ("12 people who were injured in the blast").
 *
 * <p>The rule: when the cue found after an English count stands in a relative clause (a relative
 * of the constructions right after the noun), a later event verb of the sentence is the count's
 * predicate if it follows within {@link #REACH} tokens of that cue with no mark, number or
 * conjunction between, has no ending of {@code words.gerundEndings} (-ing) and does not follow a
 * function word other than an auxiliary of {@code words.tenseAuxiliaries} ("arrested for killing
 * a driver"). Read by {@link EventCueReader} (the cue after a count); stateless.
 */
final class RelativeClauseVerb {
  /** How far after the relative clause's cue the main verb may stand. */
  static final int REACH = 10;

  private RelativeClauseVerb() {}

  /**
   * The main verb after the relative clause's cue.
   *
   * @param v the sentence
   * @param cueEnd the end of the cue inside the relative clause
   * @return the main verb's first token, or -1
   */
  static int mainVerb(SentenceView v, int cueEnd) {
    TokenWords w = v.w;
    GrammarForms g = v.lex.words;
    for (int j = cueEnd; j < Math.min(v.to, cueEnd + REACH); j++) {
      if (!w.isWord(j) || v.inQuantity(j) || v.match(v.lex.conjunctions, j) != null) {
        return -1;
      }
      if (v.cueAt(j) != null) {
        boolean gerund = g.gerundEndings.endsOne(w, j);
        boolean afterPreposition = j > cueEnd && v.match(v.lex.functionWords, j - 1) != null
            && !g.tenseAuxiliaries.has(w, j - 1);
        return gerund || afterPreposition ? -1 : j;
      }
    }
    return -1;
  }
}
