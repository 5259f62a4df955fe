package io.github.countercheck.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.claims.json.ArticleReader;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job gives the single-JVM library's reconciliation, byte for byte, on {@code local[2]}. */
final class SparkReconcileTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final SparkCountercheck engine = LocalSpark.engine();

  @Test
  void twentyThousandGeneratedClaimsGiveTheSingleJvmJson(@TempDir Path tmp) throws IOException {
    Generated g = new Generated(20_000, 19);
    Reconciler reconciler = Reconciler.builder().windowDays(5).sameTime(Duration.ofHours(2))
        .build();
    String expected = ReconciliationJson.write(
        reconciler.reconcile(g.claims, g.documents, g.titles), ReconciliationJson.Layout.INDENTED);

    SparkCountercheck cc = engine.reconciler(reconciler);
    List<ClaimRecord> claims = new ArrayList<>();
    g.claims.forEach(c -> claims.add(ClaimRecord.of(c)));
    List<DocumentRecord> docs = new ArrayList<>();
    g.documents.forEach(d -> docs.add(DocumentRecord.of(d)));
    Dataset<ClaimRecord> claimSet = cc.session().createDataset(claims, SparkCountercheck.CLAIM)
        .repartition(7);
    Dataset<DocumentRecord> docSet = cc.session().createDataset(docs, SparkCountercheck.DOCUMENT)
        .repartition(3);
    Reconciliation r = cc.reconcile(claimSet, docSet, g.titles);

    assertThat(r.groups().size()).isGreaterThan(1000);
    assertThat(ReconciliationJson.write(r, ReconciliationJson.Layout.INDENTED)).isEqualTo(expected);

    // the parts: one group a line, the same groups as the single file's
    String parts = tmp.resolve("parts").toString();
    try (Groups groups = cc.groups(claimSet, docSet.distinct())) {
      GroupJob.groupLines(groups.results).write().text(parts);
      // how far the claims spread: one key with the stub partitioner, thousands with the real one
      System.out.println("20,000 claims: " + groups.keyed.select("_1").distinct().count()
          + " partition keys in " + groups.results.count() + " buckets, " + r.groups().size()
          + " groups");
    }
    assertThat(sortedLines(Path.of(parts))).isEqualTo(sortedGroups(expected));
  }

  @Test
  void theDevelopmentSetFiveTimesOverEndToEnd(@TempDir Path tmp) throws IOException {
    List<Document> documents = Devset.documents(5);
    assertThat(documents).hasSize(5 * 379);
    String expected = ReconciliationJson.write(
        Reconciler.create().reconcile(documents, ClaimExtractor.create()), ReconciliationJson.Layout.INDENTED);

    // JSON Lines of articles in, the contract's JSON and the parts out
    Path lines = tmp.resolve("articles.jsonl");
    try (var w = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
      for (Document d : documents) {
        w.write(MAPPER.writeValueAsString(MAPPER.valueToTree(Article.of(d))));
        w.write('\n');
      }
    }
    Path json = tmp.resolve("out.json");
    String parts = tmp.resolve("parts").toString();
    Reconciliation r = engine.run(Inputs.articleLines(lines.toString()), new Outputs(json, parts));

    assertThat(r.claimCount()).isGreaterThan(5 * 300);
    assertThat(r.stories().size()).isGreaterThan(50);
    assertThat(Files.readString(json, StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(sortedLines(Path.of(parts))).isEqualTo(sortedGroups(expected));
  }

  @Test
  void aFolderOfArticlesWithItsManifestAsTheCommandLineReadsIt(@TempDir Path tmp)
      throws IOException {
    Path seeds = Path.of("../seeds");
    ArticleReader.Articles read = ArticleReader.read(seeds);
    String expected = ReconciliationJson.write(
        Reconciler.create().reconcile(read.documents(), ClaimExtractor.create()), ReconciliationJson.Layout.INDENTED);
    Path json = tmp.resolve("seeds.json");
    engine.run(Inputs.folders(seeds), Outputs.json(json));
    assertThat(Files.readString(json, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void claimsFromJsonLinesAreReconciledWithoutExtraction(@TempDir Path tmp) throws IOException {
    List<Document> documents = Devset.documents(1);
    ClaimExtractor extractor = ClaimExtractor.create();
    List<Claim> claims = new ArrayList<>();
    for (Document d : documents) {
      claims.addAll(extractor.extract(d));
    }
    Path claimFile = tmp.resolve("claims.jsonl");
    try (var w = Files.newBufferedWriter(claimFile, StandardCharsets.UTF_8)) {
      io.github.countercheck.claims.json.ClaimJson.writeJsonLines(claims, w);
    }
    Path articles = tmp.resolve("articles.jsonl");
    try (var w = Files.newBufferedWriter(articles, StandardCharsets.UTF_8)) {
      for (Document d : documents) {
        w.write(MAPPER.writeValueAsString(MAPPER.valueToTree(Article.of(d))) + "\n");
      }
    }
    String expected = ReconciliationJson.write(
        Reconciler.create().reconcile(documents, extractor), ReconciliationJson.Layout.INDENTED);
    Reconciliation r = engine.run(Inputs.articleLines(articles.toString())
        .withClaimLines(claimFile.toString()), new Outputs(null, null));
    assertThat(ReconciliationJson.write(r, ReconciliationJson.Layout.INDENTED)).isEqualTo(expected);
  }

  @Test
  void refusesWhatCannotBeRead(@TempDir Path tmp) {
    assertThatThrownBy(() -> engine.articles(List.of(tmp.resolve("missing"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    assertThatThrownBy(() -> SparkCountercheck.local("yarn"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a local master");
    List<DocumentRecord> clash = List.of(
        DocumentRecord.of(new DocumentMetadata("a", "x", null)),
        DocumentRecord.of(new DocumentMetadata("a", "y", null)));
    assertThatThrownBy(() -> engine.reconcile(
        engine.session().createDataset(List.<ClaimRecord>of(), SparkCountercheck.CLAIM),
        engine.session().createDataset(clash, SparkCountercheck.DOCUMENT), java.util.Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
  }

  /** The lines of a folder of text parts, sorted. */
  static List<String> sortedLines(Path folder) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
        out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    out.sort(null);
    return out;
  }

  /** The groups of a reconciliation's JSON, one compact line each, sorted. */
  static List<String> sortedGroups(String json) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode g : MAPPER.readTree(json).get("groups")) {
      out.add(MAPPER.writeValueAsString(g));
    }
    out.sort(null);
    return out;
  }
}
