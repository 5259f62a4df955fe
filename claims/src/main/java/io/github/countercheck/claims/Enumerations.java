package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * Lists of singulars after a count, read by {@link ImplicitCountReader} and {@link
 * CoordinatedSingles}: an enumeration («هم») names the members of the count before, which are no
 * counts of their own («أربعة مهندسين، هم مصري وسوداني»), and a conjunction of several words
 * («بالإضافة إلى، فضلا عن») joins a singular to the count before as «و» does («16 سعوديا بالإضافة
 * إلى شخص إيراني»).
 */
final class Enumerations {
  /** How far back an enumeration («هم») may open the list a coordinated noun continues. */
  static final int ENUMERATION_REACH = 8;

  private Enumerations() {}

  /** Whether an enumeration («هم») opens the list that token {@code i} continues. */
  static boolean enumerated(SentenceView v, int i) {
    for (int k = i - 1; k >= Math.max(v.from, i - ENUMERATION_REACH); k--) {
      if (v.w.isWord(k) && v.is(k, Construction.ENUMERATION)) {
        return true;
      }
      if (!v.w.isWord(k) && !v.isComma(k) || v.inQuantity(k) || v.cueAt(k) != null) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where a conjunction of two or more words («بالإضافة إلى، فضلا عن») that ends right before
   * token {@code i} starts, or -1.
   */
  static int conjunctionPhraseEndingAt(SentenceView v, int i) {
    for (int k = i - 2; k >= Math.max(v.from, i - 3); k--) {
      Match<Boolean> m = v.w.isWord(k) ? v.match(v.lex.conjunctions, k) : null;
      if (m != null && m.words() >= 2 && k + m.words() == i) {
        return k;
      }
    }
    return -1;
  }
}
