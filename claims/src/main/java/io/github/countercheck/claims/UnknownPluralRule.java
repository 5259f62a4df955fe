package io.github.countercheck.claims;

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
 *       function word other than {@code words.of} or an article ("arrested 47 miscreants", "the deaths of 78
 *       Muslims", "injured the two pilots"; not "dies at 102", an age).
 *   <li>Tied after: a verb (not an event noun: "6,000 trusts and other bodies") follows the noun
 *       with at most {@link #GAP} words and no mark between ("47 miscreants were arrested",
 *       "three tribals with bullet injuries"), or further on as a finite verb group, an auxiliary
 *       right before it ("ten ram sevaks from the village had been burnt alive"), or after a
 *       relative clause ("58 kar sevaks who were
 *       returning from ayodhya were killed"); not across {@code words.to} ("sentenced 21
 *       defendants to death"), a complementizer or a reporting verb ("two leaders said that the
 *       killings"), and not a casualty or arrest verb with an object of its own after it, an
 *       article of {@code words.articles} ("saints held a meeting": the count is its doer).
 *   <li>A noun of two words whose first no lexicon knows and whose second is a plural ("81 kar
 *       sevaks") is one noun, read the same way ({@link CountedNounReader}).
 * </ul>
 *
 * <p>{@link CountedNounReader} marks such a count ({@link CountSlot#pluralGuess}); {@code
 * SentenceReader.resolve} asks this rule once the event is found. Stateless.
 */
final class UnknownPluralRule {
  /** How many words may stand between the noun and its verb. */
  static final int GAP = 3;

  private UnknownPluralRule() {}

  /**
   * Whether the cue of count {@code s} (its event found) is tied to it as above.
   *
   * @param v the sentence
   * @param s the count, its noun and cue found
   * @return true when the cue is tied to the count
   */
  static boolean tiedToVerb(SentenceView v, CountSlot s) {
    TokenWords w = v.w;
    GrammarForms g = v.lex.words;
    int cueFrom = s.cueFrom;
    int cueTo = s.cueTo;
    if (cueFrom < 0) {
      return false;
    }
    if (cueFrom < s.from) {
      return cueTo == s.from || cueTo == s.from - 1 && w.isWord(cueTo)
          && (g.of.has(w, cueTo) || g.articles.has(w, cueTo) // (issue 16) "injured the two pilots"
          || v.match(v.lex.functionWords, cueTo) == null);
    }
    boolean verb = v.cueAt(cueFrom) != null;
    boolean casualty = SentenceView.isCasualty(s.event);
    // "58 kar sevaks who were returning from ayodhya were killed": a relative clause between
    boolean relative = s.nounTo < cueFrom && v.isRelative(s.nounTo);
    // (issue 16) "ten ram sevaks from the village had been burnt alive": a finite verb group
    // (an auxiliary right before the cue) is the clause's main verb however long the subject
    boolean finite = (cueFrom - 1 > s.nounTo && g.tenseAuxiliaries.has(w, cueFrom - 1)
        || g.tenseAuxiliaries.has(w, cueFrom)) && cueFrom - s.nounTo <= EnglishClauseVerb.REACH;
    if (!verb || cueFrom < s.nounTo || cueFrom - s.nounTo > GAP && !relative && !finite
        || casualty && cueTo < w.size() && g.articles.has(w, cueTo)) {
      return false;
    }
    boolean far = cueFrom - s.nounTo > GAP && !relative;
    for (int j = s.nounTo; j < cueFrom; j++) {
      if (far && (v.isRelative(j) || v.subjectAt(j) != null)) {
        return false; // "24 parganas district in which one person was killed": another subject's verb
      }
      if (!w.isWord(j) || v.inQuantity(j) || !relative && (g.to.has(w, j) || g.complementizers.has(w, j))
          || v.match(v.lex.attribution, j) != null) {
        // "sentenced 21 defendants to death": a sentence, not a death; "two leaders said that the
        // killings": the verb is of the reported clause
        return false;
      }
    }
    return true;
  }
}
