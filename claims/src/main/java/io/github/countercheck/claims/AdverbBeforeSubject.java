package io.github.countercheck.claims;

/**
 * (issue 16) An adverb, or a pronoun with its preposition, between a casualty verb and its
 * singular subject: «قتل خلالها جندي فرنسي»، «توفي اليوم شاب»، «أصيب فيها مطرب». The word (the
 * lexicon's {@code constructions.ADVERB_BEFORE_SUBJECT}, or «اليوم»: the day word of {@code
 * LABEL_BEFORE_OF} with the article) is skipped, so that the cue before it stands right before the
 * noun, as in «قتل جندي». So is «كل من» (the grammar words {@code every} and {@code of}), which opens
 * a list of people each counted by its own noun: «إصابة كل من ملازم أول ... ومجند شرطة ...».
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
    if (j - 1 > v.from && v.w.isWord(j) && v.w.isWord(j - 1) && v.lex.words.of.has(v.w, j)
        && v.lex.words.every.has(v.w, j - 1)) {
      return j - 2; // (ar27list) «إصابة كل من ضابط ومجند»: a list of each one named
    }
    return j;
  }
}
