package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A run that grows batch by batch, as a stream engine keeps it: each key's result kept, and per
 * batch only the claims {@link Partitioner#rekeys} names keyed again and only the keys that
 * gained or lost claims or hold a claim {@link Partitioner#affects} names reconciled again. After
 * every batch the kept results combine into exactly the single run of every claim so far.
 */
final class IncrementalPartitionTest {

  private static final String[] PUBLISHERS =
      {"Daily Courier", "DAILY  COURIER", "Other Paper", "other paper", null};

  @Test
  void batchByBatchTheAffectedKeysGiveTheSingleRunAndFewerKeysAreReconciled() {
    int batchesFewer = 0;
    int laterBatches = 0;
    int rekeyed = 0;
    int renamedOnly = 0;
    for (int seed = 0; seed < 12; seed++) {
      Random random = new Random(20261207L + seed);
      Reconciler reconciler = Reconciler.builder().windowDays(random.nextInt(6))
          .maxPairwise(2 + random.nextInt(20)).build();
      Partitioner p = Partitioner.of(reconciler);

      // documents with ids in no order of their dates, so a later batch can bring an outlet's
      // first document by id (its run-wide name changes) or a voice's first wording
      int docCount = 20 + random.nextInt(60);
      List<DocumentMetadata> docs = new ArrayList<>();
      for (int d = 0; d < docCount; d++) {
        LocalDate date = random.nextInt(8) == 0 ? null
            : LocalDate.of(2022, 1, 1).plusDays(random.nextInt(60));
        DocumentMetadata m = new DocumentMetadata(String.format("d%03d.txt", random.nextInt(1000))
            + d, PUBLISHERS[random.nextInt(PUBLISHERS.length)], date);
        docs.add(random.nextInt(5) == 0 ? m.withStory("s" + random.nextInt(2)) : m);
      }
      // a feed: in publication order (undated last), cut into five batches
      docs.sort(Comparator.comparing((DocumentMetadata m) -> m.published() == null ? null
              : m.published().date(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(DocumentMetadata::id));
      Map<String, DocumentMetadata> byId = new HashMap<>();
      Map<String, Integer> batchOf = new HashMap<>();
      for (int d = 0; d < docs.size(); d++) {
        byId.put(docs.get(d).id(), docs.get(d));
        batchOf.put(docs.get(d).id(), d * 5 / docs.size());
      }
      List<List<Claim>> batches = new ArrayList<>();
      for (int b = 0; b < 5; b++) {
        batches.add(new ArrayList<>());
      }
      int claimCount = 40 + random.nextInt(400);
      for (int i = 0; i < claimCount; i++) {
        Claim c = ReconcilerPropertiesTest.randomClaim(random);
        // one document in thirty has no metadata: it arrives in a random batch
        String doc = random.nextInt(30) == 0 ? "missing" + random.nextInt(3) + ".txt"
            : docs.get(random.nextInt(docs.size())).id();
        c = new Claim(doc, c.span(), c.text(), c.quantity(), c.event(), c.subject(),
            c.attribution(), c.location(), c.time(), c.language(), c.modality(), c.scope(),
            c.scopeCue());
        batches.get(batchOf.getOrDefault(doc, Math.floorMod(doc.hashCode(), 5))).add(c);
      }

      Partitioner.Summary run = p.emptySummary();
      Map<Claim, String> keyOf = new IdentityHashMap<>();
      Map<String, List<Claim>> byKey = new HashMap<>();
      Map<String, Reconciliation> results = new TreeMap<>();
      List<Claim> soFar = new ArrayList<>();
      List<DocumentMetadata> docsSoFar = new ArrayList<>();
      for (int b = 0; b < 5; b++) {
        List<Claim> batch = batches.get(b);
        for (DocumentMetadata m : docs) {
          if (batchOf.get(m.id()) == b) {
            docsSoFar.add(m);
          }
        }
        Partitioner.Summary after = run.merge(p.summarize(batch, PartitionRun.cited(batch, byId)));
        Partitioner.Change change = p.change(run, after);
        Set<String> touched = new HashSet<>();
        for (Claim c : soFar) {
          DocumentMetadata m = byId.get(c.document());
          if (p.affects(c, m, change)) {
            touched.add(keyOf.get(c));
          }
          if (p.rekeys(c, m, change)) {
            rekeyed++;
            byKey.get(keyOf.get(c)).remove(c);
            String key = p.key(c, m, after);
            keyOf.put(c, key);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
          } else if (p.affects(c, m, change)) {
            renamedOnly++;
          }
          if (p.affects(c, m, change)) {
            touched.add(keyOf.get(c));
          }
        }
        for (Claim c : batch) {
          String key = p.key(c, byId.get(c.document()), after);
          keyOf.put(c, key);
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
          touched.add(key);
        }
        soFar.addAll(batch);
        run = after;
        for (String key : touched) {
          List<Claim> claims = byKey.getOrDefault(key, List.of());
          if (claims.isEmpty()) {
            byKey.remove(key);
            results.remove(key);
          } else {
            results.put(key, p.reconcilePartition(claims, PartitionRun.cited(claims, byId), run));
          }
        }

        // every kept key is still the claim's key, and the kept results are the single run's
        for (Claim c : soFar) {
          assertThat(keyOf.get(c)).isEqualTo(p.key(c, byId.get(c.document()), run));
        }
        assertThat(results.keySet()).isEqualTo(byKey.keySet());
        List<Reconciliation> parts = new ArrayList<>(results.values());
        Collections.shuffle(parts, random);
        String expected = ReconciliationJson.write(
            reconciler.reconcile(soFar, docsSoFar, Map.of("s0", "zero")));
        assertThat(ReconciliationJson.write(p.combine(docsSoFar, Map.of("s0", "zero"), parts,
            run))).as("seed %d, batch %d", seed, b).isEqualTo(expected);
        if (b > 0) {
          laterBatches++;
          if (touched.size() < results.size()) {
            batchesFewer++;
          }
        }
      }
    }
    // the shortcut is taken: most later batches leave some keys alone
    assertThat(batchesFewer).isGreaterThan(laterBatches / 2);
    // and the cases it must cover were met: claims moved to other keys by a changed block, and
    // keys reconciled again only because a voice or an outlet was renamed
    assertThat(rekeyed).isPositive();
    assertThat(renamedOnly).isPositive();
  }

  @Test
  void aChangeNamesWhatChangedAndNothingWhenNothingDid() {
    Reconciler reconciler = Reconciler.create();
    Partitioner p = Partitioner.of(reconciler);
    List<DocumentMetadata> docs = List.of(
        new DocumentMetadata("b.txt", "DAILY COURIER", LocalDate.parse("2022-01-06")),
        new DocumentMetadata("a.txt", "Daily Courier", LocalDate.parse("2022-01-07")));
    Map<String, DocumentMetadata> byId = new HashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));
    Random random = new Random(3);
    List<Claim> first = new ArrayList<>();
    List<Claim> second = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Claim c = ReconcilerPropertiesTest.randomClaim(random);
      String doc = i % 2 == 0 ? "b.txt" : "a.txt";
      c = new Claim(doc, c.span(), c.text(), c.quantity(), c.event(), c.subject(),
          c.attribution(), c.location(), c.time(), c.language(), c.modality(), c.scope(),
          c.scopeCue());
      (i % 2 == 0 ? first : second).add(c);
    }
    Partitioner.Summary one = p.summarize(first, PartitionRun.cited(first, byId));
    Partitioner.Summary both = one.merge(p.summarize(second, PartitionRun.cited(second, byId)));
    assertThat(p.change(one, one).isEmpty()).isTrue();
    assertThat(p.change(both, one.merge(both)).isEmpty()).isTrue();
    Partitioner.Change change = p.change(one, both);
    // a.txt comes first by id: the outlet is now spelled as there
    assertThat(change.renamed()).isPositive();
    assertThat(change.affectsEverything()).isFalse();
    for (Claim c : first) {
      assertThat(p.affects(c, byId.get(c.document()), change)).isTrue();
    }
  }
}
