package io.github.countercheck.reconcile.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.TestCorpus;
import io.github.countercheck.reconcile.Partitioner;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The partitioned reconciliation equals the single run byte for byte on the claims of the 1,587
 * articles of {@code arabic-news-2013}, told apart into stories: the run summarized article by
 * article, every key reconciled alone. Skipped without {@code -Dcountercheck.corpus}.
 */
final class PartitionCorpusTest {

  @Test
  void everyKeyReconciledAloneGivesTheSingleRunOnTheCorpus() {
    List<Document> docs = StoryCorpus.documents(TestCorpus.require("arabic-news-2013"));
    ClaimExtractor extractor = ClaimExtractor.create();
    Stories stories = StoryClusterer.create().cluster(docs);
    List<DocumentMetadata> meta = stories.metadata(docs);
    Map<String, DocumentMetadata> byId = new HashMap<>();
    meta.forEach(m -> byId.put(m.id(), m));
    Reconciler reconciler = Reconciler.create();
    Partitioner p = Partitioner.of(reconciler);

    List<Claim> claims = new ArrayList<>();
    Partitioner.Summary run = p.emptySummary();
    for (Document d : docs) {
      List<Claim> own = extractor.extract(d);
      claims.addAll(own);
      run = p.summarize(own, List.of(byId.get(d.id()))).merge(run);
    }
    Map<String, List<Claim>> byKey = new TreeMap<>();
    for (Claim c : claims) {
      byKey.computeIfAbsent(p.key(c, byId.get(c.document()), run), k -> new ArrayList<>()).add(c);
    }
    List<Reconciliation> parts = new ArrayList<>();
    for (List<Claim> part : byKey.values()) {
      Map<String, DocumentMetadata> cited = new TreeMap<>();
      part.forEach(c -> cited.put(c.document(), byId.get(c.document())));
      parts.add(p.reconcilePartition(part, List.copyOf(cited.values()), run));
    }
    Reconciliation whole = reconciler.reconcile(claims, meta, stories.titles());
    assertThat(claims).hasSizeGreaterThan(5000);
    assertThat(byKey).hasSizeGreaterThan(1000);
    assertThat(ReconciliationJson.write(p.combine(meta, stories.titles(), parts, run)))
        .isEqualTo(ReconciliationJson.write(whole));
  }
}
