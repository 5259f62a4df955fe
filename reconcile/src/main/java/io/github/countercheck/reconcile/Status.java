package io.github.countercheck.reconcile;

/** The state of a group of claims. The names are the contract's. */
public enum Status {
  /** Several voices and no conflict. */
  CONSISTENT,
  /** At least one pair of claims is in conflict. */
  DISPUTED,
  /** One voice only, and no conflict. */
  SINGLE_SOURCE
}
