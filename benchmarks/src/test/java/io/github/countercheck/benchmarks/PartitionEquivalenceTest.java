package io.github.countercheck.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.Partitioner;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import io.github.countercheck.reconcile.Reconciler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The partitioned reconciliation equals the single run byte for byte on the benchmark's generated
 * news ({@link ReconcileScaleBenchmark#generate}), at several sizes and seeds, with and without
 * stories: slices summarized apart and merged in shuffled order, keys packed into partitions.
 */
final class PartitionEquivalenceTest {

  @ParameterizedTest
  @CsvSource({
    "1000, 1, 0, 3, 0",
    "1000, 2, 20, 7, 4",
    "20000, 3, 0, 8, 16",
    "20000, 4, 20, 5, 0",
  })
  void partitionsReconciledAloneAndCombinedGiveTheSingleRun(int size, long seed, int perStory,
      int slices, int partitions) {
    List<Claim> claims = new ArrayList<>(size);
    List<DocumentMetadata> docs = new ArrayList<>();
    ReconcileScaleBenchmark.generate(size, new SplittableRandom(seed),
        ReconcileScaleBenchmark.placeNames(), claims, docs);
    Map<String, String> titles = new HashMap<>();
    if (perStory > 0) {
      docs = ReconcileScaleBenchmark.assignStories(docs, perStory, new SplittableRandom(seed + 1),
          titles);
    }
    Reconciler reconciler = Reconciler.create();
    Random random = new Random(seed);
    Partitioner p = Partitioner.of(reconciler);
    Map<String, DocumentMetadata> byId = new HashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));

    // slices dealt at random, summarized apart, merged in shuffled order
    List<List<Claim>> dealt = new ArrayList<>();
    for (int s = 0; s < slices; s++) {
      dealt.add(new ArrayList<>());
    }
    claims.forEach(c -> dealt.get(random.nextInt(slices)).add(c));
    List<Partitioner.Summary> summaries = new ArrayList<>();
    for (List<Claim> slice : dealt) {
      summaries.add(p.summarize(slice, cited(slice, byId)));
    }
    Collections.shuffle(summaries, random);
    Partitioner.Summary run = p.emptySummary();
    for (Partitioner.Summary s : summaries) {
      run = run.merge(s);
    }

    // keys, packed into partitions (0: one per key), reconciled apart, combined shuffled
    Map<String, List<Claim>> byKey = new TreeMap<>();
    for (Claim c : claims) {
      byKey.computeIfAbsent(p.key(c, byId.get(c.document()), run), k -> new ArrayList<>()).add(c);
    }
    Map<Integer, List<Claim>> packed = new HashMap<>();
    int k = 0;
    for (List<Claim> key : byKey.values()) {
      packed.computeIfAbsent(partitions == 0 ? k++ : random.nextInt(partitions),
          b -> new ArrayList<>()).addAll(key);
    }
    List<Reconciliation> parts = new ArrayList<>();
    for (List<Claim> part : packed.values()) {
      parts.add(p.reconcilePartition(part, cited(part, byId), run));
    }
    Collections.shuffle(parts, random);

    assertThat(byKey).hasSizeGreaterThan(size / 20);
    assertThat(ReconciliationJson.write(p.combine(docs, titles, parts, run)))
        .isEqualTo(ReconciliationJson.write(reconciler.reconcile(claims, docs, titles)));
  }

  private static List<DocumentMetadata> cited(List<Claim> claims,
      Map<String, DocumentMetadata> byId) {
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
