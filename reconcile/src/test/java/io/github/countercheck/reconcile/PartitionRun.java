package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The partitioned path as an engine would run it, in one JVM: the claims cut into slices that are
 * summarized apart, the summaries merged in shuffled order, every claim keyed, the keys packed
 * into partitions reconciled apart, the results combined in shuffled order. Shared by the
 * partition tests of this module.
 */
final class PartitionRun {

  private PartitionRun() {}

  /**
   * Runs both paths and checks them: the partitioned JSON equals the single run's byte for byte,
   * and every group of the single run has its claims under one key.
   *
   * @param reconciler  the reconciler
   * @param claims      the claims
   * @param documents   their documents' metadata
   * @param storyTitles the story titles
   * @param slices      how many slices to summarize apart (claims dealt at random)
   * @param partitions  how many partitions to pack the keys into (0: one per key)
   * @param random      the random source of the dealing and shuffling
   * @return the number of distinct keys
   */
  static int check(Reconciler reconciler, List<Claim> claims,
      List<DocumentMetadata> documents, Map<String, String> storyTitles, int slices,
      int partitions, Random random) {
    Reconciliation whole = reconciler.reconcile(claims, documents, storyTitles);
    Partitioner p = Partitioner.of(reconciler);
    Map<String, DocumentMetadata> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));

    List<List<Claim>> dealt = new ArrayList<>();
    for (int s = 0; s < slices; s++) {
      dealt.add(new ArrayList<>());
    }
    for (Claim c : claims) {
      dealt.get(random.nextInt(slices)).add(c);
    }
    List<Partitioner.Summary> summaries = new ArrayList<>();
    for (List<Claim> slice : dealt) {
      summaries.add(p.summarize(slice, cited(slice, byId)));
    }
    Collections.shuffle(summaries, random);
    Partitioner.Summary run = p.emptySummary();
    for (Partitioner.Summary s : summaries) {
      run = random.nextBoolean() ? run.merge(s) : s.merge(run);
    }

    Map<Claim, String> keyOf = new java.util.IdentityHashMap<>();
    Map<String, List<Claim>> byKey = new TreeMap<>();
    for (Claim c : claims) {
      String key = p.key(c, byId.get(c.document()), run);
      keyOf.put(c, key);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    for (ClaimGroup g : whole.groups()) {
      String first = keyOf.get(g.claims().get(0));
      assertThat(g.claims()).allSatisfy(c -> assertThat(keyOf.get(c)).isEqualTo(first));
    }

    List<String> keys = new ArrayList<>(byKey.keySet());
    Collections.shuffle(keys, random);
    Map<Integer, List<Claim>> packed = new LinkedHashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      int bin = partitions == 0 ? k : random.nextInt(partitions);
      packed.computeIfAbsent(bin, b -> new ArrayList<>()).addAll(byKey.get(keys.get(k)));
    }
    List<Reconciliation> parts = new ArrayList<>();
    for (List<Claim> part : packed.values()) {
      Collections.shuffle(part, random);
      parts.add(p.reconcilePartition(part, cited(part, byId), run));
    }
    Collections.shuffle(parts, random);
    Reconciliation combined = p.combine(documents, storyTitles, parts, run);
    assertThat(ReconciliationJson.write(combined))
        .isEqualTo(ReconciliationJson.write(whole));
    return byKey.size();
  }

  /** @return the metadata of the documents the claims cite */
  static List<DocumentMetadata> cited(List<Claim> claims, Map<String, DocumentMetadata> byId) {
    Map<String, DocumentMetadata> out = new TreeMap<>();
    for (Claim c : claims) {
      DocumentMetadata d = byId.get(c.document());
      if (d != null) {
        out.put(d.id(), d);
      }
    }
    return new ArrayList<>(out.values());
  }
}
