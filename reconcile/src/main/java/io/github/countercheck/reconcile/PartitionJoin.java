package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.DocumentMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Joins the results of a run's partitions into the run's {@link Reconciliation} (see {@link
 * Partitioner#combine}): the run's documents and ranked stories, and every group in the library's
 * order.
 */
final class PartitionJoin {

  private PartitionJoin() {}

  /**
   * The run's reconciliation from its partitions' results.
   *
   * @param allDocuments the metadata of every document of the run
   * @param storyTitles  a short title for each story id, where known
   * @param partitions   the partitions' results, in any order
   * @return the run's reconciliation
   * @throws IllegalArgumentException if two different metadata records share an id
   */
  static Reconciliation combine(Collection<DocumentMetadata> allDocuments,
      Map<String, String> storyTitles, List<Reconciliation> partitions) {
    TreeMap<String, DocumentMetadata> docs = new TreeMap<>(DocumentIndex.byId(allDocuments));
    List<ClaimGroup> groups = new ArrayList<>();
    for (Reconciliation p : partitions) {
      // a document a claim cites without metadata is listed as an empty record, as in one run
      for (DocumentMetadata d : p.documents()) {
        docs.putIfAbsent(d.id(), d);
      }
      groups.addAll(p.groups());
    }
    List<DocumentMetadata> referenced = new ArrayList<>(docs.values());
    List<Story> stories = StoryRanking.rank(referenced, storyTitles, false);
    Map<String, Integer> storyRank = new HashMap<>();
    for (int i = 0; i < stories.size(); i++) {
      storyRank.put(stories.get(i).id(), i);
    }
    Map<ClaimGroup, Claim> first = new IdentityHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      ClaimGroup g = groups.get(i);
      String story = stories.isEmpty() ? null : g.story() == null ? "" : g.story();
      if (!Objects.equals(story, g.story())) {
        // a partition that saw no story of the run's documents: its groups are of the story ""
        g = new ClaimGroup(g.event(), g.modality(), g.subject(), g.location(), g.claims(),
            g.relations(), g.estimate(), g.status(), g.notes(), g.voices(), story, g.scope());
        groups.set(i, g);
      }
      first.put(g, g.claims().stream().min(ClaimOrder.CLAIM_ORDER).orElseThrow());
    }
    groups.sort(Comparator.<ClaimGroup>comparingInt(
            g -> g.story() == null ? 0 : storyRank.getOrDefault(g.story(), 0))
        .thenComparing(ClaimGroup::scope)
        .thenComparing(ClaimGroup::event)
        .thenComparing(ClaimGroup::modality)
        .thenComparing(ClaimGroup::subject)
        .thenComparing(g -> g.location() == null ? "" : g.location())
        .thenComparing(first::get, ClaimOrder.CLAIM_ORDER));
    return new Reconciliation(referenced, groups, stories);
  }
}
