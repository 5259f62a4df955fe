package io.github.countercheck.claims;

/**
 * What the sentence reader knows of each token, as the rule classes of issue 16 ask for it
 * ({@link TollReach}, {@link ClauseBounds}). Token indices are those of the sentence.
 */
interface ReaderTokens {
  /** Whether token {@code i} belongs to a quantity phrase. */
  boolean inQuantity(int i);

  /** Whether an event cue or an event noun starts at token {@code i}. */
  boolean eventAt(int i);

  /** The event of the cue that starts at token {@code i}, or null. */
  Event cue(int i);

  /**
   * Whether the cue at token {@code i} reads as a finite verb: no casualty noun (مقتل، إصابة), no
   * article, not after a preposition.
   */
  boolean verbal(int i);

  /** The token where the cue that ends at token {@code i} starts, or -1. */
  int cueEndingAt(int i);
}
