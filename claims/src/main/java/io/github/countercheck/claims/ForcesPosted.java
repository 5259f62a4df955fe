package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * (ar28deploy, issue 16) Forces, vehicles and aircraft that news reports sent, moved, mobilised,
 * arriving or posted with a verb that is no cue of sending: «استنفار مليون جندي على الحدود»،
 * «أمرا بتحريك ست كتائب عسكرية إلى الجبهات»، «حضرت 10 عربات أمن مركزي»، «تتواجد حاليا 10 سيارات
 * أمام المبنى»، «تمركزت حوله أكثر من 20 مدرعة». The verbs are the {@link
 * Construction#DISPATCH_VERB}s that {@link ResponseCounts} reads for teams and ambulances; for any
 * count of forces, vehicles or aircraft (its subject known) with no event of its own, such a verb
 * at most {@link #BEFORE} words before the count, with no cue, event noun or place preposition
 * between («انتقل إلى مكان تصادم 3 سيارات»: the cars are the accident's), or at most {@link
 * #AFTER} words after its noun, in its clause, makes it DEPLOYED. Called from {@link
 * SentenceReader} (its {@code eventOf}, a line marked {@code hook (issue 16)}).
 */
final class ForcesPosted {
  /** How many words may stand between the verb and the count after it («تتواجد حاليا 10 سيارات»). */
  static final int BEFORE = 2;
  /** How many words after the count's noun the verb may stand («20 مدرعة تابعة للجيش تتمركز»). */
  static final int AFTER = 3;

  private ForcesPosted() {}

  /**
   * @param v     the sentence
   * @param s     the count
   * @param event its event so far (null for none)
   * @return DEPLOYED when a verb of posting governs a count of forces, vehicles or aircraft with
   *     no event (or OTHER); else {@code event}
   */
  static Event event(SentenceView v, CountSlot s, Event event) {
    if (v.language != Language.AR || !s.numeral || event != null && event != Event.OTHER
        || !s.subjectKnown || s.subject == null || !(s.subject == Subject.VEHICLE
        || s.subject == Subject.AIRCRAFT || s.subject.isKindOf(Subject.SECURITY_FORCES))) {
      return event;
    }
    return verbBefore(v, s) || verbAfter(v, s) ? Event.DEPLOYED : event;
  }

  private static boolean verbBefore(SentenceView v, CountSlot s) {
    for (int j = s.from - 1, n = 0; j >= v.from && n <= BEFORE; j--, n++) {
      if (!v.w.isWord(j) || v.inQuantity(j)) {
        return false;
      }
      if (v.is(j, Construction.DISPATCH_VERB)) {
        return true;
      }
      if (v.cueAt(j) != null || v.nounAt(j) != null || v.match(v.lex.placePrepositions, j) != null) {
        return false; // «إلى مكان تصادم 3 سيارات»
      }
    }
    return false;
  }

  private static boolean verbAfter(SentenceView v, CountSlot s) {
    int after = s.end();
    for (int j = after; j < Math.min(v.to, after + AFTER); j++) {
      if (!v.w.isWord(j) || v.inQuantity(j) || v.cueAt(j) != null) {
        return false;
      }
      Match<Construction> m = v.match(v.lex.constructions, j);
      if (m != null && m.value() == Construction.DISPATCH_VERB) {
        return true;
      }
    }
    return false;
  }
}
