package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * «أحد / إحدى» before a plural of people counts one of them: «مقتل أحد عناصر الشرطة», «أصيب أحد
 * الجنود», «القبض على أحد المتهمين». The word (the lexicon's {@code constructions.ONE_OF}) must be
 * followed right away by a subject noun of people (a plural, or a member noun before a group:
 * «أحد مقاتلي البيشمركة») or by a definite noun in the form of a human plural (المتهمين); the
 * reader counts it only next to an event cue, so that «أحد المسؤولين قال» counts nothing.
 * «أحد» alone («لم يصب أحد», no one was hurt) is no count.
 */
final class OneOf {
  private OneOf() {}

  /**
   * @param v       the sentence
   * @param i       a token
   * @return the token of the noun counted one, when token {@code i} is «أحد» or «إحدى» before a
   *     plural of people; -1 otherwise
   */
  static int nounAfter(SentenceView v, int i) {
    int n = i + 1;
    if (!v.is(i, Construction.ONE_OF) || v.match(v.lex.constructions, i).words() != 1
        || n >= v.to || !v.w.isWord(n)) {
      return -1;
    }
    Match<SubjectForm> m = v.subjectAt(n);
    if (m != null) {
      boolean person = m.value().subject().root() == Subject.PERSON;
      return person && m.value().number() != Lexicon.Number.SINGULAR ? n : -1;
    }
    return GroupMembers.groupAfterMember(v, n) >= 0 || v.humanPlural(n) ? n : -1;
  }

  /**
   * (issue 16) Where the words of a count start for a verb right before them: «أحد» before the
   * noun of a one-of count («توفي أحد المصابين»), else the number of a count whose event came from
   * after it.
   *
   * @param v the sentence
   * @param s a count with an event
   * @return the token a verb must end right before, or -1 where no verb before is read
   */
  static int countStart(SentenceView v, CountSlot s) {
    if (!s.numeral && s.from - 1 >= v.from && s.cueFrom == s.from && v.w.isWord(s.from - 1)
        && v.is(s.from - 1, Construction.ONE_OF)) {
      return s.from - 1;
    }
    return s.numeral && s.cueFrom > s.from ? s.from : -1;
  }
}
