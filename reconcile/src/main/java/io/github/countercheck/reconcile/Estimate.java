package io.github.countercheck.reconcile;

import org.jspecify.annotations.Nullable;

/**
 * The best estimate of a group's count (rule 7): a conservative {@code low}, a {@code best}
 * figure and the highest credible {@code high}.
 *
 * @param low  the lowest credible count
 * @param best the voice-weighted median of the specific figures, or null when the group has only
 *     vague, ranged or open-ended figures (the library does not invent a midpoint)
 * @param high the highest credible count, or null when unbounded
 */
public record Estimate(long low, @Nullable Long best, @Nullable Long high) {

  /**
   * Validates the order {@code low <= best <= high}.
   *
   * @param low  the lowest credible count
   * @param best the voice-weighted median of the specific figures, or null when the group has only
   *     vague, ranged or open-ended figures (the library does not invent a midpoint)
   * @param high the highest credible count, or null when unbounded
   */
  public Estimate {
    if (low < 0) {
      throw new IllegalArgumentException("low " + low + " is negative");
    }
    if (best != null && best < low) {
      throw new IllegalArgumentException("best " + best + " is below low " + low);
    }
    if (high != null && (high < low || best != null && high < best)) {
      throw new IllegalArgumentException("high " + high + " is below low " + low + " or best " + best);
    }
  }
}
