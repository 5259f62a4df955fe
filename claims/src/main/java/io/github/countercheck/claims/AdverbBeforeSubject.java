package io.github.countercheck.claims;

/**
 * (issue 16) An adverb, or a pronoun with its preposition, between a casualty verb and its
 * singular subject: «قتل خلالها جندي فرنسي»، «توفي اليوم شاب»، «أصيب فيها مطرب». The word (the
 * lexicon's {@code constructions.ADVERB_BEFORE_SUBJECT}, or «اليوم»: the day word of {@code
 * LABEL_BEFORE_OF} with the article) is skipped, so that the cue before it stands right before the
 * noun, as in «قتل جندي».
 */
final class AdverbBeforeSubject {
  private AdverbBeforeSubject() {}

  /**
   * @param v the sentence
   * @param i the first token of a singular person noun, after the sentence's first token
   * @return the token where a cue before the noun must end: the token before it, or the one
   *     before that when an adverb stands between
   */
  static int cueEnd(SentenceView v, int i) {
    int j = i - 1;
    if (j > v.from && v.w.isWord(j) && (v.is(j, Construction.ADVERB_BEFORE_SUBJECT)
        || v.is(j, Construction.LABEL_BEFORE_OF) && v.hasArticle(j))) {
      return j - 1;
    }
    return j;
  }
}
