package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * People set free are no arrests: «إخلاء سبيل 8 من المقبوض عليهم», «الإفراج عن 20 معتقلا»,
 * «تحرير 12 رهينة», "the release of thousands of prisoners". A release (the lexicon's {@code
 * constructions.RELEASE}) that ends at most {@link #GAP} words before a count makes a count of
 * detainees a count of people released. People saved are no dead either: a rescue ({@code
 * constructions.RESCUE}: «إنقاذ شخصين من الغرق», "rescued 20 miners") before a count likewise.
 */
final class Releases {
  /** How many words may stand between the release and the count (in English none: "freed 200"). */
  static final int GAP = 2;
  /** The most words of a rescue phrase ("saved the lives of"). */
  static final int RESCUE_WORDS = 4;

  private Releases() {}

  /**
   * @param v     the sentence
   * @param count the first token of a count
   * @return whether a release stands right before the count
   */
  static boolean released(SentenceView v, int count) {
    return before(v, count, Construction.RELEASE) || before(v, count, Construction.RESCUE);
  }

  /**
   * @param v     the sentence
   * @param count the first token of a count
   * @return whether a rescue, no noun with the article, ends right before the count: the people
   *     counted were saved («إنقاذ شخصين من الغرق», not «فرق الإنقاذ أخرجت الجثتين»)
   */
  static boolean rescued(SentenceView v, int count) {
    int k = count - 1;
    while (k >= v.from && v.w.isWord(k) && !v.is(k, Construction.RESCUE)
        && count - k <= RESCUE_WORDS) {
      k--; // a rescue of several words: "saved the lives of"
    }
    if (k < v.from || !v.w.isWord(k) || v.hasArticle(k)) {
      return false; // «فرق الإنقاذ أخرجت الجثتين»: the rescue names the team
    }
    Match<Construction> m = v.match(v.lex.constructions, k);
    return m != null && m.value() == Construction.RESCUE && k + m.words() == count;
  }

  static boolean before(SentenceView v, int count, Construction role) {
    int gap = v.language == Language.EN ? 0 : GAP; // "release on Tuesday nine men arrested"
    for (int k = count - 1; k >= Math.max(v.from, count - 1 - gap - 3); k--) {
      if (!v.w.isWord(k)) {
        return false;
      }
      Match<Construction> m = v.match(v.lex.constructions, k);
      if (m != null && m.value() == role && k + m.words() >= count - gap
          && k + m.words() <= count && (m.words() > 1 || !v.hasArticle(k))) {
        return true; // one word with the article names a place: «ميدان التحرير حيث تجمع عشرات»
      }
    }
    return false;
  }
}
