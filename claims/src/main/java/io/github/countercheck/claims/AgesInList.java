package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.core.Language;

/**
 * (issue 16) An age with no unit in a list of people with their ages: «وعمه سعيد 47 سائق مصابا»,
 * where other people of the same sentence carry the unit («عبد الرحمن 58 سنة بالمعاش»). A number
 * of one or two digits between a word no lexicon knows (the end of a name) and the singular of a
 * noun of people (the lexicon's {@code subjects}: «سائق، فلاح، ربة منزل», not the accusative or
 * plural forms a number counts: «12 متمردا», «5 أشخاص») is such an age, no count, when the same
 * sentence has another number of one or two digits between a word no lexicon knows and a unit of
 * time ({@code numeral-cues.json}, {@code durationAfter}, read
 * through {@link NumeralRecognizer#isUnitOfTime}: the labeller's own list). A count after a known
 * word («من بداية الأحداث 28 متهم») or in a sentence with no age of that shape keeps its claim.
 */
final class AgesInList {
  private AgesInList() {}

  /**
   * Whether Arabic count {@code s} is an age without its unit in a list of ages, by the units of
   * time of {@code numerals} (the extractor's own grammar).
   */
  static boolean bareAge(SentenceView v, CountSlot s, NumeralRecognizer numerals) {
    if (v.language != Language.AR || !s.numeral || s.to != s.from + 1 || s.to >= v.to
        || !ageShaped(v, s.from) || !v.w.isWord(s.to)) {
      return false;
    }
    Match<SubjectForm> after = v.subjectAt(s.to);
    if (after == null || after.value().number() != Lexicon.Number.SINGULAR
        || after.value().subject().root() != Subject.PERSON) {
      return false; // «12 متمردا», «36 إرهابيا», «أشخاص»: the forms a number counts
    }
    for (int j = v.from; j + 1 < v.to; j++) {
      if (j != s.from && ageShaped(v, j) && v.w.isWord(j + 1)
          && numerals.isUnitOfTime(v.w.form(j + 1))) {
        return true; // «عبد الرحمن 58 سنة»: another age of the list, with its unit
      }
    }
    return false;
  }

  /**
   * (issue 16, ar29prec) Whether Arabic implicit count {@code s} of one is the job or the state of
   * a person named with his age, no count: a singular noun right after an age with its unit («هيثم
   * 28 سنة عامل وتوفى»، «أحمد 14 سنة، طالب، وأصيب»، «مرسي 33 سنة (متوفى إثر طلق ناري)»), or a
   * state after the job («40 سنة، عامل، متوفى»). The READMEs of devset3 and devset7 leave names
   * with ages and jobs without a claim. A noun joined by «و» («(24 عاما) وعمه»: one more person)
   * and a kin noun keep their count.
   */
  static boolean afterAge(SentenceView v, CountSlot s, NumeralRecognizer numerals) {
    if (v.language != Language.AR || s.numeral || s.quantity == null
        || !Long.valueOf(1).equals(s.quantity.value()) || s.from <= v.from || s.from >= v.to
        || !v.w.isWord(s.from) || Agreement.wawOnWord(v.w, s.from)
        || v.is(s.from, Construction.KIN_OF)) {
      return false;
    }
    int k = marksBefore(v, s.from - 1);
    if (k > v.from && v.w.isWord(k) && !numerals.isUnitOfTime(v.w.form(k)) && job(v, k)) {
      k = marksBefore(v, k - 1); // «40 سنة، عامل، متوفى»
    }
    return k > v.from && v.w.isWord(k) && numerals.isUnitOfTime(v.w.form(k))
        && digits(v.w, k - 1);
  }

  /** @return the last token at or before {@code k} past at most two marks (، ( " -) */
  static int marksBefore(SentenceView v, int k) {
    for (int n = 0; n < 2 && k >= v.from && !v.w.isWord(k) && v.w.isPunctuation(k); n++) {
      k--;
    }
    return k;
  }

  /** Whether word {@code k} is the singular of a noun of people, with no «و» («عامل»، «فلاح»). */
  private static boolean job(SentenceView v, int k) {
    Match<SubjectForm> m = v.subjectAt(k);
    return m != null && m.value().number() == Lexicon.Number.SINGULAR
        && m.value().subject().root() == Subject.PERSON && !Agreement.wawOnWord(v.w, k);
  }

  /**
   * Whether token {@code i} is a run of one or two digits right after a word no lexicon knows (the
   * end of a name).
   */
  private static boolean ageShaped(SentenceView v, int i) {
    TokenWords w = v.w;
    if (i - 1 < v.from || !w.isWord(i - 1) || w.keys(i - 1) != 0 || w.isWord(i)) {
      return false;
    }
    return digits(w, i);
  }

  /** Whether token {@code i} is a run of one or two digits. */
  static boolean digits(TokenWords w, int i) {
    if (w.isWord(i)) {
      return false;
    }
    int a = w.start(i);
    int b = w.end(i);
    if (b <= a || b - a > 2) {
      return false;
    }
    char[] c = w.chars();
    for (int k = a; k < b; k++) {
      if (!Character.isDigit(c[k])) {
        return false;
      }
    }
    return true;
  }
}
