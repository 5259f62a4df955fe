package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * (en29prec) English: an event noun of one word right after a count that stands before a noun of
 * people is a participle that describes them ("four injured policemen", "bury five slain police
 * officers", "the 12 arrested militants"): the count keeps the event noun's event and cue, and
 * takes its subject from the noun after it, which the count also counts (its span reaches it), unless
 * the noun starts with a capital (see {@link #capital}). Without such a noun the event noun is the counted thing, as before ("16 wounded in clashes").
 * Called from {@link CountedNounReader#nounHere} and, for a cue that is no event noun, from
 * {@code SentenceReader} once the count's event is found; stateless.
 */
final class EventNounBeforeSubject {
  private EventNounBeforeSubject() {}

  /**
   * @param v the sentence
   * @param s a count whose counted noun was just found to be an event noun, ending at {@code
   *     s.nounTo}
   * @param r the reader that sets a subject
   */
  static void apply(SentenceView v, CountSlot s, CountedNounReader r) {
    int j = s.nounTo;
    if (v.language != Language.EN || s.nounTo != s.nounFrom + 1 || j >= v.to || !v.w.isWord(j)
        || v.nounAt(j) != null || v.cueAt(j) != null || capital(v, j)) {
      return;
    }
    Match<SubjectForm> m = v.subjectAt(j);
    if (m != null) {
      r.setSubject(s, j, m); // "four injured policemen": POLICE, still INJURED
    }
  }

  /**
   * The same for a cue of one word right after a count with no noun of its own ("five slain
   * police officers", "the 12 arrested militants"): the noun of people right after the cue, in
   * lower case (a capital there opens the next words of a headline, "5 Killed, Police Say"), is
   * what the count counts.
   *
   * @param v the sentence
   * @param s a count whose event was just found
   * @param r the reader that sets a subject
   */
  static void afterCue(SentenceView v, CountSlot s, CountedNounReader r) {
    int j = s.cueTo;
    if (v.language != Language.EN || s.nounFrom >= 0 || s.cueFrom != s.to
        || j != s.cueFrom + 1 || j >= v.to || !v.w.isWord(j) || v.nounAt(j) != null
        || v.cueAt(j) != null || capital(v, j)) {
      return;
    }
    Match<SubjectForm> m = v.subjectAt(j);
    if (m != null) {
      r.setSubject(s, j, m);
    }
  }

  /**
   * Whether token {@code j} starts with a capital: the next words of a headline ("11 Dead
   * Separatist militants set off ...", "5 Killed, Police Say"), no noun of the count.
   */
  private static boolean capital(SentenceView v, int j) {
    return Character.isUpperCase(v.original.charAt(v.w.spanStart(j)));
  }
}
