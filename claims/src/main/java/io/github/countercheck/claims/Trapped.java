package io.github.countercheck.claims;

/**
 * (issue 16) A cue in another sense, told by the words right after it. People held by a well, a
 * mine or a fire, or held hostage by gunmen, are no arrests ({@link #trapped}):
 * «احتجاز شخصين بداخل بئر»، «العثور على العمال الخمسة الآخرين المحتجزين في المنجم»، «إخلاء
 * المحتجزين ونتج عن الحريق 7 حالات اختناق»، «وسقط خمسة ... قتلى في عملية احتجاز الرهائن». When the
 * cue of an arrest count is a word of holding (the lexicon's {@code constructions.HOLDING}:
 * «احتجاز، محتجزين، احتجزت») and a trapping place or the hostages ({@code constructions.TRAP_PLACE}:
 * «بئر، منجم، مصعد، أنقاض، سيول، حريق، رهائن») stand at most {@link #REACH} words after that word,
 * the count is OTHER. The police holding people stay arrests («قررت النيابة احتجاز 13 آخرين»), and
 * so do the other arrest cues near such a place («القبض على 5 متهمين في حريق»: the charge, not the
 * place that held them). A loss of consciousness, a job or a nationality is no one missing
 * ({@link #lostThing}). Called from {@link NoCountReader#notCasualty}.
 */
final class Trapped {
  /** How many words after the word of holding the place may stand («محتجزين ونتج عن الحريق»). */
  static final int REACH = 4;

  private Trapped() {}

  /**
   * @param v the sentence
   * @param s a count whose event is an arrest
   * @return whether its cue is a word of holding that a trapping place or the hostages follow
   */
  static boolean trapped(SentenceView v, CountSlot s) {
    int cue = s.cueFrom >= v.from ? s.cueFrom : s.nounFrom;
    if (cue < v.from || !v.w.isWord(cue) || !v.is(cue, Construction.HOLDING)) {
      return false;
    }
    int end = Math.min(v.to, cue + 1 + REACH);
    for (int k = cue + 1; k < end; k++) {
      if (v.w.isWord(k) && v.is(k, Construction.TRAP_PLACE)) {
        return true;
      }
    }
    return false;
  }

  /** How many words after the verb of losing the thing lost may stand («فقدان اللاعب البالغ عمره 28 عاما وعيه»). */
  static final int LOSS_REACH = 6;

  /**
   * (issue 16) A loss that is no one missing: «فقدان اللاعب البالغ عمره 28 عاما وعيه»، «أكثر من 350
   * من الصحافيين فقدوا أعمالهم»، «ثلاث منها بسبب فقدان الجنسية». The cue of a missing count is a
   * verb of losing (the lexicon's {@code constructions.LIFE_TAKER}, {@code PEOPLE_LOST} or {@code
   * LOSS}: «فقد، فقدان، فقدوا») and a thing lost that is no person ({@code constructions.LOST_THING}:
   * «وعيه، السيطرة، الأمل، الجنسية، وظائفهم») stands at most {@link #LOSS_REACH} words after it
   * with no mark between: the count is OTHER. «فقد أثر»، «فقدان الاتصال» (lost trace, lost
   * contact) stay cues of the missing.
   *
   * @param v the sentence
   * @param s a count whose event is missing
   * @return whether its cue loses a thing that is no person
   */
  static boolean lostThing(SentenceView v, CountSlot s) {
    int cue = s.cueFrom;
    if (cue < v.from || !v.w.isWord(cue)) {
      return false;
    }
    Construction c = v.construction(cue);
    if (c != Construction.LOSS && c != Construction.LIFE_TAKER && c != Construction.PEOPLE_LOST) {
      return false;
    }
    int end = Math.min(v.to, cue + 1 + LOSS_REACH);
    for (int k = cue + 1; k < end && !v.w.isPunctuation(k); k++) {
      if (v.w.isWord(k) && v.is(k, Construction.LOST_THING)) {
        return true;
      }
    }
    return false;
  }

  /** How many words may stand between the hearing and the count («استمعت النيابة الى أقوال 6»). */
  static final int HEARING_GAP = 4;

  /**
   * (issue 16) The dead do not testify: «النيابة تنتهى من سماع 6 من ضحايا الاشتباكات»، «وأستمعت
   * النيابة الى أقوال 6 ضحايا»، «استمعوا حتى الآن إلى 5 من ذوى أسر المتظاهرين الذين قتلوا». A
   * killed count whose cue stands at or after it (its own noun «ضحايا», a partitive «من ضحايا», a
   * verb after) right after a hearing (the lexicon's {@code constructions.HEARING} «استمعت،
   * استمعوا، تستمع، تنتهي من سماع»), at most {@link #HEARING_GAP} words between and no mark,
   * counts the people heard, alive: OTHER. A cue before the count keeps it («استمعت النيابة لشهود
   * مقتل 5»); the acts of {@code OTHER_ACT} are not read here («أثناء قيام شقيقه بمحاولة انقاذه لقى
   * حتفه» is one dead).
   *
   * @param v the sentence
   * @param s a count whose event is killed
   * @return whether the people counted are heard
   */
  static boolean heard(SentenceView v, CountSlot s) {
    if (s.cueFrom >= v.from && s.cueFrom < s.from) {
      return false;
    }
    for (int k = s.from - 1; k >= Math.max(v.from, s.from - 1 - HEARING_GAP); k--) {
      if (v.w.isPunctuation(k)) {
        return false;
      }
      Construction c = v.w.isWord(k) ? v.construction(k) : null;
      if (c == Construction.HEARING) {
        return true;
      }
    }
    return false;
  }
}
