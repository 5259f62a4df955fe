package io.github.countercheck.claims;

/**
 * (issue 16) An arrest ordered is none made: «النائب العام يأمر بالقبض على 5 مؤسسين»، «أصدر
 * أوامره بالقبض على 5 أشخاص»، «أوامر اعتقال بحق 6 ناشطين»، «كلفت إدارة البحث الجنائي بضبط
 * المتهم». A word of an order (the lexicon's {@code constructions.ARREST_ORDER}: «يأمر، أوامر،
 * أمرا، كلفت») stands right before the count's arrest cue, or at most {@link #GAP} words before
 * it (the one ordered between) when the cue carries the order's «ب» («بالقبض»، «بضبط»); no mark
 * between. A detention ordered by the prosecution is the gold's arrest and stays one («أمرت
 * النيابة بحبس 24 متهما»: the cue is a {@code constructions.DETENTION} word); so does an arrest
 * made on orders («بناء على أوامر النيابة تم القبض على 5»: no «ب» on the cue). Called from
 * {@link NoCountReader#notCasualty}.
 */
final class ArrestOrdered {
  /** How many words may stand between the order and a cue in «ب» («كلفت إدارة البحث الجنائي بضبط»). */
  static final int GAP = 3;
  private static final char BEH = '\u0628';

  private ArrestOrdered() {}

  /**
   * @param v the sentence
   * @param s a count of arrests whose cue stands before it
   * @return whether an order of arrest governs the cue
   */
  static boolean ordered(SentenceView v, CountSlot s) {
    int cue = s.cueFrom;
    if (cue <= v.from || cue >= s.from || !v.w.isWord(cue) || v.is(cue, Construction.DETENTION)) {
      return false;
    }
    boolean withBeh = v.w.charAt(cue, 0) == BEH;
    for (int k = cue - 1; k >= Math.max(v.from, cue - 1 - GAP); k--) {
      if (!v.w.isWord(k)) {
        return false;
      }
      if (v.is(k, Construction.ARREST_ORDER)) {
        return withBeh || k == cue - 1;
      }
    }
    return false;
  }
}
