package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.PlaceAliases.Place;

/**
 * A claim with what one reconciliation run knows of it: its canonical rank, its document's date
 * and time, its place, voice, outlet and story. The vocabulary the grouping, the verdicts and the
 * estimate share.
 */
final class Item {

  /** {@link #day} of a claim whose document is undated. */
  static final int NO_DATE = Integer.MIN_VALUE;
  /** {@link #second} of a claim whose document gives no time of day. */
  static final long NO_TIME = Long.MIN_VALUE;

  final Claim claim;
  final int order;
  final int day;
  /**
   * The publication instant in epoch seconds when the document gives a time of day, else
   * {@link #NO_TIME} (a date alone is a whole day, not its midnight).
   */
  final long second;
  /** The document's publication time as given, or null when undated. */
  final PublicationTime time;
  /** The rank of the claim's document among the run's documents: equal ranks, one document. */
  final int doc;
  final Place place;
  /** The run's id of the claim's voice (rule 6): equal ids, the same voice. */
  final int voice;
  /** The run's id of the outlet (publisher, or document id when the publisher is unknown). */
  final int outlet;
  /** The rank of the claim's story among the run's stories (0 when there are none). */
  final int story;
  private final Subject subject;
  private final Quantity quantity;

  Item(Claim claim, int order, PublicationTime time, int doc, Place place, int voice,
      int outlet, int story) {
    this.claim = claim;
    this.story = story;
    this.order = order;
    this.time = time;
    this.day = time == null ? NO_DATE : (int) time.date().toEpochDay();
    this.second = time == null || !time.hasTime() ? NO_TIME : time.startEpochSecond();
    this.doc = doc;
    this.place = place;
    this.voice = voice;
    this.outlet = outlet;
    this.subject = claim.subject();
    this.quantity = claim.quantity();
  }

  Quantity q() {
    return quantity;
  }

  Subject subject() {
    return subject;
  }

  /** @return whether the document gives a time of day, not only a date */
  boolean timed() {
    return second != NO_TIME;
  }
}
