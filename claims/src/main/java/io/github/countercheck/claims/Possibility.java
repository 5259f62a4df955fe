package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (issue 16) A casualty that is only possible, no report: «احتمال أن يصاب طفل آخر»، «فإن احتمال
 * أن تتكرر إصابة طفلين»، «فقد يصاب طفل آخر في الحمل القادم».
 * A word of possibility (the lexicon's {@code constructions.POSSIBILITY}: «احتمال أن، يحتمل أن، من
 * الممكن أن، يمكن أن، قد يصاب، قد يقتل، قد يؤدي») that ends right before the first word of the
 * claim (its cue or its count), or one word before it («أن تتكرر إصابة»: the verb it governs),
 * or that holds the claim's own cue («قد يصاب طفل»), with no mark between, makes the count OTHER: it counts no one that the
 * news says was hurt. Hedged reports of what happened («ربما الآلاف من المدنيين لجأوا»، «قد يصل
 * إجمالي القتلى إلى») are no possibility of this kind and keep their event. Called from {@link
 * NoCountReader#notCasualty}. (en28prec) English: a condition that is no report ("what if 10 were
 * killed", "even if one dies"; the bare "if" is a {@code SUBORDINATOR} and is not read here).
 */
final class Possibility {
  /** How many words may stand between the word of possibility and the claim. */
  private static final int GAP = 1;

  private Possibility() {}

  /**
   * @param v the sentence
   * @param s a resolved count with a casualty event
   * @return whether a word of possibility governs the claim of the count
   */
  static boolean possible(SentenceView v, CountSlot s) {
    int first = s.cueFrom >= 0 ? Math.min(s.from, s.cueFrom) : s.from;
    if (s.nounFrom >= 0) {
      first = Math.min(first, s.nounFrom);
    }
    TokenWords w = v.w;
    for (int k = first - 1; k >= Math.max(v.from, first - 1 - GAP - 3); k--) {
      if (!w.isWord(k)) {
        return false;
      }
      Match<Construction> m = v.match(v.lex.constructions, k);
      if (m != null && m.value() == Construction.POSSIBILITY) {
        return k + m.words() >= first - GAP; // «قد يصاب» may hold the claim's own cue
      }
    }
    return false;
  }
}
