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
        || possessedPlural(v, n) != null || victimPlural(v, n) || constructPlural(v, n) ? n : -1;
  }

  /**
   * (issue 16) A plural casualty noun of the events' counted nouns, the victims themselves: «توفي
   * أحد الجرحى», «مقتل أحد الأسرى», «إصابة أحد مصابي الحادث»; the cue near it tells what befell the
   * one («قال أحد الجرحى» counts nothing).
   */
  private static boolean victimPlural(SentenceView v, int n) {
    Match<Event> noun = v.nounAt(n);
    return noun != null && noun.words() == 1 && SentenceView.isCasualty(noun.value())
        && !v.is(n, Construction.ONE_EVENT_NOUN) && !v.is(n, Construction.ONE_BODY_NOUN);
  }

  /**
   * (issue 16) A sound masculine plural in construct state, its «ن» dropped before the noun or
   * suffix it is joined to: «مصرع أحد مستقلي السيارة», «مقتل أحد منتسبي الوزارة», «ومصرع أحد
   * مستقليها». A word in «ي» of five letters with «ا» third is a broken plural of things as often
   * («أحد مباني الوزارة», «أحد مقاهي المدينة») and is left out, as is a word with the article.
   */
  private static boolean constructPlural(SentenceView v, int n) {
    if (v.hasArticle(n)) {
      return false; // a noun in construct state takes no article: «أحد المباني»
    }
    for (String stem : v.w.stems(n)) {
      String base = v.lex.words.possessiveSuffixes.endsOne(v.w, n)
          ? v.lex.words.possessiveSuffixes.withoutEnding(stem, 4) : null;
      boolean joined = base != null || n + 1 < v.to && v.w.isWord(n + 1);
      String form = base != null ? base : stem;
      int len = form.length();
      if (joined && len >= 5 && form.charAt(len - 1) == YEH
          && !(len == 5 && form.charAt(2) == ALEF) && form.charAt(len - 2) != YEH
          && v.lex.subjects.lookupWord(form) == null && v.match(v.lex.nonHumanPlurals, n) == null) {
        return true;
      }
    }
    return false;
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

  /**
   * (issue 16) A casualty noun right before the «أحد» of a one-of count says what befell the one,
   * not the event noun after it: «مقتل أحد الأسرى» is one killed, «إصابة أحد المعتقلين» one
   * injured (a verb is read by {@link ClauseBounds#verbRightBefore}).
   *
   * @param v  the sentence
   * @param s  a count with an event
   * @param at where the words of the count start ({@link #countStart})
   * @return the token where that casualty noun starts, or -1
   */
  static int casualtyNounBefore(SentenceView v, CountSlot s, int at) {
    if (at != s.from - 1 || at - 1 < v.from) {
      return -1;
    }
    int cue = v.cueStartEndingAt(at - 1);
    return cue >= 0 && SentenceView.isCasualty(v.cue(cue)) ? cue : -1;
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
