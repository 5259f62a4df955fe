package io.github.countercheck.claims.numbers;

/**
 * (issue 16) Whether a range opener ends a count that moved: a word of change right before it
 * ("had risen from 58 to 62", «ارتفعت من 58 إلى 62»), or, in Arabic, a word of change, the head of
 * a toll and a few words of it before the opener («ارتفع عدد القتلى من 58 إلى 62»، «ليرتفع عدد
 * الضحايا من ... إلى»). The two ends are then a count before and after it moved, and the quantity
 * is the later one; in English (an opener in Latin letters) each end is a count of its own, as
 * devset8 annotates a toll update (en28mine). (en30total) A toll noun right before the opener
 * says so with no word of change ("the death toll from 544 to 607", "revised the toll from 30 to
 * 34"). Data: {@code changeBefore}, {@code changedHeads} and {@code movedHeads} of
 * quantity-bounds.json.
 */
final class MovedCount {
  /** The most words of a toll between the word of change and the opener (its head included). */
  private static final int MAX_NOUN_WORDS = 4;

  private MovedCount() {}

  /** Whether the opener at token {@code k} follows a word of change, directly or over a toll. */
  static boolean before(BoundWords bounds, TokenView tk, int k) {
    if (bounds.changeBefore.has(tk, k - 1) || bounds.movedHeads.has(tk, k - 1)) {
      return true; // (en30total) "the spurt in the death toll from 544 to 607": a toll's own move
    }
    // a toll noun phrase of words only: its head right after the word of change
    for (int j = k - 1; j >= 1 && j >= k - MAX_NOUN_WORDS; j--) {
      if (!tk.isWord(j)) {
        return false;
      }
      if (bounds.changedHeads.has(tk, j) && bounds.changeBefore.has(tk, j - 1)) {
        return true;
      }
    }
    return false;
  }
}
