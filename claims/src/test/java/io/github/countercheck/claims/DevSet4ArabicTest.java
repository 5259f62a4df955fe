package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.ClaimScorer.GoldClaim;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.TestCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link ClaimExtractor} on {@code devset4/devset4-ar.jsonl}: 120 more Arabic sentences
 * drawn at random (seed 16216, {@code devset4/sample_ar4.py}) from the two corpora of devset2,
 * none of them in devset, devset2 or devset3, annotated before any extractor run. Unlike devset3
 * the set is developed on: the report ({@code target/devset4-ar-score.txt}) gives P, R, F1, the
 * negative rate and a MISS/EXTRA line per error. Fails when F1 or the negative rate falls more
 * than 0.02 below {@code devset4/recorded-score-ar4.properties}.
 */
final class DevSet4ArabicTest {

  private static final double TOLERANCE = 0.02;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One annotated sentence. */
  private record Sentence(String id, String corpus, String source, int offset, String text,
      List<GoldClaim> claims) {}

  private static List<Sentence> sentences;

  @BeforeAll
  static void load() {
    sentences = new ArrayList<>();
    for (JsonNode n : readJsonLines("/devset4/devset4-ar.jsonl")) {
      List<GoldClaim> claims = new ArrayList<>();
      n.path("claims").forEach(c -> claims.add(GoldClaim.fromJson(c)));
      sentences.add(new Sentence(n.path("id").asText(), n.path("corpus").asText(),
          n.path("source").asText(), n.path("offset").asInt(-1), n.path("text").asText(),
          claims));
    }
  }

  @Test
  void setIsWellFormedAndNewToTheOtherSets() {
    assertThat(sentences).hasSize(120);
    assertThat(sentences).extracting(Sentence::id).doesNotHaveDuplicates();
    assertThat(sentences).extracting(Sentence::text).doesNotHaveDuplicates();
    long saudi = sentences.stream().filter(s -> s.corpus().startsWith("saudi")).count();
    assertThat(saudi).isEqualTo(60);
    assertThat(sentences).extracting(Sentence::id).allMatch(id -> id.matches("dev4-ar-\\d{4}"));
    long negativeCount = sentences.stream().filter(s -> s.claims().isEmpty()).count();
    assertThat(negativeCount).isBetween(30L, 90L);
    Set<String> earlier = new HashSet<>();
    for (String f : List.of("/devset/devset.jsonl", "/devset2/devset2-ar.jsonl",
        "/devset3/devset3-ar.jsonl")) {
      readJsonLines(f).forEach(n -> earlier.add(collapse(n.path("text").asText())));
    }
    assertThat(sentences).allSatisfy(s -> {
      String t = collapse(s.text());
      assertThat(earlier).as(s.id()).noneMatch(e -> e.contains(t) || t.contains(e));
    });
  }

  @Test
  void everySentenceIsQuotedExactlyFromItsSourceFile() throws IOException {
    Map<String, Path> folders = Map.of(
        "saudi-news-2015-dev", TestCorpus.require("saudi-news-2015-dev"),
        "arabic-news-2013", TestCorpus.require("arabic-news-2013"));
    for (Sentence s : sentences) {
      String doc = Files.readString(folders.get(s.corpus()).resolve(s.source()),
          StandardCharsets.UTF_8);
      assertThat(doc.startsWith(s.text(), s.offset())).as(s.id()).isTrue();
    }
  }

  @Test
  void extractorScoresNoWorseThanRecorded() throws IOException {
    ClaimExtractor extractor = ClaimExtractor.create();
    ClaimScorer scorer = new ClaimScorer();
    int negatives = 0;
    int silent = 0;
    for (Sentence s : sentences) {
      Document doc = Document.builder(s.id() + ".txt", s.text()).language(Language.AR).build();
      List<Claim> predicted = extractor.extract(doc);
      scorer.add(s.id(), s.text(), s.claims(), predicted); // developed on: errors listed
      if (s.claims().isEmpty()) {
        negatives++;
        silent += predicted.stream().allMatch(c -> c.event() == Event.OTHER) ? 1 : 0;
      }
    }
    double negativeRate = negatives == 0 ? 1.0 : (double) silent / negatives;
    String report = String.format(Locale.ROOT,
        "devset4 Arabic, %d sentences, %d gold claims: %s | negatives without a scored claim"
            + " %d/%d = %.3f%n", sentences.size(),
        scorer.truePositives() + scorer.falseNegatives(), scorer.summary(), silent, negatives,
        negativeRate);
    report += String.join("\n", scorer.diagnostics()) + "\n";
    System.out.print(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "devset4-ar-score.txt"), report, StandardCharsets.UTF_8);

    Properties recorded = new Properties();
    try (InputStream in = resource("/devset4/recorded-score-ar4.properties")) {
      recorded.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(scorer.f1()).isGreaterThanOrEqualTo(
        Double.parseDouble(recorded.getProperty("f1")) - TOLERANCE);
    assertThat(negativeRate).isGreaterThanOrEqualTo(
        Double.parseDouble(recorded.getProperty("negatives")) - TOLERANCE);
  }

  private static String collapse(String s) {
    return String.join(" ", s.strip().split("(?U)\\s+"));
  }

  private static List<JsonNode> readJsonLines(String name) {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
    return out;
  }

  private static InputStream resource(String name) {
    InputStream in = DevSet4ArabicTest.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("test resource missing: " + name);
    }
    return in;
  }
}
