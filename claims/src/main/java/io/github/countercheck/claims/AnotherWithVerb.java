package io.github.countercheck.claims;

/**
 * (issue 16) English "another" with no noun of its own, after a comma or "and" and right before a
 * casualty verb of its own (a cue, or an auxiliary and a cue) with no object after it, is one more
 * of the kind counted before: "one person was killed, another injured", "one policeman died and
 * another was injured"; not "another day", "another on Tuesday", nor a doer ("another stabbed
 * him"). Read by {@link ImplicitCountReader} (row {@code ANOTHER_ONE} of {@link
 * ImplicitCountRule}) when a count stands before it. Stateless.
 */
final class AnotherWithVerb {
  private AnotherWithVerb() {}

  /**
   * @param v the sentence
   * @param i the token of "another"
   * @return whether it is one more with a verb of its own, as above
   */
  static boolean at(SentenceView v, int i) {
    TokenWords w = v.w;
    Lexicon lex = v.lex;
    if (i <= v.from || !(w.is(i - 1, ",") || w.isWord(i - 1) && lex.words.and.has(w, i - 1))) {
      return false;
    }
    int j = i + 1;
    if (j < v.to && w.isWord(j) && v.cueAt(j) == null && lex.words.tenseAuxiliaries.has(w, j)) {
      j++;
    }
    if (j >= v.to || !w.isWord(j) || v.cueAt(j) == null
        || !SentenceView.isCasualty(v.cueAt(j).value())) {
      return false;
    }
    int k = j + v.cueAt(j).words();
    return k >= v.to || !w.isWord(k) || v.match(lex.functionWords, k) != null
        || v.match(lex.time, k) != null || v.match(lex.constructions, k) != null
        || v.match(lex.personHeads, k) != null; // a demonym, once a construction too
  }
}
