package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (issue 16, ar29cas) Arabic tolls of the dead and the injured counted together: «ووصل عدد القتلى
 * والجرحى حتى الآن إلى أكثر من 25 عنصرا»، «بلغت حصيلة القتلى والمصابين 40 شخصا»، «ومن بين القتلى
 * والمصابين عشرات الآلاف». The count's cue, before the count, is a definite casualty noun joined by
 * «و» to a definite casualty noun of another event, right after it or right before it, and the
 * count's own noun names no event: one total of both, no claim of either (as «مصرع وإصابة 9»;
 * {@link MixedCasualties#joinedNouns} reads the same pair after a count: «عشرات القتلى والجرحى»).
 * A toll that gives each its own number («عدد القتلى 6 والجرحى 519») has a number between. And
 * one word, the verb of the count, may stand before the split «ما بين قتيل وجريح» that {@link
 * MixedCasualties#mixed} reads right after a count: «21 شخصا سقطوا ما بين قتيل وجريح».
 */
final class MixedTolls {
  private MixedTolls() {}

  /**
   * @param v the sentence
   * @param s a count with a casualty event
   * @return whether its cue is one of a pair of definite casualty nouns of different events
   */
  static boolean pairedNouns(SentenceView v, CountSlot s) {
    if (s.cueFrom < 0 || s.cueTo <= s.cueFrom || s.cueTo > s.from
        || s.nounFrom >= 0 && v.nounAt(s.nounFrom) != null) {
      return false;
    }
    Match<Event> cue = event(v, s.cueFrom);
    if (cue == null || !SentenceView.isCasualty(cue.value()) || !v.hasArticle(s.cueTo - 1)) {
      return false;
    }
    int after = s.cueTo;
    if (after + 1 < v.to && v.w.isWord(after) && v.lex.words.and.has(v.w, after)) {
      after++; // «و» as a word of its own
    }
    if (after < s.from && v.startsClause(after) && v.hasArticle(after)
        && other(event(v, after), cue.value())) {
      return true; // «عدد القتلى والجرحى ... إلى 25»
    }
    int before = s.cueFrom - 1;
    if (before < v.from || !v.startsClause(s.cueFrom) || !v.hasArticle(s.cueFrom)
        || !v.w.isWord(before) || !v.hasArticle(before)) {
      return false;
    }
    int start = v.nounStartEndingAt(before) >= 0 ? v.nounStartEndingAt(before)
        : v.cueStartEndingAt(before);
    return start >= 0 && other(event(v, start), cue.value()); // «حصيلة القتلى والمصابين 40»
  }

  /**
   * @param v the sentence
   * @param s a count with a casualty event
   * @return whether one word, not of a number, and then «بين» or «ما بين» and two event nouns of
   *     different events follow the count and its noun
   */
  static boolean splitAfterVerb(SentenceView v, CountSlot s) {
    int end = s.end();
    return end + 1 < v.to && v.w.isWord(end) && !v.inQuantity(end)
        && MixedCasualties.mixed(v, end + 1);
  }

  /** The event noun, else the event cue, that starts at token {@code j}, or null. */
  private static Match<Event> event(SentenceView v, int j) {
    if (j < v.from || j >= v.to || !v.w.isWord(j)) {
      return null;
    }
    Match<Event> m = v.nounAt(j);
    return m != null ? m : v.cueAt(j);
  }

  private static boolean other(Match<Event> m, Event event) {
    return MixedCasualties.otherCasualty(m, event) && m.value() != Event.ARRESTED
        && event != Event.ARRESTED;
  }
}
