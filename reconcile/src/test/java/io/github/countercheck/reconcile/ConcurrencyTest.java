package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.claims.json.ClaimJson;
import io.github.countercheck.claims.json.ManifestReader;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentLoader;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * One extractor and one reconciler shared by eight threads give exactly the single-threaded
 * results, and two runs give byte-identical JSON.
 */
final class ConcurrencyTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();
  private static final Reconciler RECONCILER = Reconciler.create();
  private static final int THREADS = 8;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS);

  @AfterAll
  static void shutDown() {
    POOL.shutdownNow();
  }

  private static List<Document> seeds() {
    Path dir = Path.of("..", "seeds");
    return DocumentLoader.loadDirectory(dir, ManifestReader.read(dir.resolve("manifest.json")));
  }

  /** Generated news: the seeds' kinds of sentences with other figures, places and dates. */
  private static List<Document> corpus() {
    String[] places = {"ألماتي", "أستانا", "القاهرة", "بغداد", "Almaty"};
    String[] sources = {"وزارة الداخلية", "التلفزيون الرسمي", "وكالة تاس", "شهود عيان"};
    List<Document> docs = new ArrayList<>();
    Random random = new Random(7);
    for (int d = 0; d < 60; d++) {
      StringBuilder sb = new StringBuilder();
      for (int s = 0; s < 6; s++) {
        String place = places[random.nextInt(places.length)];
        String source = sources[random.nextInt(sources.length)];
        switch (random.nextInt(5)) {
          case 0 -> sb.append("قتل ").append(5 + random.nextInt(40)).append(" شرطيا في ")
              .append(place).append("، بحسب ").append(source).append(". ");
          case 1 -> sb.append("وأصيب أكثر من ").append(100 * (1 + random.nextInt(20)))
              .append(" شخص خلال المواجهات في ").append(place).append(". ");
          case 2 -> sb.append("وأعلنت ").append(source).append(" اعتقال نحو ")
              .append(1000 + random.nextInt(9000)).append(" شخص. ");
          case 3 -> sb.append("العشرات من قوات الأمن لقوا حتفهم في ").append(place).append(". ");
          default -> sb.append(1 + random.nextInt(30))
              .append(" police officers were killed in Almaty, according to state television. ");
        }
      }
      docs.add(Document.builder(String.format("gen-%02d.txt", d), sb.toString())
          .publisher(sources[d % sources.length])
          .published(LocalDate.of(2022, 1, 2 + d % 10))
          .build());
    }
    return docs;
  }

  private static List<List<Claim>> extractAll(List<Document> docs) {
    List<List<Claim>> out = new ArrayList<>();
    for (Document d : docs) {
      out.add(EXTRACTOR.extract(d));
    }
    return out;
  }

  private static String reconcileJson(List<Document> docs, List<List<Claim>> claims) {
    List<Claim> all = new ArrayList<>();
    claims.forEach(all::addAll);
    List<DocumentMetadata> meta = docs.stream().map(DocumentMetadata::of).toList();
    return ReconciliationJson.write(RECONCILER.reconcile(all, meta));
  }

  private static String claimsJson(List<List<Claim>> claims) {
    StringWriter w = new StringWriter();
    List<Claim> all = new ArrayList<>();
    claims.forEach(all::addAll);
    ClaimJson.writeJsonLines(all, w);
    return w.toString();
  }

  private static void sameResultsFromEightThreads(List<Document> docs) throws Exception {
    List<List<Claim>> single = extractAll(docs);
    String singleReconciled = reconcileJson(docs, single);
    assertThat(single.stream().mapToInt(List::size).sum()).isGreaterThan(docs.size());

    List<Callable<String>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int seed = t;
      tasks.add(() -> {
        // each thread reads the documents in its own order, then puts the results back in place
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<List<Claim>> mine = new ArrayList<>(Collections.nCopies(docs.size(), null));
        for (int i : order) {
          mine.set(i, EXTRACTOR.extract(docs.get(i)));
        }
        assertThat(mine).isEqualTo(single);
        return reconcileJson(docs, mine);
      });
    }
    for (Future<String> f : POOL.invokeAll(tasks)) {
      assertThat(f.get()).isEqualTo(singleReconciled);
    }
  }

  @Test
  void eightThreadsSharingOneExtractorAndReconcilerGiveTheSingleThreadedResultsOnTheSeeds()
      throws Exception {
    sameResultsFromEightThreads(seeds());
  }

  @Test
  void eightThreadsSharingOneExtractorAndReconcilerGiveTheSingleThreadedResultsOnACorpus()
      throws Exception {
    sameResultsFromEightThreads(corpus());
  }

  @Test
  void twoRunsGiveByteIdenticalJson() {
    for (List<Document> docs : List.of(seeds(), corpus())) {
      List<List<Claim>> first = extractAll(docs);
      List<List<Claim>> second = extractAll(docs);
      assertThat(claimsJson(second)).isEqualTo(claimsJson(first));
      assertThat(reconcileJson(docs, second)).isEqualTo(reconcileJson(docs, first));
      assertThat(reconcileJson(docs, first)).contains("\"groups\"");
    }
  }

  @Test
  void refusesNullNamingTheParameter() {
    assertThatThrownBy(() -> RECONCILER.reconcile(null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("claims");
    assertThatThrownBy(() -> RECONCILER.reconcile(List.of(), (List<DocumentMetadata>) null))
        .isInstanceOf(NullPointerException.class).hasMessage("documents");
    assertThatThrownBy(() -> RECONCILER.reconcile(null, EXTRACTOR))
        .isInstanceOf(NullPointerException.class).hasMessage("documents");
    assertThatThrownBy(() -> RECONCILER.reconcile(List.of(), (ClaimExtractor) null))
        .isInstanceOf(NullPointerException.class).hasMessage("extractor");
  }
}
