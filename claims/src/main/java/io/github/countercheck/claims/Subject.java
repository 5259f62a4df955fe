package io.github.countercheck.claims;

import org.jspecify.annotations.Nullable;

/**
 * What a claim counts. The names are the contract's, and so is the hierarchy: {@link #POLICE} and
 * {@link #SOLDIER} are kinds of {@link #SECURITY_FORCES}; {@link #CIVILIAN}, {@link #CHILD},
 * {@link #PROTESTER}, {@link #RIOTER}, {@link #MILITANT} and {@link #SECURITY_FORCES} are kinds of
 * {@link #PERSON}. {@link #PROTESTER}, {@link #RIOTER} and {@link #MILITANT} may name the same
 * people under different framing.
 */
public enum Subject {
  /** People, unspecified. */
  PERSON(null),
  /** Civilians. */
  CIVILIAN(PERSON),
  /** Children. */
  CHILD(PERSON),
  /** Protesters, demonstrators. */
  PROTESTER(PERSON),
  /** Rioters, looters. */
  RIOTER(PERSON),
  /** Gunmen, attackers, terrorists, armed groups. */
  MILITANT(PERSON),
  /** Security forces, unspecified. */
  SECURITY_FORCES(PERSON),
  /** Police. */
  POLICE(SECURITY_FORCES),
  /** Soldiers. */
  SOLDIER(SECURITY_FORCES),
  /** Aircraft. */
  AIRCRAFT(null),
  /** Vehicles. */
  VEHICLE(null),
  /** Anything else. */
  OTHER(null);

  private final @Nullable Subject parent;

  Subject(@Nullable Subject parent) {
    this.parent = parent;
  }

  /** @return the category this one is a kind of, or null for a top-level subject */
  public @Nullable Subject parent() {
    return parent;
  }

  /** @return the top of this subject's hierarchy ({@link #PERSON} for every kind of person) */
  public Subject root() {
    Subject s = this;
    while (s.parent != null) {
      s = s.parent;
    }
    return s;
  }

  /**
   * @param other another subject
   * @return whether this subject is {@code other} or a kind of it, directly or not
   */
  public boolean isKindOf(Subject other) {
    for (Subject s = this; s != null; s = s.parent) {
      if (s == other) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return whether this subject is one of the framings of the same crowd: protester, rioter or
   *     militant
   */
  public boolean isFraming() {
    return this == PROTESTER || this == RIOTER || this == MILITANT;
  }
}
