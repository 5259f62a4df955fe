package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * Lives counted as the dead, read by {@link EventCueReader#livesTaken}: a count of lives (the
 * lexicon's {@code constructions.LIFE_NOUN}, perhaps after {@link #LIFE_DESCRIBING} describing
 * words) right after a verb that takes them ({@code LIFE_TAKER}: "claimed over 250 lives", "cost 12
 * lives", "claimed 20 more Iraqi lives"), or in English before such a verb in the passive ("at
 * least 12 lives were lost", issue 16), is KILLED, of people, with the verb as its cue. Lives with
 * no such verb ("saved 30 lives", "30 lives were saved") are no deaths. Stateless.
 */
final class LivesAfterCount {
  /** How many describing words may stand between a count and its life noun. */
  private static final int LIFE_DESCRIBING = 2;

  private LivesAfterCount() {}

  /**
   * Gives count {@code s} the event of the verb that takes its lives, if one does.
   *
   * @param v the sentence
   * @param s a count, its noun found
   */
  static void apply(SentenceView v, CountSlot s) {
    TokenWords w = v.w;
    int noun = s.nounFrom >= 0 ? s.nounFrom : s.to;
    if (s.quantity == null || !s.numeral || noun >= v.to) {
      return;
    }
    int life = lifeNoun(v, noun);
    if (life < 0) {
      return;
    }
    int lifeEnd = life + v.match(v.lex.constructions, life).words();
    for (int k = s.from - 1; k >= Math.max(v.from, s.from - 3); k--) {
      Match<Construction> m = w.isWord(k) ? v.match(v.lex.constructions, k) : null;
      if (m != null && taker(m.value()) && k + m.words() == s.from) {
        livesOf(s, k, s.from, lifeEnd);
        return;
      }
    }
    int k = lifeEnd;
    GrammarForms g = v.lex.words;
    while (v.language == Language.EN && k < Math.min(v.to, lifeEnd + 2) && w.isWord(k)
        && (g.auxiliaries.has(w, k) || g.tenseAuxiliaries.has(w, k))) {
      k++;
    }
    Match<Construction> taker = k > lifeEnd && k < v.to && w.isWord(k)
        ? v.match(v.lex.constructions, k) : null;
    if (taker != null && taker(taker.value())) {
      livesOf(s, k, k + taker.words(), lifeEnd); // (issue 16) "at least 12 lives were lost"
    }
  }

  /** A verb that takes lives, or (English, issue 16) one that loses them: "lost 300 lives". */
  private static boolean taker(Construction c) {
    return c == Construction.LIFE_TAKER || c == Construction.PEOPLE_LOST;
  }

  private static void livesOf(CountSlot s, int cueFrom, int cueTo, int lifeEnd) {
    s.event = Event.KILLED;
    s.cueFrom = cueFrom;
    s.cueTo = cueTo;
    s.subject = Subject.PERSON;
    s.subjectKnown = true;
    s.nounTo = Math.max(s.nounTo, lifeEnd);
  }

  /**
   * The life noun at the count's noun {@code i}, or after up to {@link #LIFE_DESCRIBING} describing
   * words ("20 more Iraqi lives": no cue, event noun, subject, "of" or number between).
   *
   * @return its token, or -1
   */
  private static int lifeNoun(SentenceView v, int i) {
    TokenWords w = v.w;
    for (int j = i; j < Math.min(v.to, i + LIFE_DESCRIBING + 1) && w.isWord(j); j++) {
      Match<Construction> m = v.match(v.lex.constructions, j);
      if (m != null && m.value() == Construction.LIFE_NOUN) {
        return j;
      }
      if (v.cueAt(j) != null || v.nounAt(j) != null || v.subjectAt(j) != null
          || v.lex.words.of.has(w, j) || v.inQuantity(j) && j > i) {
        return -1;
      }
    }
    return -1;
  }
}
