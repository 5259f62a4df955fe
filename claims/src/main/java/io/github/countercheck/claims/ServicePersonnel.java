package io.github.countercheck.claims;

import io.github.countercheck.core.Language;

/**
 * (ar28deploy, issue 16) The people of an emergency service counted at work on a disaster are
 * deployed, whatever their verb («يتصدى لها نحو تسعة آلاف من أفراد الإطفاء»، «بدأ آلاف من عمال
 * الطوارئ في إزالة آثار الدمار»، «وشارك في مهمة الإنقاذ أكثر من 220 فردا من أفراد الإغاثة»; the
 * devsets' READMEs: emergency workers sent to a disaster are DEPLOYED, of PERSON or OTHER). A
 * count of people with no casualty, arrest or crowd of its own whose noun (or «من» and a noun of
 * members) is followed by a service ({@link Construction#CARE_WORD}, {@link Construction#RESCUE})
 * within {@link #REACH} words is DEPLOYED (not cases: «103 حالات طبية إسعافية» are patients); the injured of a service keep their event («ومن بين
 * المصابين 11 رجل إطفاء»). Called from {@link SentenceReader} (its {@code eventOf}); the agreement
 * that lets only forces be deployed does not apply to it.
 */
final class ServicePersonnel {
  /** How many words after the count's noun its service may be named («من أفراد الإطفاء»). */
  static final int REACH = 3;

  private ServicePersonnel() {}

  /**
   * @param v     the sentence
   * @param s     the count
   * @param event its event so far (null for none)
   * @return whether the count is of an emergency service's people at work
   */
  static boolean atWork(SentenceView v, CountSlot s, Event event) {
    if (v.language != Language.AR || event != null && event != Event.OTHER && event != Event.PARTICIPATED
        || !s.numeral || s.nounFrom < 0 || v.lex.words.caseNouns.has(v.w, s.nounFrom) // «103 حالات طبية»
        || s.subject != null && s.subject != Subject.PERSON
        && !s.subject.isKindOf(Subject.SECURITY_FORCES)) { // not protesters, not militants
      return false;
    }
    int after = s.end();
    for (int j = after; j < Math.min(v.to, after + REACH); j++) {
      if (!v.w.isWord(j) || v.inQuantity(j)) {
        return false;
      }
      if (v.w.keys(j) == 0) {
        continue; // a word no lexicon knows: no cue, place or service
      }
      if (v.cueAt(j) != null || v.match(v.lex.placePrepositions, j) != null) {
        return false; // «ثمانية أشخاص في مركز صحي»: a place, not their service
      }
      Construction c = v.construction(j);
      if (c == Construction.CARE_WORD || c == Construction.RESCUE) {
        return true;
      }
    }
    return false;
  }
}
