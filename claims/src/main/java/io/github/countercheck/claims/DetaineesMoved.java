package io.github.countercheck.claims;

import io.github.countercheck.core.Language;

/**
 * (ar29dev9, issue 16) Detainees moved are no arrests: «تم نقل 39 من السجناء إلى سجون أخرى»،
 * «ستة معتقلين نقلوا من سجن غوانتانامو». A count of arrest whose event comes from its noun (no cue
 * of arrest before it) and that a verb of transfer ({@link Construction#HOSPITAL_TRANSFER}: «نقل،
 * تم نقل، نقلوا») governs, right before the count (as {@link Releases}) or right after its noun,
 * counts people moved between prisons, as the written decisions of devset5 and devset9 say;
 * people arrested and then moved («القبض على 55 ونقلهم إلى القسم») keep their arrest.
 */
final class DetaineesMoved {
  private DetaineesMoved() {}

  /**
   * @param v the sentence
   * @param s a count of arrest
   * @return whether the count is of detainees moved, not arrested
   */
  static boolean moved(SentenceView v, CountSlot s) {
    if (v.language != Language.AR
        || s.cueFrom >= v.from && s.cueFrom < s.from && v.cue(s.cueFrom) == Event.ARRESTED) {
      return false;
    }
    int after = s.end();
    return Releases.before(v, s.from, Construction.HOSPITAL_TRANSFER)
        || after < v.to && v.w.isWord(after) && v.is(after, Construction.HOSPITAL_TRANSFER);
  }
}
