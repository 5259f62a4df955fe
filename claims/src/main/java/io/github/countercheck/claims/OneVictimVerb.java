package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * A casualty verb of one person ({@link Construction#ONE_VICTIM_VERB}: «لقي مصرعه، توفي، تم
 * القبض عليه») a few words after a singular person noun, in its clause, makes the noun count one
 * («المسلح، الذي لقي مصرعه»، «الشاب المسحول تم القبض عليه»). Read by {@link ImplicitCountReader}
 * (Arabic, a singular person that no nearer rule counted), the row {@link
 * ImplicitCountRule#PERSON_BEFORE_VERB} of its table; stateless.
 */
final class OneVictimVerb {
  /** How far after a singular person noun a casualty verb of one person may stand. */
  static final int WINDOW = 8;

  private OneVictimVerb() {}

  /**
   * «المسلح، الذي لقي مصرعه», «الشاب المسحول تم القبض عليه», «شابا في العقد الثالث من العمر،
   * توفي»: a casualty verb of one person a few words after a singular person noun, in its clause
   * (one comma allowed; no other number, person noun, cue or mark between).
   *
   * @param v the sentence
   * @param start the token after the singular noun
   * @return the verb's token, or -1
   */
  static int after(SentenceView v, int start) {
    TokenWords w = v.w;
    Lexicon lex = v.lex;
    boolean comma = false;
    for (int j = start; j < Math.min(v.to, start + WINDOW); j++) {
      if (w.isPunctuation(j)) {
        if (comma || !w.is(j, ",")) {
          return -1;
        }
        comma = true;
        continue;
      }
      Match<Construction> m = v.match(lex.constructions, j);
      if (m != null && m.value() == Construction.ONE_VICTIM_VERB) {
        Match<Event> cue = v.cueAt(j);
        return cue != null && SentenceView.isCasualty(cue.value()) ? j : -1;
      }
      if (v.inQuantity(j) || v.cueAt(j) != null || v.subjectAt(j) != null
          || v.match(lex.clauseOpeners, j) != null || v.match(lex.attribution, j) != null
          || v.match(lex.attributionStops, j) != null) {
        return -1; // «الطبيب إن الرئيس الذي توفي»: a complementizer opens another clause
      }
    }
    return -1;
  }
}
