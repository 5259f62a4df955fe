package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * (issue 16) Arabic agreement around the nouns that count without a numeral, read by {@link
 * ImplicitCountReader}:
 *
 * <ul>
 *   <li>A describing word is no count of its own: a dual nisba after a noun («جنديان أمريكيان»:
 *       two soldiers, not two more Americans), and a singular or dual noun whose describing words
 *       ({@link Describing}) a number follows («جندي أمريكي واحد»: the number counts it, once).
 *   <li>After a bare «أن/إن» the accusative in «ا» of a noun of people (the form the lexicon reads
 *       as counted after 11 to 99, «شابا، شخصا») is the clause's subject, one person: «ذكرت
 *       الوكالة أن شابا في العقد الثالث من العمر، توفي» counts one dead (with a casualty verb of
 *       one person after it, as a singular).
 *   <li>The same accusative after a casualty verb, right after it or after the verb's subject
 *       (at most {@link #SUBJECT_WORDS} plain words, the first a subject noun), is the verb's
 *       object, one person: «جنود
 *       إسرائيليون يقتلون فلسطينيا»، «غارة جوية تقتل قياديا»، «اعتقلت قوات الاحتلال شابا».
 *   <li>A singular joined by «و» across the «من» phrase of origin of the noun before: «إصابة عامل
 *       من الهوارة ومحام من أولاد خليفة»، «القبض على 7 أشخاص من قبيلة الهوارة وشخص».
 * </ul>
 */
final class ImplicitAgreement {
  /** How many words a «من» phrase of origin may have after a noun («عامل من أولاد خليفة»). */
  static final int ORIGIN_WORDS = 3;

  /** How many words a verb's subject may have before its accusative object («قتل جنود إسرائيليون صبيا»). */
  static final int SUBJECT_WORDS = 3;

  private ImplicitAgreement() {}

  /**
   * @param v    the sentence
   * @param i    the token of a subject noun
   * @param subj its match
   * @return the token where the casualty verb starts whose object the noun is, when it is the
   *     accusative in «ا» of a noun of people with no number before it; -1 otherwise
   */
  static int objectOfVerb(SentenceView v, int i, Match<SubjectForm> subj) {
    if (!accusativeForm(v, i, subj) || v.w.isWord(i - 1) && v.subjectAt(i - 1) != null
        && v.w.charAt(i - 1, v.w.length(i - 1) - 1) == '\u0627') {
      return -1; // «شابا فلسطينيا»: the second describes the first
    }
    for (int j = i - 1; j >= Math.max(v.from, i - 1 - SUBJECT_WORDS); j--) {
      int cue = v.cueStartEndingAt(j);
      if (cue >= 0) { // a word between is the verb's subject: «قتل مسلحون جنديا», not «كان أجنبيا»
        return SentenceView.isCasualty(v.cueAt(cue).value())
            && (j == i - 1 || v.subjectAt(j + 1) != null) ? cue : -1;
      }
      if (!v.w.isWord(j) || v.inQuantity(j) || v.is(j, Construction.COMPLEMENTIZER)) {
        return -1; // «قتل 20 شابا»: a number counts it; «أن شابا»: accusativeOne
      }
    }
    return -1;
  }

  /**
   * @param v    the sentence
   * @param i    the token of a subject noun
   * @param subj its match
   * @return the noun's number as a count reads it: singular for an accusative one after «أن»
   */
  static Lexicon.Number number(SentenceView v, int i, Match<SubjectForm> subj) {
    return accusativeOne(v, i, subj) ? Lexicon.Number.SINGULAR : subj.value().number();
  }

  /**
   * @param v    the sentence
   * @param i    the token of a subject noun
   * @param subj its match
   * @return whether the noun describes the one before it or a number counts it after its own
   *     describing words: no count of its own
   */
  static boolean describesOrIsDescribed(SentenceView v, int i, Match<SubjectForm> subj) {
    if (v.language != Language.AR) {
      return false;
    }
    Lexicon.Number number = subj.value().number();
    if (number == Lexicon.Number.DUAL && i > v.from && v.w.isWord(i - 1)
        && v.subjectAt(i - 1) != null && Describing.isNisba(v, i)) {
      return true; // «جنديان أمريكيان»: the dual describes the noun before
    }
    int after = Describing.after(v, i + subj.words());
    return (number == Lexicon.Number.DUAL || number == Lexicon.Number.SINGULAR)
        && after > i + subj.words() && after < v.to && v.inQuantity(after);
  }

  /** Whether the subject at {@code i} is the accusative of a noun of people after a bare «أن». */
  private static boolean accusativeOne(SentenceView v, int i, Match<SubjectForm> subj) {
    return accusativeForm(v, i, subj) && v.w.isWord(i - 1)
        && v.is(i - 1, Construction.COMPLEMENTIZER) && v.w.length(i - 1) == 2;
  }

  /** Whether the subject at {@code i} is the accusative in «ا» of a noun of people, alone. */
  private static boolean accusativeForm(SentenceView v, int i, Match<SubjectForm> subj) {
    TokenWords w = v.w;
    if (v.language != Language.AR || subj.value().number() != Lexicon.Number.PLURAL
        || i == v.from || subj.words() != 1 || subj.value().subject().root() != Subject.PERSON
        || v.hasArticle(i) || v.inQuantity(i - 1)) {
      return false;
    }
    int n = w.length(i);
    return n > 3 && w.charAt(i, n - 1) == '\u0627';
  }

  /**
   * @param v the sentence
   * @param j the word before the «و» of a singular
   * @return whether {@code j} ends a «من» phrase (at most {@link #ORIGIN_WORDS} plain words) that
   *     follows a subject noun or a count
   */
  static boolean nounBeforeItsOrigin(SentenceView v, int j) {
    TokenWords w = v.w;
    if (v.language != Language.AR || v.cueAt(j) != null) {
      return false;
    }
    for (int k = j - 1; k >= Math.max(v.from + 1, j - ORIGIN_WORDS); k--) {
      if (!w.isWord(k) || v.inQuantity(k) || v.cueAt(k) != null) {
        return false;
      }
      if (v.lex.words.of.has(w, k)) {
        int n = k - 1;
        return w.isWord(n) && (v.subjectAt(n) != null || v.inQuantity(n));
      }
    }
    return false;
  }
}
