package io.github.countercheck.claims;

import io.github.countercheck.core.Language;

/**
 * (en20strong) "two persons were stabbed, one of whom later succumbed to injuries", "five were
 * hurt, two of them died": a part of the injured with a death verb of its own after "of whom" /
 * "of them" (the lexicon's {@code partitive}) counts the dead, not the injured. The death cue
 * must follow the partitive within {@link #WINDOW} words ("later", "subsequently", "in hospital"
 * may stand between), with no punctuation between. Other parts keep the whole's event ("ten were
 * hurt, two of them seriously").
 */
final class DiedOfInjuries {
  /** How many words after the partitive the death cue may start. */
  static final int WINDOW = 2;

  private DiedOfInjuries() {}

  /**
   * Gives the count the death cue after its partitive, when the count before it is of the injured.
   *
   * @param v        the sentence
   * @param s        a count
   * @param previous the count before it, or null
   */
  static void read(SentenceView v, CountSlot s, CountSlot previous) {
    if (v.language != Language.EN || previous == null || previous.event != Event.INJURED
        || s.event != Event.INJURED || s.to >= v.to || !v.w.isWord(s.to)) {
      return;
    }
    var of = v.match(v.lex.partitive, s.to);
    if (of == null) {
      return;
    }
    int start = s.to + of.words();
    for (int j = start; j < Math.min(v.to, start + WINDOW + 1) && v.w.isWord(j); j++) {
      var cue = v.cueAt(j);
      if (cue != null) {
        if (cue.value() == Event.KILLED) {
          s.event = Event.KILLED;
          s.cueFrom = j;
          s.cueTo = Math.min(v.to, j + cue.words());
        }
        return;
      }
    }
  }

  /**
   * @param v        the sentence
   * @param s        a part
   * @param previous its whole
   * @return whether the part keeps a death cue of its own after it over its whole's injury
   */
  static boolean kept(SentenceView v, CountSlot s, CountSlot previous) {
    return v.language == Language.EN && previous.event == Event.INJURED && s.event == Event.KILLED
        && s.cueFrom >= s.to;
  }
}
