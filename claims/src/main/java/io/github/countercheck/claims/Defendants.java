package io.github.countercheck.claims;

/**
 * (issue 16) The people a trial or an accusation counts are no casualties of a cue before it:
 * «مقتل هذا الشاب واستمرت في محاكمة 25 من الأهالي»، «وفاة زكريا، إلى جانب براءة ثلاثة أفراد
 * شرطة»، «قضية قتل متظاهري السويس، المتهم فيها 14 ضابطا»، «أصيب بطلق ناري باتهام 3 من عناصر».
 * When the cue of a count stands before it and a word of accusation or trial (the lexicon's
 * {@code constructions.ACCUSATION} and {@code constructions.TRIAL}: «متهم، بتهمة، باتهام، قضية؛
 * محاكمة، براءة، تبرئة، إحالة») stands between them, the cue tells what happened to someone else:
 * the count is OTHER. Not when that word is the count's own noun («القبض على المتهمين السبعة»
 * keeps its arrest), the noun of another count («القبض على 8 متهمين و12 آخرين»), or the cue's
 * own object that the count is joined to by «و» («القبض على المتهم و3 آخرين»), nor when a toll
 * noun that points back stands there («استمرار حبس المتهمين البالغ عددهم 68» counts the
 * defendants held). So does another act done to people or by them (the lexicon's {@code
 * constructions.OTHER_ACT} and {@code ABDUCTION}: «خطف، بيع، تهريب، تجنيد، قيام، استجواب، التحقيق مع، الاستماع»: «إلقاء
 * القبض على زوجته المسؤولة عن خطف وبيع الآلاف من الفتيات»، «أهالي المصابين الذين أكدوا قيام
 * العشرات بالهجوم»), unless it is joined to the cue right after it («اعتقال واستجواب المتهمين
 * الخمسة»). So do the people a craft carried («وعلى متنه»، «كانت تقل»: «غرق المركب وعلى متنه
 * عشرات الركاب»، «انفجار منطاد كان يقل 20 سائحا»): they were aboard, not all of them the toll.
 * The word starts at most two words before the count. Called from {@link
 * NoCountReader#notCasualty}.
 */
final class Defendants {
  /**
   * How many words before the count the word of trial or act may start: it governs the count
   * («محاكمة 25»، «المتهم فيها 14»، «التحقيق مع 12»), not a clause the count only follows («أصيب
   * خلال قيام الشرطة بفض الاعتصام 20 شخصا» keeps its injured).
   */
  private static final int REACH = 2;

  private Defendants() {}

  /**
   * @param v the sentence
   * @param s a resolved count with a casualty event
   * @return whether a word of accusation or trial stands between the count's cue and the count
   */
  static boolean acrossTrial(SentenceView v, CountSlot s) {
    if (s.cueFrom < 0 || s.cueTo > s.from) {
      return false;
    }
    boolean across = false;
    for (int j = Math.max(s.cueTo, s.from - REACH); j < s.from; j++) {
      Construction c = v.w.isWord(j) ? v.construction(j) : null;
      if (c == null) {
        continue;
      }
      if (c == Construction.TOLL_OF_THEM) {
        return false; // «حبس المتهمين البالغ عددهم 68»: the count is of the defendants held
      }
      boolean act = c == Construction.TRIAL || c == Construction.OTHER_ACT
          || c == Construction.ABDUCTION;
      if (act && j == s.cueTo && v.startsClause(j)) {
        continue; // «اعتقال واستجواب المتهمين الخمسة»: both acts befell the count
      }
      if (!act && j == s.cueTo && v.startsClause(s.from)) {
        continue; // «وأصيب المتهم و3 من رجال الشرطة»: the accused, the cue's object, and the count
      }
      across |= (act || c == Construction.ACCUSATION) && !(j >= s.nounFrom && j < s.nounTo)
          && !v.inQuantity(j - 1);
    }
    return across;
  }
}
