package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * People set free are no arrests: «إخلاء سبيل 8 من المقبوض عليهم», «الإفراج عن 20 معتقلا»,
 * «تحرير 12 رهينة», "the release of thousands of prisoners". A release (the lexicon's {@code
 * constructions.RELEASE}) that ends at most {@link #GAP} words before a count makes a count of
 * detainees a count of people released. People saved are no dead either: a rescue ({@code
 * constructions.RESCUE}: «إنقاذ شخصين من الغرق», "rescued 20 miners") before a count likewise.
 */
final class Releases {
  /** How many words may stand between the release and the count. */
  static final int GAP = 2;

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
   * @return whether a rescue stands right before the count: the people counted were saved
   */
  static boolean rescued(SentenceView v, int count) {
    return before(v, count, Construction.RESCUE);
  }

  private static boolean before(SentenceView v, int count, Construction role) {
    for (int k = count - 1; k >= Math.max(v.from, count - 1 - GAP - 3); k--) {
      if (!v.w.isWord(k)) {
        return false;
      }
      Match<Construction> m = v.match(v.lex.constructions, k);
      if (m != null && m.value() == role && k + m.words() >= count - GAP
          && k + m.words() <= count) {
        return true;
      }
    }
    return false;
  }
}
