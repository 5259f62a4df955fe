package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on two claims of a group, by their indices in {@link ClaimGroup#claims()}.
 * {@code a} is always the smaller index; the direction of a directed verdict ({@code UPDATE},
 * {@code SUBSET}, {@code VAGUER}) is spelled out in the reason. A relation read from a group
 * reaches its two claims ({@link #claimA()}, {@link #claimB()}):
 *
 * <pre>{@code
 * for (Relation r : group.relations()) {
 *   System.out.println(r.claimA().quantity() + " " + r.verdict() + " " + r.claimB().quantity());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. A reconciliation judges up to millions of pairs and most
 * pipelines read few of their reasons, so a {@link Reconciler} writes each reason in words the
 * first time {@link #reason()} is called; the words are the same whenever it is called. Two
 * relations are equal when their indices, verdicts and reasons are.
 */
public final class Relation {

  /**
   * Writes the reasons of relations whose verdicts were judged without them: one per group of
   * claims, asked with each relation's indices and the rule that judged it.
   */
  interface Reasoning {
    String reason(int a, int b, int rule);
  }

  private final int a;
  private final int b;
  private final Verdict verdict;
  private final Reasoning reasoning;
  private final byte rule;
  /** The claims of the group it was read from, or null for a relation not yet in a group. */
  private final List<Claim> claims;
  /** The reason once written: a benign race, as String's hash (the words are always the same). */
  private String reason;

  /**
   * A relation with its reason.
   *
   * @param a       the index of the first claim
   * @param b       the index of the second claim, greater than {@code a}
   * @param verdict the verdict
   * @param reason  plain words naming the rule that fired and the figures
   * @throws IllegalArgumentException if the indices are out of order or the reason is blank
   */
  public Relation(int a, int b, Verdict verdict, String reason) {
    this(a, b, verdict, null, 0, null);
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason is blank");
    }
    this.reason = reason;
  }

  /** A relation whose reason {@code reasoning} writes, by {@code rule}, when it is first read. */
  Relation(int a, int b, Verdict verdict, Reasoning reasoning, int rule, List<Claim> claims) {
    Objects.requireNonNull(verdict, "verdict");
    if (a < 0 || b <= a) {
      throw new IllegalArgumentException("relation indices must satisfy 0 <= a < b: a=" + a + ", b=" + b);
    }
    this.a = a;
    this.b = b;
    this.verdict = verdict;
    this.reasoning = reasoning;
    this.rule = (byte) rule;
    this.claims = claims;
  }

  /** @return this relation, reaching the claims of the group it belongs to */
  Relation in(List<Claim> groupClaims) {
    if (claims == groupClaims) {
      return this;
    }
    Relation r = new Relation(a, b, verdict, reasoning, rule, groupClaims);
    r.reason = reason;
    return r;
  }

  /** @return the index of the first claim */
  public int a() {
    return a;
  }

  /** @return the index of the second claim, greater than {@link #a()} */
  public int b() {
    return b;
  }

  /**
   * @return the claim at {@link #a()} in its group's {@link ClaimGroup#claims() claims}
   * @throws IllegalStateException if the relation was made on its own and not read from a group
   */
  public Claim claimA() {
    return claim(a);
  }

  /**
   * @return the claim at {@link #b()} in its group's {@link ClaimGroup#claims() claims}
   * @throws IllegalStateException if the relation was made on its own and not read from a group
   */
  public Claim claimB() {
    return claim(b);
  }

  private Claim claim(int index) {
    if (claims == null) {
      throw new IllegalStateException("relation " + a + "-" + b + " was made outside a group: read"
          + " it from ClaimGroup.relations() to reach its claims");
    }
    return claims.get(index);
  }

  /** @return the verdict */
  public Verdict verdict() {
    return verdict;
  }

  /** @return plain words naming the rule that fired and the figures */
  public String reason() {
    String r = reason;
    if (r == null) {
      r = reasoning.reason(a, b, rule);
      reason = r;
    }
    return r;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Relation r && a == r.a && b == r.b && verdict == r.verdict
        && reason().equals(r.reason());
  }

  @Override
  public int hashCode() {
    return Objects.hash(a, b, verdict, reason());
  }

  @Override
  public String toString() {
    return "Relation[a=" + a + ", b=" + b + ", verdict=" + verdict + ", reason=" + reason() + "]";
  }
}
