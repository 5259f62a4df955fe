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
  private static final char TEH = '\u062A';
  private static final char HEH = '\u0647';
  private static final char YEH = '\u064A';
  private static final char NOON = '\u0646';
  private static final char ALEF = '\u0627';
  private static final char HAMZA = '\u0621';

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
    return GroupMembers.groupAfterMember(v, n) >= 0 || v.humanPlural(n)
        || possessedPlural(v, n) != null ? n : -1;
  }

  /**
   * (issue 16) The subject of a plural of people under a possessive suffix (the lexicon's {@code
   * words.possessiveSuffixes}): «مقتل أحد جنودها» (SOLDIER), «مقتل أحد قادته».
   *
   * @param v the sentence
   * @param n a word token
   * @return the subject of the plural, or null where the word is none
   */
  static Subject possessedPlural(SentenceView v, int n) {
    if (!v.lex.words.possessiveSuffixes.endsOne(v.w, n)) {
      return null;
    }
    for (String stem : v.w.stems(n)) {
      String base = v.lex.words.possessiveSuffixes.withoutEnding(stem, 3);
      if (base == null) {
        continue;
      }
      char last = base.charAt(base.length() - 1);
      // the plural as it stands before a suffix: «قادته» (قادة), «مواطنيها» (مواطنين), «أبنائها» (أبناء)
      for (String form : new String[] {base, last == TEH ? cut(base) + HEH : null,
          last == YEH ? base + NOON : null,
          last == YEH && base.charAt(base.length() - 2) == ALEF ? cut(base) + HAMZA : null}) {
        SubjectForm f = form == null ? null : v.lex.subjects.lookupWord(form);
        if (f != null && f.number() == Lexicon.Number.PLURAL && f.subject().root() == Subject.PERSON) {
          return f.subject();
        }
      }
    }
    return null;
  }

  private static String cut(String s) {
    return s.substring(0, s.length() - 1);
  }

  /** Gives count {@code s} of the noun at {@code n} the subject of a possessed plural; returns it. */
  static CountSlot withPossessedSubject(SentenceView v, CountSlot s, int n) {
    Subject possessed = v.subjectAt(n) == null ? possessedPlural(v, n) : null;
    if (possessed != null) {
      s.subject = possessed;
      s.subjectKnown = true;
      s.nounFrom = n;
      s.nounTo = n + 1;
    }
    return s;
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
