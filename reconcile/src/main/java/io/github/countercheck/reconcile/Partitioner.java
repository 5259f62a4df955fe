package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.DocumentMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * STUB of the engine-neutral partition API (replaced at merge by the real one of branch
 * {@code partition}): one partition, {@code "all"}; {@link #combine} reconciles the claims of the
 * partitions' groups again with the whole {@link Reconciler}. Only its signatures are the
 * contract.
 */
public final class Partitioner {

  private final Reconciler reconciler;

  private Partitioner(Reconciler reconciler) {
    this.reconciler = reconciler;
  }

  /**
   * The partitioner of a configured reconciler (same window, places, voices, thresholds).
   *
   * @param reconciler the reconciler
   * @return its partitioner
   */
  public static Partitioner of(Reconciler reconciler) {
    return new Partitioner(Objects.requireNonNull(reconciler, "reconciler"));
  }

  /**
   * Run-wide facts that a partition needs and cannot see itself. Small, Serializable, immutable.
   */
  public static final class Summary implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private Summary() {}

    /**
     * Associative and commutative: summaries of slices merge into the run's summary.
     *
     * @param other another slice's summary
     * @return the merged summary
     */
    public Summary merge(Summary other) {
      Objects.requireNonNull(other, "other");
      return this;
    }
  }

  private static final Summary EMPTY = new Summary();

  /**
   * The summary of one slice of the run.
   *
   * @param claims    the slice's claims
   * @param documents the metadata of the documents those claims cite, with their story ids set
   * @return its summary
   */
  public Summary summarize(Collection<Claim> claims, Collection<DocumentMetadata> documents) {
    return EMPTY;
  }

  /** @return the empty summary (identity of merge) */
  public Summary emptySummary() {
    return EMPTY;
  }

  /**
   * The key of the partition a claim belongs to, given the run's summary.
   *
   * @param claim    the claim
   * @param document its document's metadata, or null when unknown
   * @param run      the run's summary
   * @return the key
   */
  public String key(Claim claim, DocumentMetadata document, Summary run) {
    return "all";
  }

  /**
   * Reconciles one partition's claims alone.
   *
   * @param claims    the partition's claims
   * @param documents the metadata of the documents they cite
   * @param run       the run's summary
   * @return the partition's reconciliation
   */
  public Reconciliation reconcilePartition(Collection<Claim> claims,
      Collection<DocumentMetadata> documents, Summary run) {
    return reconciler.reconcile(claims, documents);
  }

  /**
   * Joins the partitions' results into exactly the reconciliation of all the claims.
   *
   * @param allDocuments the metadata of every document of the run
   * @param storyTitles  story id to title
   * @param partitions   the partitions' results
   * @param run          the run's summary
   * @return the reconciliation
   */
  public Reconciliation combine(Collection<DocumentMetadata> allDocuments,
      Map<String, String> storyTitles, List<Reconciliation> partitions, Summary run) {
    List<Claim> claims = new ArrayList<>();
    for (Reconciliation r : partitions) {
      for (ClaimGroup g : r.groups()) {
        claims.addAll(g.claims());
      }
    }
    return reconciler.reconcile(claims, allDocuments, storyTitles);
  }
}
