package io.github.countercheck.claims;

import io.github.countercheck.core.Language;

/**
 * A singular noun joined to the count before it counts one more of the same event: by «و» to the
 * counted noun before («مصرع طالبين وعامل»), across a list's comma («6 سيارات، ومدرعتين، وسيارة
 * إطفاء»), after a conjunction of several words («16 سعوديا بالإضافة إلى شخص إيراني»; {@link
 * Enumerations#conjunctionPhraseEndingAt}); in English after "and" and an article ("two men and a
 * woman"). A definite word after «و» agrees with the noun before it (an adjective), members an
 * enumeration names are no counts, and two nouns a number counts together («ثلاثة آلاف شرطي
 * وجندي») are that number's. Read by {@link ImplicitCountReader} (its singular and dual
 * subjects), the row {@link ImplicitCountRule#COORDINATED} of its table; stateless.
 */
final class CoordinatedSingles {
  private CoordinatedSingles() {}

  /**
   * «مصرع طالبين وعامل»: a singular person noun joined by و to the counted noun before it is one
   * more of the same event.
   */
  static boolean coordinated(SentenceView v, int i) {
    TokenWords w = v.w;
    Lexicon lex = v.lex;
    int from = v.from;
    if (v.language == Language.EN) {
      // "two men and a woman"
      return i - 2 >= from && EnglishSingular.article(v, i - 1) && !lex.words.bareOne.has(w, i - 1)
          && lex.words.and.has(w, i - 2) && i - 3 >= from
          && (v.subjectAt(i - 3) != null || v.inQuantity(i - 3));
    }
    int j = i - 1;
    int phrase = i == from || v.hasArticle(i) ? -1 : Enumerations.conjunctionPhraseEndingAt(v, i);
    if (phrase >= 0) {
      j = phrase - 1; // (issue 16) «16 سعوديا بالإضافة إلى شخص إيراني»
    } else if (i == from || w.charAt(i, 0) != '\u0648' || (w.stemMask(i) & 2) == 0
        || v.hasArticle(i)) {
      return false; // «والسوري» agrees with a definite noun before it: an adjective, not a count
    }
    if (j < from || Enumerations.enumerated(v, i)) {
      return false; // (issue 16) «أربعة مهندسين، هم مصري وسوداني»: members named, no counts
    }
    if (j > from && w.isPunctuation(j) && w.is(j, ",")) {
      j--; // a list: «6 سيارات، ومدرعتين، وسيارة إطفاء»
    }
    if (!w.isWord(j)) {
      return false;
    }
    if (j > from && v.inQuantity(j - 1) && v.subjectAt(j) != null
        && v.subjectAt(j).value().number() == Lexicon.Number.SINGULAR) {
      return false; // «ثلاثة آلاف شرطي وجندي»: both nouns are counted by the number before
    }
    if (v.subjectAt(j) == null && j > from && w.isWord(j - 1) && v.subjectAt(j - 1) != null
        && v.cueAt(j) == null && v.nounAt(j) == null) {
      j--; // the noun before has a word of its own: «10 سيارات إسعاف، ومدرعتين»
    }
    return v.subjectAt(j) != null || v.inQuantity(j) || v.match(lex.others, j) != null
        || v.nounStartEndingAt(j) >= 0 && !v.isCue(j) || ImplicitAgreement.nounBeforeItsOrigin(v, j);
  }
}
