package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * (issue 16) Arabic numbers that agree with the noun before them, read by {@link
 * CountedNounReader#findNoun}:
 *
 * <ul>
 *   <li>A one or two written in words after a noun of people and its describing words ({@link
 *       Describing}): «جندي أمريكي واحد»، «مدرسين تايلانديين اثنين» count that noun.
 *   <li>A cardinal with the article after a definite noun, as an adjective: «الجنود الثلاثة»,
 *       «المصابين الأربعة», «الرهائن الـ7». That noun is what it counts, whatever follows the number
 *       (a verb, another adjective: «الأشخاص السبعة المعتقلين»); a noun of things («الدول الخمس»،
 *       «الأشهر الستة») counts no people, a verbal noun before counts no event («سنوات الاعتقال
 *       الأربع»), and digits whose noun before is no noun of people agree with a noun further back
 *       («ضحايا حريق الملهى الـ 231»), as before.
 * </ul>
 */
final class Agreement {
  private Agreement() {}

  /**
   * @param w the sentence's words
   * @param i a word token
   * @return whether word {@code i} carries a proclitic «و» (واثنين), read off as a stem
   */
  static boolean wawOnWord(TokenWords w, int i) {
    return w.charAt(i, 0) == '\u0648' && (w.stemMask(i) & 2) != 0;
  }

  /**
   * Whether the number word of a count carries the conjunction «و» the numbers module read off
   * («واثنين»), not a «و» of the word itself («واحد»).
   */
  private static boolean wawOnNumber(SentenceView v, CountSlot s) {
    return wawOnWord(v.w, s.from) && s.quantitySpan != null
        && s.quantitySpan.start() > v.w.spanStart(s.from);
  }

  /**
   * «جندي أمريكي واحد»: gives the count the noun before the describing words that stand before its
   * one or two.
   *
   * @param v the sentence
   * @param s a count
   * @param r the counted-noun reader, which sets the subject
   * @return whether the count agrees so (its noun is then set)
   */
  static boolean readDescribed(SentenceView v, CountSlot s, CountedNounReader r) {
    int head = describedHead(v, s);
    if (head < 0) {
      return false;
    }
    if (v.subjectAt(head) != null) {
      r.setSubject(s, head, v.subjectAt(head));
    } else {
      s.subject = Subject.PERSON;
      s.subjectKnown = true;
    }
    s.nounFrom = head;
    s.nounTo = Math.max(s.nounTo, s.countTo);
    return true;
  }

  /**
   * «الجنود الثلاثة»: gives the count the definite noun before its cardinal.
   *
   * @param v the sentence
   * @param s a count
   * @param r the counted-noun reader, which reads the noun
   * @return whether the count agrees so (its noun is then set)
   */
  static boolean readDefinite(SentenceView v, CountSlot s, CountedNounReader r) {
    int before = definiteNounBefore(v, s);
    if (before < 0) {
      return false;
    }
    if (v.cueAt(before) != null && v.nounAt(before) == null && v.subjectAt(before) == null) {
      s.subject = Subject.OTHER; // «سنوات الاعتقال الأربع»: the years are counted, not a cue
      s.subjectKnown = true;
      s.nounFrom = before;
    } else if (!r.nounHere(s, before)) {
      if (!v.w.isWord(s.from) && !v.humanPlural(before)) {
        return false; // «ضحايا حريق الملهى الـ 231»: digits agree with a noun further back
      }
      r.unknownNoun(s, before);
    }
    s.nounTo = Math.max(s.nounTo, s.countTo); // what follows the number is looked at after it
    return true;
  }

  /** The noun of people before the describing words of a one or two, or -1. */
  private static int describedHead(SentenceView v, CountSlot s) {
    TokenWords w = v.w;
    if (v.language != Language.AR || !s.numeral || s.quantity.value() == null
        || s.quantity.value() > 2 || !w.isWord(s.from) || wawOnNumber(v, s)
        || s.from - 1 <= v.from || !Describing.isNisba(v, s.from - 1)) {
      return -1;
    }
    for (int j = s.from - 2; j >= Math.max(v.from, s.from - 1 - Describing.MAX_WORDS); j--) {
      if (!w.isWord(j) || v.inQuantity(j) || wawOnWord(w, j + 1)) {
        return -1;
      }
      Match<SubjectForm> m = v.subjectAt(j);
      boolean typed = m != null && m.value().subject() != Subject.PERSON
          && m.value().subject().root() == Subject.PERSON;
      if (typed || !Describing.isNisba(v, j)) {
        // the noun the describing words follow: a typed subject (جندي، شرطيين), or another noun
        // of people (مدرسين)
        boolean people = typed || m != null && m.value().subject() == Subject.PERSON
            || m == null && v.humanPlural(j) && v.cueAt(j) == null && v.nounAt(j) == null;
        return people ? j : -1;
      }
    }
    return -1;
  }

  /** The definite noun before a cardinal with the article, or -1. */
  private static int definiteNounBefore(SentenceView v, CountSlot s) {
    TokenWords w = v.w;
    if (v.language != Language.AR || !s.numeral || s.from - 1 <= v.from || !w.isWord(s.from - 1)
        || s.quantity.kind() != QuantityKind.EXACT) { // «العشرات من الشهداء» is no adjective
      return -1;
    }
    int j;
    if (w.isWord(s.from) && v.hasArticle(s.from)) {
      j = s.from - 1; // الجنود الثلاثة: the numbers module read the article off the number word
    } else if (!w.isWord(s.from) && (w.is(s.from - 1, "\u0627\u0644")
        || w.is(s.from - 1, "\u0627\u0644\u0640"))) {
      j = s.from - 2; // الرهائن الـ7: the article written apart before the digits
    } else {
      return -1;
    }
    return j >= v.from && w.isWord(j) && v.hasArticle(j) && !v.inQuantity(j) ? j : -1;
  }
}
