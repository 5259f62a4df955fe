package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (en28prec) English: a count whose "of" names things counts things, also when a determiner and
 * describing words stand before the thing ("stormed one of the major Sunni Muslim mosques", "shot
 * dead in one of the houses", "two of these old buildings"): the head is a plural of the lexicon's
 * {@code nonHumanPlurals} after a determiner of {@code words.partitiveDeterminers} and at most
 * {@link #DESCRIBING} plain words (no number, cue, people noun or mark). Without a determiner only
 * the word right after "of" is read ("hundreds of houses"): "hundreds of Iraqi troops" keeps its
 * describing words for the people. Read by {@code CountedNounReader.nounAfter}; stateless.
 */
final class PartitiveThings {
  /** How many describing words may stand between the determiner and the thing. */
  static final int DESCRIBING = 3;

  private PartitiveThings() {}

  /**
   * @param v the sentence
   * @param k the token after "of"
   * @return the first token of the plural of things that the partitive names, or -1
   */
  static int head(SentenceView v, int k) {
    if (v.match(v.lex.nonHumanPlurals, k) != null) {
      return k;
    }
    if (k >= v.to || !v.w.isWord(k) || !v.lex.words.partitiveDeterminers.has(v.w, k)) {
      return -1;
    }
    for (int j = k + 1; j < Math.min(v.to, k + 2 + DESCRIBING); j++) {
      if (!v.w.isWord(j) || v.inQuantity(j) || v.cueAt(j) != null || v.nounAt(j) != null) {
        return -1;
      }
      Match<Boolean> things = v.match(v.lex.nonHumanPlurals, j);
      if (things != null) {
        return j;
      }
      if (v.subjectAt(j) != null) {
        return -1; // "one of the Iraqi soldiers": people
      }
    }
    return -1;
  }
}
