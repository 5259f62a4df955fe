package io.github.countercheck.reconcile;

import java.util.Objects;

/**
 * The verdict on two claims of a group, by their indices in {@link ClaimGroup#claims()}.
 * {@code a} is always the smaller index; the direction of a directed verdict ({@code UPDATE},
 * {@code SUBSET}, {@code VAGUER}) is spelled out in the reason.
 *
 * @param a       the index of the first claim
 * @param b       the index of the second claim, greater than {@code a}
 * @param verdict the verdict
 * @param reason  plain words naming the rule that fired and the figures
 */
public record Relation(int a, int b, Verdict verdict, String reason) {

  /**
   * Validates the indices and the reason.
   *
   * @param a       the index of the first claim
   * @param b       the index of the second claim, greater than {@code a}
   * @param verdict the verdict
   * @param reason  plain words naming the rule that fired and the figures
   */
  public Relation {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
    if (a < 0 || b <= a) {
      throw new IllegalArgumentException("relation indices must satisfy 0 <= a < b: a=" + a + ", b=" + b);
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason is blank");
    }
  }
}
