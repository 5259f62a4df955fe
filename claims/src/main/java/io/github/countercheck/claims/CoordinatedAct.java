package io.github.countercheck.claims;

/**
 * (en28prec) English: a count after a verb of another act joined by "and" or a comma to a
 * casualty clause that has its own count is the act's, not the casualty's ("killing one man and
 * capturing 15 others", "killed at least 33 miners and trapped another 28", "killed at least 30
 * people and buried dozens more"): the backward search for a count's cue stops at such a verb (the
 * lexicon's {@code constructions.OTHER_ACT}, English forms). When no count stands between the cue
 * and the verb, the two verbs share their object and the cue keeps it ("killed and buried 30
 * people"). Read by {@link CueBeforeCount#find}; stateless.
 */
final class CoordinatedAct {
  private CoordinatedAct() {}

  /**
   * @param v     the sentence (English)
   * @param j     a token of the backward search, before the count
   * @param limit the first token the search may read
   * @return whether an act verb joined to a clause with a count of its own starts at {@code j}
   */
  static boolean ownObject(SentenceView v, int j, int limit) {
    if (j - 2 < limit || !v.w.isWord(j) || !v.is(j, Construction.OTHER_ACT)
        || !(v.isComma(j - 1) || v.w.isWord(j - 1) && v.lex.words.and.has(v.w, j - 1))) {
      return false;
    }
    for (int k = j - 2; k >= limit; k--) {
      if (v.inQuantity(k)) {
        return true; // "killing one man and capturing 15 others": the cue has its own count
      }
      if (v.isCue(k) || v.isStop(k)) {
        return false; // "killed and buried 30 people": one object for both verbs
      }
    }
    return false;
  }
}
