package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (en29prec) English: a casualty or displacement word of one token between a count and a plural of
 * things only describes the things ("searching for 58,000 missing ballots", "20 missing weapons",
 * "30 homeless shelters"): the count's cue is right after its number and the lexicon's {@code
 * nonHumanPlurals} word right after the cue (not a unit of forces, {@code
 * constructions.FORCE_UNIT}, no quantity, and in lower case: a capital opens the next item of a
 * headline, "Leave 1 Dead, 20 Hurt Clashes between ..."), so the count counts things and claims no event of people. A plural
 * of people after the cue ("150 missing Canadians") keeps the event. Called from {@link
 * NoCountReader#notCasualty}; stateless.
 */
final class CueAdjectiveOfThings {
  private CueAdjectiveOfThings() {}

  /**
   * @param v the sentence
   * @param s a resolved count with an event of people
   * @return whether its cue only describes a plural of things after it
   */
  static boolean ofThings(SentenceView v, CountSlot s) {
    int k = s.cueTo;
    if (s.cueFrom != s.end() || k != s.cueFrom + 1 || k >= v.to || !v.w.isWord(k)
        || v.subjectAt(k) != null || v.inQuantity(k) || v.is(k, Construction.FORCE_UNIT)
        || Character.isUpperCase(v.original.charAt(v.w.spanStart(k)))) {
      return false;
    }
    Match<Boolean> things = v.match(v.lex.nonHumanPlurals, k);
    return things != null;
  }
}
