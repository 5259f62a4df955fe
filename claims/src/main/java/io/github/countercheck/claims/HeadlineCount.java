package io.github.countercheck.claims;

/**
 * (issue 16) English headlines run into the next line: a count right after a casualty verb
 * ("Shootout Kills 2 Ariz.", "Blasts Kill at Least Five Attack was ...", "killing 10 GHAZIABAD:
 * thursday was ...", "killed one Palestinian and ...") or after a toll noun and its verb ("Death Toll
 * Hits 37 KINGSTON, Jamaica") has no noun of its own when the word after it is one no lexicon
 * knows, no plural of people, written with a capital or followed by a colon (a dateline), and not
 * the first word of a noun of several words ("three Turkish captives", "eight Roman Catholic
 * priests"). Such a count is of people.
 * Read by {@link CountedNounReader} for a word no lexicon knows. Stateless.
 */
final class HeadlineCount {
  /** How many more words a noun of several words may have after its first ("Roman Catholic priests"). */
  private static final int NOUN_WORDS = 2;

  private HeadlineCount() {}

  /**
   * @param v the sentence
   * @param s an English count
   * @param i the unknown word after it
   * @return whether the count has no noun of its own, as above
   */
  static boolean noNoun(SentenceView v, CountSlot s, int i) {
    return nameAfterCount(v, i) && (casualtyVerbRightBefore(v, s)
        || v.tollVerbEndsAt(s.from) && s.from - 2 >= v.from && v.cueStartEndingAt(s.from - 2) >= 0);
  }

  private static boolean nameAfterCount(SentenceView v, int i) {
    TokenWords w = v.w;
    if (!w.isWord(i) || v.humanPlural(i) || w.length(i) == 0) {
      return false;
    }
    for (int k = i + 1; k < Math.min(v.to, i + 1 + NOUN_WORDS) && w.isWord(k)
        && v.match(v.lex.functionWords, k) == null; k++) {
      if (v.humanPlural(k)) {
        return false; // "eight Roman Catholic priests": the first word of a noun of several
      }
    }
    return Character.isUpperCase(v.original.charAt(w.spanStart(i)))
        || i + 1 < v.to && w.is(i + 1, ":");
  }

  /** Whether a casualty verb ends right before the count ("kills 2", "killing at least 5"). */
  private static boolean casualtyVerbRightBefore(SentenceView v, CountSlot s) {
    int c = s.from > v.from ? v.cueStartEndingAt(s.from - 1) : -1;
    return c >= 0 && SentenceView.isCasualty(v.cueAt(c).value());
  }
}
