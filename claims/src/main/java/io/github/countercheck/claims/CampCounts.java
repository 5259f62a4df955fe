package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (en28prec) English: people counted where they stay in camps are no displacement told ("none of
 * the nearly 100,000 refugees at the relief camps", "thousands of people are taking shelter at
 * several relief camps", "the number of refugees living in 98 relief camps was 97,517", "the camp
 * ... saw an increase of 1,500 victims"): the devsets' READMEs annotate riot victims counted in
 * relief camps as no claim. A count is such a count when its event is DISPLACED, or KILLED told by
 * its own noun "victims", and a camp noun (the lexicon's {@code constructions.CAMP_NOUN}) stands in
 * its sentence at most {@link #BACK} words before it or {@link #WINDOW} after it, with no verb of
 * flight in that stretch: a displacement cue that is no phrase of staying in shelter ({@code
 * constructions.SHELTER_STAY}: "taking shelter", "in relief camps") tells people fled ("forced
 * 5,000 people to flee to relief camps" is a displacement). Read by {@link
 * NoCountReader#notCasualty}; stateless.
 */
final class CampCounts {
  /** How many words a camp noun may stand before the count (a long subject: "the camp at X ..."). */
  static final int BACK = 24;
  /** How many words a camp noun may stand after the count. */
  static final int WINDOW = 16;

  private CampCounts() {}

  /**
   * @param v     the sentence (English)
   * @param s     a count
   * @param event the count's event
   * @return whether the count counts people staying in camps, no event
   */
  static boolean inCamps(SentenceView v, CountSlot s, Event event) {
    if (!(event == Event.DISPLACED || event == Event.KILLED && s.cueFrom >= 0
        && s.cueFrom == s.nounFrom && v.is(s.nounTo - 1, Construction.VICTIM_NOUN))) {
      return false;
    }
    boolean camp = false;
    for (int k = s.from - 1; k >= Math.max(v.from, s.from - BACK) && !v.isStop(k); k--) {
      if (flight(v, k)) {
        return false;
      }
      camp |= v.is(k, Construction.CAMP_NOUN);
    }
    int end = s.end();
    for (int k = end; k < Math.min(v.to, end + WINDOW) && !v.isStop(k); k++) {
      if (flight(v, k)) {
        return false;
      }
      camp |= v.is(k, Construction.CAMP_NOUN);
    }
    return camp;
  }

  /** Whether a phrase of staying in shelter starts at token {@code j}. */
  private static boolean stay(SentenceView v, int j) {
    return j >= v.from && j < v.to && v.w.isWord(j) && v.is(j, Construction.SHELTER_STAY);
  }

  /** Whether a displacement cue that is no phrase of staying starts at token {@code j}: flight. */
  private static boolean flight(SentenceView v, int j) {
    Match<Event> cue = v.cueAt(j);
    return cue != null && cue.value() == Event.DISPLACED && !stay(v, j);
  }
}
