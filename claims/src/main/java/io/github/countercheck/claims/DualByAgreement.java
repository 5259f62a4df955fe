package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * (issue 16) A sound plural in «-ين» of a noun of people, written as its dual is (unvocalized
 * «مواطنين» is «مواطنِين» or «مواطنَين»), is a dual where a dual pronoun refers back to it:
 * «إصابة مواطنين تم إخلاؤهما»، «ضبط عاطلين لدى محاولتهما»، «إصابة مواطنين أحدهما باختناق». The
 * noun stands right after a casualty cue, with no number before it; the pronoun («-هما» after at
 * least three letters, or «هما» alone) follows within {@link #WINDOW} words, with no other count, noun of the subjects or feminine dual
 * («عائلتين»، another pair the pronoun may mean) between, and commas as the only marks. Read in
 * the sentences the filter lets through (with a numeral or another count word), as {@link
 * DualNouns} is.
 */
final class DualByAgreement {
  /** How many words after the noun the dual pronoun may stand. */
  static final int WINDOW = 8;

  private static final String DUAL_PRONOUN = "\u0647\u0645\u0627"; // هما
  private static final String FEMININE_DUALS = "\u062A\u064A\u0646"; // تين
  private static final String FEMININE_DUALS_NOM = "\u062A\u0627\u0646"; // تان

  private DualByAgreement() {}

  /**
   * @param v    the sentence
   * @param i    the token of a subject noun
   * @param subj its match
   * @return whether the noun is a plural in «-ين» of people that a dual pronoun after it makes a
   *     dual, right after a casualty cue
   */
  static boolean at(SentenceView v, int i, Match<SubjectForm> subj) {
    if (v.language != Language.AR || subj.words() != 1
        || subj.value().number() != Lexicon.Number.PLURAL
        || subj.value().subject().root() != Subject.PERSON || !v.w.endsWith(i, "\u064A\u0646")
        || v.w.length(i) < 5 || i == v.from || v.inQuantity(i - 1)) {
      return false;
    }
    int cue = v.cueStartEndingAt(i - 1);
    if (cue < 0 || !SentenceView.isCasualty(v.cueAt(cue).value())) {
      return false;
    }
    for (int j = i + 1; j < Math.min(v.to, i + 1 + WINDOW); j++) {
      if (!v.w.isWord(j)) {
        if (v.isComma(j)) {
          continue;
        }
        return false;
      }
      if (v.w.endsWith(j, DUAL_PRONOUN)) {
        return v.w.length(j) == DUAL_PRONOUN.length() || stemBefore(v, j) >= 3;
      }
      if (v.inQuantity(j) || v.subjectAt(j) != null || v.w.endsWith(j, FEMININE_DUALS)
          || v.w.endsWith(j, FEMININE_DUALS_NOM)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The letters before «هما» in word {@code j}, its proclitics stripped: «محاولتهما» 6, «وهما» 0;
   * «متهما» (accused), «درهما» (a dirham) have two, a root and no pronoun, and so do «معهما»
   * and «فيهما», which are left out with them.
   */
  private static int stemBefore(SentenceView v, int j) {
    int best = v.w.length(j);
    for (String stem : v.w.stems(j)) {
      best = Math.min(best, stem.length());
    }
    return best - DUAL_PRONOUN.length();
  }
}
