package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A group's relations, kept as pairs of indices and codes until they are read: a reconciliation
 * of a million claims judges millions of pairs and most pipelines read few of them, so each
 * {@link Relation} is made when it is first asked for, once (a benign race, as {@link
 * Relation#reason()}: the relation made is always an equal one). Immutable to its readers and
 * thread-safe.
 */
final class RelationList extends AbstractList<Relation> implements RandomAccess {
  private static final Verdict[] VERDICTS = Verdict.values();

  private final int size;
  /** The indices of relation {@code k} at {@code 2k} and {@code 2k + 1}. */
  private final int[] pairs;
  /** The verdict's ordinal of relation {@code k} in the low four bits, its rule above them. */
  private final byte[] codes;
  private final Relation.Reasoning reasoning;
  /** The group's claims, which each relation made reaches; null until the group is made. */
  private final List<Claim> claims;
  private Relation[] made;

  /**
   * @param pairs     the indices, two a relation (copied)
   * @param codes     the verdict ordinal and the rule of each relation, as {@link #code} packs
   *     them (copied)
   * @param size      how many relations
   * @param reasoning writes their reasons when read
   */
  RelationList(int[] pairs, byte[] codes, int size, Relation.Reasoning reasoning) {
    this.size = size;
    this.pairs = java.util.Arrays.copyOf(pairs, 2 * size);
    this.codes = java.util.Arrays.copyOf(codes, size);
    this.reasoning = reasoning;
    this.claims = null;
  }

  private RelationList(RelationList list, List<Claim> claims) {
    this.size = list.size;
    this.pairs = list.pairs;
    this.codes = list.codes;
    this.reasoning = list.reasoning;
    this.claims = claims;
  }

  /**
   * @param groupClaims the claims of the group the relations belong to
   * @return these relations, each reaching its two claims (the pairs are shared, not copied)
   */
  RelationList in(List<Claim> groupClaims) {
    return claims == groupClaims ? this : new RelationList(this, groupClaims);
  }

  /** Packs a verdict and the rule that judged it. */
  static byte code(Verdict verdict, int rule) {
    return (byte) (verdict.ordinal() | rule << 4);
  }

  /** The verdict a code holds. */
  static Verdict verdict(byte code) {
    return VERDICTS[code & 0x0F];
  }

  @Override
  public Relation get(int k) {
    java.util.Objects.checkIndex(k, size);
    Relation[] m = made;
    Relation r = m == null ? null : m[k];
    if (r == null) {
      r = new Relation(pairs[2 * k], pairs[2 * k + 1], verdict(codes[k]), reasoning, codes[k] >>> 4,
          claims);
      if (m == null) {
        m = new Relation[size];
        made = m;
      }
      m[k] = r;
    }
    return r;
  }

  /**
   * @param members how many claims the group has
   * @return the first relation that indexes a claim past them, or -1 (read without making any)
   */
  int firstIndexingPast(int members) {
    for (int k = 0; k < size; k++) {
      if (pairs[2 * k + 1] >= members) {
        return k;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return size;
  }
}
