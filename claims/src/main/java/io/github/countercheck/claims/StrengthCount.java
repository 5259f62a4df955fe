package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (en20strong) A force told by its strength: "a 2,800-strong contingent", "the 500-strong force
 * was sent". The number is joined by a hyphen to a noun phrase of the subject lexicon that runs over
 * two words or more ("strong contingent", "strong force" under SOLDIER); the count's noun is read
 * after the hyphen. A single word after the hyphen ("a 3-man team", "a 60-year-old") is no noun
 * of the count, and a phrase that is no subject ("a 23-strong team") keeps the hyphen as it was. A
 * force so told with no event ("they were among the 50-strong contingent") is no claim: a
 * contingent or a force is as often one of pilgrims or of police as of soldiers.
 */
final class StrengthCount {
  private StrengthCount() {}

  /**
   * @param v the sentence
   * @param i the token right after a count
   * @return the token after a hyphen when a subject phrase of two words or more follows it; the
   *     token after "-odd" ({@link #oddAfter}); {@code i} otherwise
   */
  static int nounAfterHyphen(SentenceView v, int i) {
    if (i + 1 >= v.to || !v.isMark(i, '-') || !v.w.isWord(i + 1)) {
      return i;
    }
    if (oddAfter(v, i)) {
      return i + 2; // (en25mine) "1,000-odd karsewaks were arrested", "40-odd bodies"
    }
    Match<SubjectForm> m = v.subjectAt(i + 1);
    return m != null && m.words() >= 2 ? i + 1 : i;
  }

  /**
   * (en25mine) "300-odd", "40-odd": the hyphen right after a count joins it to the word of the
   * lexicon's {@code constructions.ODD_AFTER_COUNT}, a word of the number, with a word after it.
   *
   * @param v the sentence
   * @param i the token right after a count
   * @return whether "-odd" and a word follow the count
   */
  static boolean oddAfter(SentenceView v, int i) {
    return i + 2 < v.to && v.isMark(i, '-') && v.w.isWord(i + 1)
        && v.is(i + 1, Construction.ODD_AFTER_COUNT) && v.w.isWord(i + 2);
  }

  /**
   * @param v the sentence
   * @param s a count
   * @return whether the count's noun was read after a hyphen ("a 50-strong contingent")
   */
  static boolean told(SentenceView v, CountSlot s) {
    return s.to < v.to && s.nounFrom == s.to + 1 && v.isMark(s.to, '-');
  }
}
