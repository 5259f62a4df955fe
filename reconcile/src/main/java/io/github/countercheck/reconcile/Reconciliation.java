package io.github.countercheck.reconcile;

import io.github.countercheck.core.DocumentMetadata;
import java.util.List;

/**
 * The result of reconciling claims: the documents they came from and the groups of claims that
 * count the same thing. Every input claim is in exactly one group.
 *
 * @param documents the documents, sorted by id: those given, and those claims name without
 *     metadata (with no publisher and no date)
 * @param groups    the groups, in a deterministic order (event, modality, subject, place, first
 *     claim)
 */
public record Reconciliation(List<DocumentMetadata> documents, List<ClaimGroup> groups) {

  /**
   * Copies the lists.
   *
   * @param documents the documents, sorted by id: those given, and those claims name without
   *     metadata (with no publisher and no date)
   * @param groups    the groups, in a deterministic order (event, modality, subject, place, first
   *     claim)
   */
  public Reconciliation {
    documents = List.copyOf(documents);
    groups = List.copyOf(groups);
  }

  /** @return the number of claims over all groups */
  public int claimCount() {
    int n = 0;
    for (ClaimGroup g : groups) {
      n += g.claims().size();
    }
    return n;
  }
}
