package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * (en28prec) English: a count's noun of people or forces right before a plural of things, with at
 * most one plain word between, only says whose the things are: "curfew in 12 police station
 * areas", "30 police stations", "destroyed 15 militant camps" count the things (the lexicon's
 * {@code nonHumanPlurals}), no people; the count's subject becomes OTHER, unknown, so that no event
 * of people is claimed for it. The count's noun must not be an event noun ("12 bodies"), and a
 * time word after a plural of people ("killed 200 people days before the vote") is no head: only a
 * singular noun or a noun of forces with no plural ending ("militant", "police", "army") makes a
 * compound. A unit of forces ({@code constructions.FORCE_UNIT}: battalions, companies) is no
 * thing. Read by {@code SentenceReader.resolve} right after the counted noun is found;
 * stateless.
 */
final class ThingCompound {
  private ThingCompound() {}

  /**
   * Makes count {@code s} a count of things when its noun of people stands before a plural of
   * things.
   *
   * @param v the sentence
   * @param s a count whose noun was looked for
   */
  static void apply(SentenceView v, CountSlot s) {
    if (v.language != Language.EN || s.subject == null || s.nounFrom < 0
        || s.nounTo != s.nounFrom + 1 || s.nounTo >= v.to || s.cueFrom == s.nounFrom
        || !singularForm(v, s.nounFrom)) {
      return;
    }
    for (int k = s.nounTo; k < Math.min(v.to, s.nounTo + 2); k++) {
      if (!v.w.isWord(k) || v.inQuantity(k) || v.cueAt(k) != null || v.nounAt(k) != null
          || v.subjectAt(k) != null) {
        return;
      }
      Match<Boolean> things = v.match(v.lex.nonHumanPlurals, k);
      if (things != null && !v.is(k, Construction.FORCE_UNIT)) { // "two Army battalions": forces
        s.subject = Subject.OTHER; // "12 police station areas": areas, no police
        s.subjectKnown = false;
        s.nounTo = k + things.words();
        return;
      }
    }
  }

  /**
   * Whether the noun of people at {@code i} can describe a noun after it: a singular form
   * ("militant", "rebel"), or a noun of forces with no plural ending ("police", "army"); "people"
   * and "men" cannot.
   */
  private static boolean singularForm(SentenceView v, int i) {
    Match<Lexicon.SubjectForm> m = v.subjectAt(i);
    return m != null && (m.value().number() == Lexicon.Number.SINGULAR
        || m.value().subject().isKindOf(Subject.SECURITY_FORCES) && !v.humanPlural(i));
  }
}
