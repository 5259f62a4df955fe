package io.github.countercheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stream of articles, five micro-batches, ends where one batch reconciliation of all is. */
final class ReconcileStreamTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void fiveMicroBatchesOverAFolderEqualOneBatchOfEverything(@TempDir Path tmp)
      throws IOException {
    // the development set twice over, as a feed brings it: in publication order
    List<Document> documents = new ArrayList<>(Devset.documents(2));
    documents.sort(Comparator.comparing((Document d) -> d.published(),
            Comparator.nullsLast(Comparator.comparingLong(PublicationTime::startEpochSecond)))
        .thenComparing(Document::id));
    String expected = ReconciliationJson.write(
        Reconciler.create().reconcile(documents, ClaimExtractor.create()), ReconciliationJson.Layout.INDENTED);

    Path incoming = Files.createDirectories(tmp.resolve("incoming"));
    SparkCountercheck engine = LocalSpark.engine();
    try (ReconcileStream stream = engine.stream(incoming.toString(),
        tmp.resolve("checkpoint").toString())) {
      int size = (documents.size() + 4) / 5;
      int fewer = 0;
      for (int batch = 0; batch < 5; batch++) {
        List<Document> part = documents.subList(batch * size,
            Math.min(documents.size(), (batch + 1) * size));
        Path tmpFile = tmp.resolve("batch-" + batch + ".tmp");
        try (var w = Files.newBufferedWriter(tmpFile, StandardCharsets.UTF_8)) {
          for (Document d : part) {
            w.write(MAPPER.writeValueAsString(MAPPER.valueToTree(Article.of(d))) + "\n");
          }
        }
        // a file appears whole in the folder, as a feed should write it
        Files.move(tmpFile, incoming.resolve("batch-" + batch + ".jsonl"));
        stream.processAvailable();
        assertThat(stream.batches()).isEqualTo(batch + 1);
        assertThat(stream.lastTouchedKeys()).isPositive();
        assertThat(stream.lastTouchedKeys()).isLessThanOrEqualTo(stream.keys());
        System.out.println("batch " + batch + ": " + part.size() + " articles, "
            + stream.lastTouchedKeys() + " of " + stream.keys() + " keys reconciled"
            + (stream.lastRefreshedAll() ? " (every key)" : "") + ", " + stream.lastChange());
        if (batch > 0 && !stream.lastRefreshedAll()
            && stream.lastTouchedKeys() < stream.keys()) {
          fewer++;
        }
      }
      // the stream is incremental: some later batch left keys alone (their results kept)
      assertThat(fewer).isPositive();
      assertThat(ReconciliationJson.write(stream.result(), ReconciliationJson.Layout.INDENTED)).isEqualTo(expected);
    }
  }
}
