package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (issue 16) A singular or dual of people right after «بين / ضمن» and a casualty noun with the
 * article is one or two of those victims: «من بين القتلى طفل» (one dead), «بين القتلى امرأتين»
 * (two dead), «ومن ضمن المعتقلين ضابطان» (two arrested); not a singular victim noun
 * («بين القتيل وشقيقه»: between two) nor a word after «و». The count takes the event of the noun,
 * which is its cue. Read by {@link ImplicitCountReader} for the subject nouns of the lexicon and
 * the duals by form ({@link DualNouns}); the words are the lexicon's {@code
 * constructions.AMONG_VICTIMS} («ضمن») and {@code SIDES} («بين», which has that role first).
 */
final class AmongVictims {
  private AmongVictims() {}

  /**
   * @param v the sentence
   * @param i the token of a singular or dual noun of people
   * @return the token where the casualty noun right before it starts, when «بين / ضمن» stands
   *     right before that noun; -1 otherwise
   */
  static int nounBefore(SentenceView v, int i) {
    if (i - 2 < v.from || !v.w.isWord(i - 1)
        || v.w.charAt(i, 0) == '\u0648' && (v.w.stemMask(i) & 2) != 0) {
      return -1; // «بين القتيل وشقيقه»: between two, no one among them
    }
    int k = v.nounStartEndingAt(i - 1);
    if (k - 1 < v.from || !v.w.isWord(k - 1)
        || !v.is(k - 1, Construction.AMONG_VICTIMS) && !v.is(k - 1, Construction.SIDES)
        || !v.hasArticle(k) || v.is(k, Construction.ONE_EVENT_NOUN)) {
      return -1;
    }
    Match<Event> noun = v.nounAt(k);
    return noun != null && SentenceView.isCasualty(noun.value()) ? k : -1;
  }

  /** Gives count {@code s} the event of the casualty noun at {@code k}, as its cue. */
  static void takeEvent(SentenceView v, CountSlot s, int k) {
    Match<Event> noun = v.nounAt(k);
    s.event = noun.value();
    s.cueFrom = k;
    s.cueTo = k + noun.words();
  }
}
