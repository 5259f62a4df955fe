package io.github.countercheck.spark;

import io.github.countercheck.claims.Claim;
import java.io.Serializable;
import java.util.Objects;

/**
 * A claim as a row of a Spark {@code Dataset}: its document id (a column to join and filter on)
 * and the claim in a compact binary form of this module's own ({@link #toClaim()} reads it
 * back, equal to the claim). Claims cross the stages of a job (extraction, summaries, grouping
 * by partition key) in this form, never as JSON. A JavaBean for Spark's bean encoder.
 */
public final class ClaimRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The claim's document id. */
  private String document;
  /** The claim in this module's binary form. */
  private byte[] claim;

  /** An empty record, for Spark's encoder. */
  public ClaimRecord() {}

  /**
   * The record of a claim.
   *
   * @param claim the claim
   * @return its record
   */
  public static ClaimRecord of(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    ClaimRecord r = new ClaimRecord();
    r.document = claim.document();
    r.claim = ClaimCodec.encode(claim);
    return r;
  }

  /**
   * @return the claim
   * @throws IllegalArgumentException if the bytes are not a claim of this module's codec
   */
  public Claim toClaim() {
    if (claim == null) {
      throw new IllegalArgumentException("a claim record of document '" + document
          + "' has no claim");
    }
    return ClaimCodec.decode(claim);
  }

  /** @return the claim's document id */
  public String getDocument() {
    return document;
  }

  /** @param document the claim's document id */
  public void setDocument(String document) {
    this.document = document;
  }

  /** @return the encoded claim (not a copy) */
  public byte[] getClaim() {
    return claim;
  }

  /** @param claim the encoded claim (kept, not copied) */
  public void setClaim(byte[] claim) {
    this.claim = claim;
  }
}
