package io.github.countercheck.claims;

/** What a claim counts happening to its subject. The names are the contract's. */
public enum Event {
  /** Killed, dead, died, death toll. */
  KILLED(true),
  /** Injured, wounded, hurt. */
  INJURED(true),
  /** Arrested, detained, held. */
  ARRESTED(true),
  /** Missing. */
  MISSING(false),
  /** Displaced, fled, homeless. */
  DISPLACED(true),
  /** Sent or deployed (troops, aircraft). */
  DEPLOYED(false),
  /** Took part: crowd sizes at protests and gatherings. */
  PARTICIPATED(false),
  /** A quantity that counts something but fits none of the above. */
  OTHER(false);

  private final boolean cumulative;

  Event(boolean cumulative) {
    this.cumulative = cumulative;
  }

  /**
   * @return whether counts of this event only grow over time, so that a later, larger figure is an
   *     update rather than a contradiction
   */
  public boolean isCumulative() {
    return cumulative;
  }
}
