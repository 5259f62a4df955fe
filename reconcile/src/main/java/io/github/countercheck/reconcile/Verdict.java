package io.github.countercheck.reconcile;

/** The judgement on a pair of claims in a group. The names are the contract's. */
public enum Verdict {
  /** The intervals overlap and neither is much wider. */
  AGREE,
  /** One interval contains the other and is much wider: «العشرات» against 26. */
  VAGUER,
  /**
   * The intervals are disjoint at comparable times; also a downward revision of a cumulative count
   * and a sub-category's count above its parent's at comparable times.
   */
  CONFLICT,
  /** A later report moves a cumulative count past an earlier one. */
  UPDATE,
  /** A sub-category's count that stays within its parent's: 12 police within dozens of security forces. */
  SUBSET
}
