package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (issue 16) One patient sent to a hospital, in the lists by which health services share out
 * their injured: «وحالة واحدة لمستشفى المنيرة العام»، «وحالة بمستشفى الحضرة»، «ومصاب إلى مستشفى
 * هليوبوليس»، «تم نقل مصاب منهم للمنيرة»، «وتم نقل حالة إلى مستشفى الليث». A singular case noun
 * («حالة», of {@code words.caseNouns}) or a singular injured noun («مصاب», {@link
 * Construction#ONE_JOINED_NOUN}) with no article, right before a hospital ({@link
 * Construction#HOSPITAL}, with «إلى، ل، ب»; «واحد/واحدة» and «منهم» may stand between), counts
 * one injured. «المصاب» names one told of before; «حالة المستشفى» (a hospital with no «إلى، ل، ب»)
 * is its state.
 * Read by {@link ImplicitCountReader} and {@link BareEventNouns}, in sentences the sentence
 * filter lets through (with a numeral or another count word).
 */
final class OneToHospital {
  /** How many words («واحدة»، «منهم») may stand between the noun and the hospital. */
  private static final int REACH = 2;
  private static final char HEH = '\u0647';
  private static final char LAM = '\u0644';
  private static final char BA = '\u0628';

  private OneToHospital() {}

  /**
   * @param v    the sentence
   * @param next the token right after a singular noun of people
   * @return whether a hospital with «إلى، ل، ب» follows, after at most {@link #REACH} words of one
   *     or of a part
   */
  static boolean follows(SentenceView v, int next) {
    for (int k = next; k < Math.min(v.to, next + REACH + 1) && v.w.isWord(k); k++) {
      Match<Construction> m = v.match(v.lex.constructions, k);
      if (m != null && m.value() == Construction.HOSPITAL) { // «إلى مستشفى»، «لمستشفى»، «بمستشفى»
        return m.words() > 1 || v.w.charAt(k, 0) == LAM || v.w.charAt(k, 0) == BA;
      }
      if (!v.inQuantity(k) && v.match(v.lex.partitive, k) == null && !oneWord(v, k)) {
        return false;
      }
    }
    return false;
  }

  /** Whether word {@code i} is the singular case noun «حالة», with no article, sent to hospital. */
  static boolean caseNoun(SentenceView v, int i) {
    return v.w.length(i) > 3 && v.w.charAt(i, v.w.length(i) - 1) == HEH && !v.hasArticle(i)
        && v.lex.words.caseNouns.hasAfterConjunction(v.w, i) && !(i > v.from && v.inQuantity(i - 1))
        && follows(v, i + 1);
  }

  /** The count of one at the case noun {@code i}: injured, of people, its cue the hospital. */
  static CountSlot slot(SentenceView v, int i, CountSlot s) {
    s.nounFrom = i;
    s.nounTo = i + 1;
    s.subject = Subject.PERSON;
    s.subjectKnown = true;
    for (int k = i + 1; k < v.to; k++) {
      Match<Construction> m = v.match(v.lex.constructions, k);
      if (m != null && m.value() == Construction.HOSPITAL) {
        s.event = Event.INJURED;
        s.cueFrom = k;
        s.cueTo = k + m.words();
        break;
      }
    }
    return s;
  }

  /** «واحد، واحدة» after the noun, which the numbers module may leave unread after a case noun. */
  private static boolean oneWord(SentenceView v, int k) {
    return v.lex.words.bareOne.has(v.w, k);
  }
}
