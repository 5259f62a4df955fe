package io.github.countercheck.claims;

import io.github.countercheck.core.Language;

/**
 * (ar28deploy, issue 16) Vehicles named by what they carry are not sent by it: a verb of transfer
 * ({@link Construction#HOSPITAL_TRANSFER}, «نقل») after a count of vehicles or aircraft, as its
 * purpose («لنقل»، «في نقل»), says what the vehicles are for, not that they went anywhere
 * («أربع حافلات كانت استخدمت في نقل أعضاء»، a headline fragment «و5 سيارات إسعاف لنقل المصابين»).
 * Such a count loses the deployment that cue gave it; a verb of sending near it still makes it
 * DEPLOYED ({@link ResponseCounts#dispatched}: «وانتقلت 8 سيارات إسعاف لنقل الجثة»، «تخصيص 9
 * سيارات إسعاف لنقل الجثث»), and ambulances at work carrying («قامت عشر سيارات إسعاف بنقل
 * الجثث») keep it. Called from {@link SentenceReader} (its {@code eventOf}).
 */
final class Carriers {
  private Carriers() {}

  /**
   * @param v     the sentence
   * @param s     the count
   * @param event its event so far
   * @return OTHER when the count's deployment comes only from a transfer it is for; else {@code
   *     event}
   */
  static Event purpose(SentenceView v, CountSlot s, Event event) {
    if (v.language != Language.AR || event != Event.DEPLOYED || s.cueFrom < s.end()
        || s.subject != Subject.VEHICLE && s.subject != Subject.AIRCRAFT
        || !v.is(s.cueFrom, Construction.HOSPITAL_TRANSFER)) {
      return event;
    }
    boolean forIt = v.w.charAt(s.cueFrom, 0) == '\u0644' // «لنقل»
        || s.cueFrom > v.from && v.w.isWord(s.cueFrom - 1)
        && v.match(v.lex.placePrepositions, s.cueFrom - 1) != null; // «في نقل»
    return forIt ? Event.OTHER : event;
  }
}
