package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.countercheck.claims.ClaimScorer.GoldClaim;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link ClaimExtractor} on the annotated development set
 * ({@code src/test/resources/devset/devset.jsonl}) and on the seeds gold
 * ({@code src/test/resources/seeds-gold.jsonl} over {@code ../seeds}), with the matching rules of
 * {@code shared/tools/score-claims} (see {@link ClaimScorer}). Prints P, R and F1 overall and per
 * language with a MISS/EXTRA list, writes them to {@code target/devset-score.txt} and
 * {@code target/seeds-score.txt}, and fails when F1 drops more than 0.02 below the figure recorded
 * in {@code devset/recorded-score.properties}.
 *
 * <p>It also exports the development set for the Python scorer: {@code target/devset/texts/<id>.txt}
 * (one sentence per file), {@code target/devset/devset-gold.jsonl} (the "authored" gold format)
 * and {@code target/devset/predictions.jsonl} (this extractor's claims in the contract's JSON), so
 * that {@code python3 score-claims target/devset/devset-gold.jsonl target/devset/predictions.jsonl}
 * reproduces the figure printed here.
 */
final class DevSetEvaluationTest {

  private static final double TOLERANCE = 0.02;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path TARGET = Path.of("target");

  /** One annotated sentence of the development set. */
  private record DevSentence(String id, String outlet, String date, String source, Language language,
      String text, List<GoldClaim> claims) {}

  private static List<DevSentence> devset;
  private static Properties recorded;
  private static ClaimExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = ClaimExtractor.create();
    devset = SampledDevSet.readJsonLines("/devset/devset.jsonl").stream()
        .map(DevSetEvaluationTest::sentence)
        .toList();
    recorded = new Properties();
    try (InputStream in = SampledDevSet.resource("/devset/recorded-score.properties")) {
      recorded.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void devSetIsWellFormedAndLargeEnough() {
    assertThat(devset).hasSizeGreaterThanOrEqualTo(350);
    assertThat(devset).extracting(DevSentence::id).doesNotHaveDuplicates();
    assertThat(devset).extracting(DevSentence::text).doesNotHaveDuplicates();
    assertThat(devset).allSatisfy(s -> {
      assertThat(s.text()).as(s.id()).isNotBlank().hasSizeLessThanOrEqualTo(400);
      assertThat(Language.detect(s.text())).as(s.id()).isEqualTo(s.language());
      if (s.outlet().equals("authored")) {
        assertThat(s.source()).as(s.id()).isNull();
      } else {
        // a quotation keeps its outlet, date and article with it
        assertThat(s.source()).as(s.id()).startsWith(s.outlet() + "__").endsWith(".txt");
        assertThat(LocalDate.parse(s.date())).as(s.id())
            .isBetween(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31));
      }
    });
    assertThat(devset.stream().filter(s -> s.language() == Language.EN).count())
        .isGreaterThanOrEqualTo(40);
    assertThat(devset.stream().filter(s -> s.claims().isEmpty()).count())
        .isGreaterThanOrEqualTo(50);
  }

  @Test
  void extractorScoresOnTheDevSetNoWorseThanRecorded() throws IOException {
    ClaimScorer all = new ClaimScorer();
    TreeMap<String, ClaimScorer> byLanguage = new TreeMap<>();
    List<String> predictionLines = new ArrayList<>();
    for (DevSentence s : devset) {
      Document doc = Document.builder(s.id() + ".txt", s.text()).language(s.language()).build();
      List<Claim> predicted = extractor.extract(doc);
      all.add(s.id(), s.text(), s.claims(), predicted);
      byLanguage.computeIfAbsent(s.language().code(), k -> new ClaimScorer())
          .add(s.id(), s.text(), s.claims(), predicted);
      for (Claim c : predicted) {
        predictionLines.add(JSON.writeValueAsString(contractJson(c)));
      }
    }
    StringBuilder report = new StringBuilder();
    report.append("devset ").append(devset.size()).append(" sentences: ").append(all.summary())
        .append('\n');
    byLanguage.forEach((lang, scorer) ->
        report.append("  ").append(lang).append(": ").append(scorer.summary()).append('\n'));
    all.diagnostics().forEach(d -> report.append(d).append('\n'));
    publish("devset-score.txt", report.toString());
    exportForScoreClaims(predictionLines);

    double floor = Double.parseDouble(recorded.getProperty("f1")) - TOLERANCE;
    assertThat(all.f1()).as("devset F1 (recorded %s)", recorded.getProperty("f1"))
        .isGreaterThanOrEqualTo(floor);
  }

  @Test
  void extractorScoresOnTheSeedsNoWorseThanRecorded() throws IOException {
    ClaimScorer scorer = new ClaimScorer();
    for (JsonNode gold : SampledDevSet.readJsonLines("/seeds-gold.jsonl")) {
      String id = gold.path("id").asText();
      Document doc = Document.fromFile(Path.of("..", "seeds", id + ".txt"));
      scorer.add(id, "", goldClaims(gold), extractor.extract(doc));
    }
    StringBuilder report = new StringBuilder("seeds: ").append(scorer.summary()).append('\n');
    scorer.diagnostics().forEach(d -> report.append(d).append('\n'));
    publish("seeds-score.txt", report.toString());

    double floor = Double.parseDouble(recorded.getProperty("seeds.f1")) - TOLERANCE;
    assertThat(scorer.f1()).as("seeds F1 (recorded %s)", recorded.getProperty("seeds.f1"))
        .isGreaterThanOrEqualTo(floor);
  }

  /** The gold format of {@code score-claims} "authored": the scorer names documents {@code <id>.txt}. */
  private static void exportForScoreClaims(List<String> predictionLines) throws IOException {
    Path dir = TARGET.resolve("devset");
    Path texts = dir.resolve("texts");
    Files.createDirectories(texts);
    List<String> goldLines = new ArrayList<>();
    for (JsonNode node : SampledDevSet.readJsonLines("/devset/devset.jsonl")) {
      ObjectNode gold = JSON.createObjectNode();
      gold.put("id", node.path("id").asText());
      gold.put("lang", node.path("lang").asText());
      gold.put("text", node.path("text").asText());
      gold.set("claims", node.path("claims"));
      goldLines.add(JSON.writeValueAsString(gold));
      Files.writeString(texts.resolve(node.path("id").asText() + ".txt"), node.path("text").asText(),
          StandardCharsets.UTF_8);
    }
    Files.write(dir.resolve("devset-gold.jsonl"), goldLines, StandardCharsets.UTF_8);
    Files.write(dir.resolve("predictions.jsonl"), predictionLines, StandardCharsets.UTF_8);
  }

  private static ObjectNode contractJson(Claim c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("document", c.document());
    o.putObject("span").put("start", c.span().start()).put("end", c.span().end());
    o.put("text", c.text());
    ObjectNode q = o.putObject("quantity");
    q.put("kind", c.quantity().kind().name());
    q.put("value", c.quantity().value());
    q.put("low", c.quantity().low());
    q.put("high", c.quantity().high());
    o.put("event", c.event().name());
    o.put("subject", c.subject().name());
    o.put("language", c.language().code());
    return o;
  }

  private static void publish(String fileName, String report) throws IOException {
    System.out.print(report);
    Files.createDirectories(TARGET);
    Files.writeString(TARGET.resolve(fileName), report, StandardCharsets.UTF_8);
  }

  private static DevSentence sentence(JsonNode n) {
    return new DevSentence(
        n.path("id").asText(),
        textOrNull(n, "outlet"),
        textOrNull(n, "date"),
        textOrNull(n, "source"),
        Language.fromCode(n.path("lang").asText()),
        n.path("text").asText(),
        goldClaims(n));
  }

  private static String textOrNull(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<GoldClaim> goldClaims(JsonNode n) {
    List<GoldClaim> claims = new ArrayList<>();
    n.path("claims").forEach(c -> claims.add(GoldClaim.fromJson(c)));
    return claims;
  }
}
