package io.github.countercheck.reconcile;

import io.github.countercheck.core.DocumentMetadata;
import java.util.List;

/**
 * The result of reconciling claims: the documents they came from and the groups of claims that
 * count the same thing. Every input claim is in exactly one group.
 *
 * @param documents the documents, sorted by id: those given, and those claims name without
 *     metadata (with no publisher and no date)
 * @param groups    the groups, in a deterministic order (story, scope, event, modality, subject,
 *     place, first claim)
 * @param stories   the stories the documents were told apart into, in order of their earliest
 *     publication (undated last); empty when the documents carry no story
 */
public record Reconciliation(List<DocumentMetadata> documents, List<ClaimGroup> groups,
    List<Story> stories) {

  /**
   * Copies the lists.
   *
   * @param documents the documents, sorted by id: those given, and those claims name without
   *     metadata (with no publisher and no date)
   * @param groups    the groups, in a deterministic order
   * @param stories   the stories, in order of their earliest publication
   */
  public Reconciliation {
    documents = List.copyOf(documents);
    groups = List.copyOf(groups);
    stories = List.copyOf(stories);
  }

  /**
   * A reconciliation with no stories.
   *
   * @param documents the documents, sorted by id
   * @param groups    the groups, in a deterministic order
   */
  public Reconciliation(List<DocumentMetadata> documents, List<ClaimGroup> groups) {
    this(documents, groups, List.of());
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
