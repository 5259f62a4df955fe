package io.github.countercheck.claims;

/**
 * (en25fields) English wire copy runs a headline into its lead with no mark between: "Iraqi
 * Troops Raid Baghdad Mosque, 17 Detained Hundreds of Iraqi troops backed by U.S. forces stormed
 * ...", "Japan quake kills 18 Dozens of aftershocks have shaken ...". A numeral written with a
 * capital in the middle of the text, right after a word or a number, whose words after it are in
 * sentence case (a word of four letters or more in lower case among the next three, before any
 * capitalized one; the small words a headline leaves in lower case are passed) opens the lead: a cue before it is the headline's, not
 * the count's, which takes the cue after it ("Seven Islamic militants were charged", "At least
 * 39 people were killed"). A count inside a headline keeps its cue: the words after it are
 * capitalized ("Kills Two U.S. Soldiers", "Detain Seven People on Terror Links").
 *
 * <p>(en26dev8) The lead also opens at a count whose first word (the count's or its bound's) is
 * capitalized right after a number or a word in lower case that is no function word, whatever
 * follows ("train mishap kills 13 At least 13 people", "Mass rallies for Beslan victims Tens of
 * thousands gather"); a headline in title case leaves its function words in lower case ("Bodies
 * of Two Westerners Found"): no lead there. Read by {@link CueBeforeCount}, the search of {@link
 * EventCueReader} before a count. Stateless.
 */
final class BodyStartCount {
  /** The words after the count that are read for sentence case. */
  private static final int WORDS_AFTER = 3;
  /** The least length of a word in lower case that a headline would have capitalized. */
  private static final int CONTENT_LENGTH = 4;

  private BodyStartCount() {}

  /**
   * @param v the sentence
   * @param s an English count
   * @param first the first token of the count with its bound
   * @return whether the count opens the lead after a headline, as above
   */
  static boolean opensLead(SentenceView v, CountSlot s, int first) {
    return s.numeral && (sentenceCaseAfter(v, s) || afterHeadlineWord(v, first));
  }

  /** Whether the capitalized count is followed by words in sentence case. */
  private static boolean sentenceCaseAfter(SentenceView v, CountSlot s) {
    TokenWords w = v.w;
    int t = s.from;
    if (t <= v.from || !w.isWord(t) || w.isPunctuation(t - 1)
        || !Character.isUpperCase(v.original.charAt(w.spanStart(t)))) {
      return false;
    }
    int seen = 0;
    for (int k = s.end(); k < v.to && seen < WORDS_AFTER; k++) {
      if (!w.isWord(k)) {
        return false;
      }
      seen++;
      char c = v.original.charAt(w.spanStart(k));
      if (Character.isUpperCase(c)) {
        return false; // "Kills Two U.S. Soldiers Two American soldiers": the headline goes on
      }
      if (w.length(k) >= CONTENT_LENGTH && Character.isLowerCase(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code j}, a capitalized word, comes right after a number or a word in lower
   * case that is no function word.
   */
  private static boolean afterHeadlineWord(SentenceView v, int j) {
    TokenWords w = v.w;
    if (j <= v.from || j >= v.to || !w.isWord(j) || w.isPunctuation(j - 1)) {
      return false;
    }
    char c = v.original.charAt(w.spanStart(j));
    char p = v.original.charAt(w.spanStart(j - 1));
    return Character.isUpperCase(c) && (Character.isDigit(p)
        || Character.isLowerCase(p) && v.match(v.lex.functionWords, j - 1) == null);
  }
}
