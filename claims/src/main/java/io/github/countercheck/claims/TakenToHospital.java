package io.github.countercheck.claims;

/**
 * (issue 16) Who is taken to hospital is hurt: «تم نقل 38 إلى مستشفى التضامن», «ونقل 7 حالات
 * للمستشفى», «نقل العشرات إلى المستشفيات». A count right after a verb of transfer ({@link
 * Construction#HOSPITAL_TRANSFER}: نقل، تم نقل), whose only event is that verb's (a transfer of
 * troops, DEPLOYED), counts the injured when a hospital ({@link Construction#HOSPITAL}, with or
 * without «إلى» or «ل») follows its count or noun, at most one word later («منهم»); one person
 * named before the count may stand between the verb and «و» («نقل ضابط و4 جنود»). Bodies keep the
 * event of their noun («نقل 4 جثث إلى المستشفى» is KILLED), troops sent elsewhere stay DEPLOYED.
 */
final class TakenToHospital {
  private TakenToHospital() {}

  /** How many words may stand between the count (or its noun) and the hospital. */
  static final int REACH = 1;

  /**
   * @param v     the sentence
   * @param event the event the count has so far
   * @param s     the count
   * @return INJURED when the count is taken to hospital, else {@code event}
   */
  static Event event(SentenceView v, Event event, CountSlot s) {
    if (event != Event.DEPLOYED || s.cueFrom < 0 || s.cueTo != s.from && !afterOne(v, s)
        || !v.is(s.cueFrom, Construction.HOSPITAL_TRANSFER)) {
      return event;
    }
    int end = Math.min(v.to, Math.max(s.countTo, s.nounTo) + REACH + 1);
    for (int k = s.countTo; k < end && v.w.isWord(k); k++) { // «نقل 38 لمستشفى»: read as its noun
      if (v.is(k, Construction.HOSPITAL)) {
        return Event.INJURED;
      }
    }
    return event;
  }

  /**
   * (ar29cas) «نقل ضابط و4 جنود إلى مستشفى الشرطة»: one word (a person named by a singular noun,
   * no number, no event word) and «و» stand between the verb and the count, which is the second
   * of the people moved.
   */
  private static boolean afterOne(SentenceView v, CountSlot s) {
    int k = s.cueTo;
    if (k >= s.from || !v.w.isWord(k) || v.inQuantity(k) || v.eventAt(k)) {
      return false;
    }
    return k + 1 == s.from && Agreement.wawOnWord(v.w, s.from)
        || k + 2 == s.from && v.w.isWord(k + 1) && v.lex.words.and.has(v.w, k + 1);
  }
}
