package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (issue 16, ar28late) «من بينهم أربعة لاجئين قضوا جراء قصف المخيم»، «تعرض 12 لاجئا فلسطينيا
 * للقتل»: refugees (a counted noun of displacement, {@code events.DISPLACED.counted}) whose
 * casualty cue follows them, right after the count or after one describing word that is no
 * function word, are who was hit: the cue's event is theirs, as a casualty cue right before them
 * makes it ({@link EventCueReader#casualtyOfRefugees}). A cue of another event there («5000 لاجئ
 * يفرون») or a function word between («لاجئ يفرون من القتل») keeps them displaced.
 */
final class RefugeesHit {
  /** How many words may stand between the count and its cue (a nisba: «لاجئا فلسطينيا»). */
  static final int BETWEEN = 1;

  private RefugeesHit() {}

  /**
   * Gives refugees the casualty cue that follows them.
   *
   * @param v the sentence
   * @param s a count
   */
  static void apply(SentenceView v, CountSlot s) {
    if (!s.numeral || s.event != Event.DISPLACED || s.cueFrom != s.nounFrom || s.nounFrom < 0) {
      return;
    }
    for (int j = s.nounTo; j < Math.min(v.to, s.nounTo + BETWEEN + 1); j++) {
      if (!v.w.isWord(j) || v.inQuantity(j)) {
        return;
      }
      Match<Event> m = v.cueAt(j);
      if (m != null) {
        if (SentenceView.isCasualty(m.value())) {
          s.event = m.value();
          s.cueFrom = j;
          s.cueTo = j + m.words();
        }
        return;
      }
      if (v.match(v.lex.functionWords, j) != null) {
        return;
      }
    }
  }
}
