package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (en25mine) English: "victims" names people harmed, dead or hurt; the lexicon counts them as the
 * dead ({@code events.KILLED.counted}) when nothing else is told of them ("the 58 victims of the
 * train burning"). When the clause tells they were hurt, the verb or phrase right after them wins:
 * an injury cue after the noun, with at most {@link #GAP} auxiliaries or plain words ("with",
 * "serious", "were") between and no mark or number ("12 victims were injured", "four victims were
 * admitted to hospital", "some 30 victims with serious injuries") makes the count INJURED. The noun
 * is the lexicon's {@code constructions.VICTIM_NOUN}. Read by {@link EventCueReader#livesTaken}
 * right after a count is resolved; stateless.
 */
final class HarmedVictims {
  /** How many words may stand between the noun and the injury cue after it. */
  static final int GAP = 3;

  private HarmedVictims() {}

  /**
   * Makes count {@code s} INJURED when its event came from a victim noun and an injury cue
   * follows that noun in its clause.
   *
   * @param v the sentence
   * @param s a count, resolved
   */
  static void apply(SentenceView v, CountSlot s) {
    if (s.event != Event.KILLED || s.nounFrom < 0 || s.cueFrom != s.nounFrom
        || s.nounTo <= 0 || s.nounTo > v.to || !victim(v, s.nounTo - 1)) {
      return;
    }
    TokenWords w = v.w;
    for (int k = s.nounTo; k < Math.min(v.to, s.nounTo + GAP + 1); k++) {
      if (!w.isWord(k) || v.inQuantity(k)) {
        return;
      }
      Match<Event> cue = v.cueAt(k);
      if (cue != null) {
        if (cue.value() == Event.INJURED) {
          s.event = Event.INJURED; // "12 victims were injured", "30 victims with serious injuries"
          s.cueFrom = k;
          s.cueTo = k + cue.words();
        }
        return;
      }
    }
  }

  /** Whether the word at {@code j} is a victim noun (the head of the count's noun). */
  private static boolean victim(SentenceView v, int j) {
    return j >= v.from && v.w.isWord(j) && v.is(j, Construction.VICTIM_NOUN);
  }
}
