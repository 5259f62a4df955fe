package io.github.countercheck.cli;

import java.util.Locale;

/**
 * How many claims {@code reconcile} can hold in this heap, and what it says of more: it refuses
 * them with one line naming the heap, rather than ending in an {@code OutOfMemoryError}.
 */
final class ClaimBudget {

  /**
   * The heap a claim needs while it is reconciled and reported, measured roughly: a claim read
   * from JSON Lines holds about 300 to 450 bytes, the reconciliation keeps about 100 to 300 more,
   * and reconciling and rendering peak at about 1.8 to 3 KB a claim (RELIABILITY.md, "reconcile's
   * memory"); this is that peak with room to spare.
   */
  static final long HEAP_PER_CLAIM = 4096;

  private ClaimBudget() {}

  /**
   * How many claims this heap can reconcile: the heap not in use now, at {@link
   * #HEAP_PER_CLAIM} a claim.
   */
  static long claims() {
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    return Math.max(1000, free / HEAP_PER_CLAIM);
  }

  /** @return what the command says of {@code claims} claims beyond the {@code budget} */
  static String tooMany(long claims, long budget) {
    return String.format(Locale.ROOT, "%,d claims, more than the %,d this heap of %,d MB can "
        + "reconcile (about %,d bytes a claim); raise it (COUNTERCHECK_JAVA_OPTS=-Xmx8g) or "
        + "reconcile fewer (--since/--until, --event, fewer files)", claims, budget,
        Runtime.getRuntime().maxMemory() >> 20, HEAP_PER_CLAIM);
  }
}
