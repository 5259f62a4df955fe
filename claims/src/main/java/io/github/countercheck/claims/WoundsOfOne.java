package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (issue 16) Injuries counted after «ب» right after a word of the injured are the wounds of
 * those injured, no count of people: «أصيب تاجر بعدة إصابات» (one trader, several wounds),
 * «مصابا بعدة إصابات», «إصابته بثلاث إصابات». The count's first word carries the preposition
 * («بعدة», «بثلاث»), its noun is an injury noun of the events' counted nouns («إصابات»), and the
 * word before it is a noun of people, an injury cue or an injured noun. A count of the injured
 * has its cue before the preposition («بإصابة 4 أشخاص»), which this leaves alone; so does a
 * cause with «ب» («تسبب الحادث بعشرين إصابة»: the word before is no injury word).
 */
final class WoundsOfOne {
  private static final char BEH = '\u0628';

  private WoundsOfOne() {}

  /**
   * @param v the sentence
   * @param s a count whose event is an injury
   * @return whether the count is of one's wounds, after the injured and «ب»
   */
  static boolean of(SentenceView v, CountSlot s) {
    int before = s.from - 1;
    if (!s.numeral || before < v.from || !v.w.isWord(before) || !startsAt(v, s.from)) {
      return false;
    }
    Match<SubjectForm> subj = v.subjectAt(before);
    Match<Event> noun = v.nounAt(before);
    int cue = v.cueStartEndingAt(before);
    return subj != null && subj.value().subject().root() == Subject.PERSON
        || noun != null && noun.value() == Event.INJURED
        || cue >= 0 && v.cueAt(cue).value() == Event.INJURED;
  }

  /**
   * @param v the sentence
   * @param j a token
   * @return whether a quantity whose first word carries «ب» starts at {@code j} and an injury
   *     noun follows it («بعدة إصابات»)
   */
  static boolean startsAt(SentenceView v, int j) {
    if (j >= v.to || !v.inQuantity(j) || !v.w.isWord(j) || v.w.charAt(j, 0) != BEH
        || v.w.stems(j).length < 2 || j > v.from && v.inQuantity(j - 1)) {
      return false;
    }
    int k = j;
    while (k < v.to && v.inQuantity(k)) {
      k++;
    }
    Match<Event> noun = k < v.to && v.w.isWord(k) ? v.nounAt(k) : null;
    return noun != null && noun.value() == Event.INJURED;
  }
}
