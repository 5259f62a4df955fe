package io.github.countercheck.claims;

import java.util.function.IntPredicate;

/**
 * English counted nouns no lexicon lists ("47 miscreants", "three tribals", "81 kar sevaks"): a
 * word in the plural form right after a number ({@code humanPluralEndings} of the lexicon, less
 * its {@code nonHumanPlurals}) is read as people only where a casualty or arrest verb is tied to
 * the count in its own clause. Otherwise the count keeps the subject OTHER and makes no scored
 * claim, so that an open class of words ("two parts of the city", "175,000 Haitians have been
 * affected") cannot borrow an event noun from elsewhere in the sentence.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>Tied before: the verb ends right before the count, or one word before it that is no
 *       function word other than "of" ("arrested 47 miscreants", "the deaths of 78 Muslims"; not
 *       "dies at 102", an age).
 *   <li>Tied after: a verb (not an event noun: "6,000 trusts and other bodies") follows the noun
 *       with at most {@link #GAP} words and no mark between ("47 miscreants were arrested",
 *       "three tribals with bullet injuries"); not across "to" ("sentenced 21 defendants to
 *       death") nor a reporting verb or "that" ("two leaders said that the killings"), and not a casualty or arrest verb with an object of its own after it ("saints held
 *       a meeting": the count is its doer; "50 maulvis joined the march" is a crowd).
 *   <li>A noun of two words whose first no lexicon knows and whose second is a plural ("81 kar
 *       sevaks") is one noun, read the same way.
 * </ul>
 *
 * <p>A hook of {@code SentenceReader} (the unknown-word branch of the counted noun, and after the
 * event is found); stateless.
 */
final class UnknownPluralRule {
  /** How many words may stand between the noun and its verb. */
  static final int GAP = 3;

  private UnknownPluralRule() {}

  /**
   * Whether the verb at {@code [cueFrom, cueTo)} is tied to the count at {@code [countFrom,
   * nounTo)}.
   *
   * @param w the sentence's words
   * @param countFrom the first token of the count
   * @param nounTo the end of its counted noun
   * @param cueFrom the first token of its event cue, or -1
   * @param cueTo the end of the cue
   * @param verb whether the cue is a verb (an event cue), not only an event noun
   * @param casualty whether the cue's event is a casualty or an arrest
   * @param functionWord whether the token at an index is a function word of the lexicon
   * @param reporting whether the token at an index is a reporting verb of the lexicon
   * @return true when the cue is tied to the count as above
   */
  static boolean tiedToVerb(TokenWords w, int countFrom, int nounTo, int cueFrom, int cueTo,
      boolean verb, boolean casualty, IntPredicate functionWord, IntPredicate reporting) {
    if (cueFrom < 0) {
      return false;
    }
    if (cueFrom < countFrom) {
      return cueTo == countFrom || cueTo == countFrom - 1 && w.isWord(cueTo)
          && (w.is(cueTo, "of") || !functionWord.test(cueTo));
    }
    if (!verb || cueFrom < nounTo || cueFrom - nounTo > GAP || casualty && cueTo < w.size()
        && (w.is(cueTo, "a") || w.is(cueTo, "an") || w.is(cueTo, "the"))) {
      return false;
    }
    for (int j = nounTo; j < cueFrom; j++) {
      if (!w.isWord(j) || w.is(j, "to") || w.is(j, "that") || reporting.test(j)) {
        // "sentenced 21 defendants to death": a sentence, not a death; "two leaders said that the
        // killings": the verb is of the reported clause
        return false;
      }
    }
    return true;
  }
}
