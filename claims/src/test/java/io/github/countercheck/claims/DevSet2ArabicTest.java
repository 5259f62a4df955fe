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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link ClaimExtractor} on the Arabic part of the sampled development set
 * ({@code src/test/resources/devset2/devset2-ar.jsonl}, drawn at random by
 * {@code devset2/sample_ar.py}; see {@code devset2/README-ar.md}), per split: {@code dev}, the part
 * rules may be developed on, and {@code measure}, the part that is only measured. Prints P, R and F1
 * per split, the negative rate (the share of claim-free sentences that yield no scored claim; the
 * share that yields no claim at all, {@link Event#OTHER} included, is printed too) and a
 * MISS/EXTRA line per error of the {@code dev} split, writes them to
 * {@code target/devset2-ar-score.txt}, and fails when a split's F1 or negative rate falls more than
 * 0.02 below the figure in {@code devset2/recorded-score-ar.properties}. The errors of the
 * {@code measure} split are counted, never listed, so that no rule is written from them.
 */
final class DevSet2ArabicTest {

  private static final double TOLERANCE = 0.02;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RESOURCE = "/devset2/devset2-ar.jsonl";
  private static final List<String> SPLITS = List.of("dev", "measure");

  /** One annotated sentence. */
  private record Sentence(String id, String corpus, String outlet, String date, String source,
      int offset, String text, String split, List<GoldClaim> claims) {}

  private static List<Sentence> sentences;
  private static Properties recorded;

  @BeforeAll
  static void load() {
    sentences = new ArrayList<>();
    for (JsonNode n : readJsonLines(RESOURCE)) {
      List<GoldClaim> claims = new ArrayList<>();
      n.path("claims").forEach(c -> claims.add(GoldClaim.fromJson(c)));
      sentences.add(new Sentence(n.path("id").asText(), n.path("corpus").asText(),
          n.path("outlet").asText(), n.path("date").asText(), n.path("source").asText(),
          n.path("offset").asInt(-1), n.path("text").asText(), n.path("split").asText(),
          claims));
    }
    recorded = new Properties();
    try (InputStream in = resource("/devset2/recorded-score-ar.properties")) {
      recorded.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void setIsWellFormedSplitAndDisjointFromTheFirstDevSet() {
    assertThat(sentences).hasSizeGreaterThanOrEqualTo(350);
    assertThat(sentences).extracting(Sentence::id).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("dev2-ar-\\d{4}"));
    assertThat(sentences).extracting(Sentence::text).doesNotHaveDuplicates();
    assertThat(sentences).allSatisfy(s -> {
      assertThat(s.split()).as(s.id()).isIn(SPLITS);
      assertThat(s.corpus()).as(s.id()).isIn("saudi-news-2015-dev", "arabic-news-2013");
      assertThat(s.source()).as(s.id()).endsWith(".txt");
      assertThat(s.offset()).as(s.id()).isNotNegative();
      assertThat(s.text()).as(s.id()).isNotBlank().isEqualTo(s.text().strip());
      assertThat(Language.detect(s.text())).as(s.id()).isNotEqualTo(Language.EN);
      assertThat(LocalDate.parse(s.date()).getYear()).as(s.id()).isIn(2013, 2015);
    });
    // about half from each corpus, about 60 % dev and 40 % measure
    long saudi = sentences.stream().filter(s -> s.corpus().startsWith("saudi")).count();
    assertThat(saudi * 1.0 / sentences.size()).isBetween(0.4, 0.6);
    long measure = sentences.stream().filter(s -> s.split().equals("measure")).count();
    assertThat(measure * 1.0 / sentences.size()).isBetween(0.35, 0.45);
    // negatives come in their natural proportion: a drawn set is never all claims or all negatives
    long negatives = sentences.stream().filter(s -> s.claims().isEmpty()).count();
    assertThat(negatives).isBetween(50L, sentences.size() - 50L);
    // no sentence of the first development set comes back, not even inside a longer one
    List<String> first = new ArrayList<>();
    for (JsonNode n : readJsonLines("/devset/devset.jsonl")) {
      first.add(collapse(n.path("text").asText()));
    }
    assertThat(sentences).allSatisfy(s -> {
      String t = collapse(s.text());
      assertThat(first).as(s.id()).noneMatch(f -> f.contains(t) || t.contains(f));
    });
  }

  @Test
  void everySentenceIsQuotedExactlyFromItsSourceFile() throws IOException {
    Map<String, Path> folders = Map.of(
        "saudi-news-2015-dev", TestCorpus.require("saudi-news-2015-dev"),
        "arabic-news-2013", TestCorpus.require("arabic-news-2013"));
    for (Sentence s : sentences) {
      Path file = folders.get(s.corpus()).resolve(s.source());
      String doc = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(doc.startsWith(s.text(), s.offset())).as("%s at %d in %s", s.id(), s.offset(), file)
          .isTrue();
    }
  }

  @Test
  void extractorScoresOnEachSplitNoWorseThanRecorded() throws IOException {
    ClaimExtractor extractor = ClaimExtractor.create();
    Map<String, ClaimScorer> scorers = new LinkedHashMap<>();
    // per split: claim-free sentences, those with no scored claim, those with no claim at all
    Map<String, int[]> negatives = new LinkedHashMap<>();
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (String split : SPLITS) {
      scorers.put(split, new ClaimScorer());
      negatives.put(split, new int[3]);
      counts.put(split, new int[2]);
    }
    for (Sentence s : sentences) {
      Document doc = Document.builder(s.id() + ".txt", s.text()).language(Language.AR).build();
      List<Claim> predicted = extractor.extract(doc);
      scorers.get(s.split()).add(s.id(), s.text(), s.claims(), predicted);
      counts.get(s.split())[0]++;
      counts.get(s.split())[1] += s.claims().size();
      if (s.claims().isEmpty()) {
        negatives.get(s.split())[0]++;
        if (predicted.stream().allMatch(c -> c.event() == Event.OTHER)) {
          negatives.get(s.split())[1]++;
        }
        if (predicted.isEmpty()) {
          negatives.get(s.split())[2]++;
        }
      }
    }
    StringBuilder report = new StringBuilder("devset2 Arabic, ").append(sentences.size())
        .append(" sentences\n");
    for (String split : SPLITS) {
      int[] n = negatives.get(split);
      report.append(String.format(Locale.ROOT, "  %-7s %3d sentences, %3d claims: %s",
              split, counts.get(split)[0], counts.get(split)[1], scorers.get(split).summary()))
          .append(String.format(Locale.ROOT,
              " | negatives without a scored claim %d/%d = %.3f, without any claim (OTHER too)"
                  + " %d/%d = %.3f%n", n[1], n[0], rate(n[1], n[0]), n[2], n[0], rate(n[2], n[0])));
    }
    report.append("errors of the dev split (the measure split's are counted, never listed):\n");
    scorers.get("dev").diagnostics().forEach(d -> report.append(d).append('\n'));
    System.out.print(report);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("devset2-ar-score.txt"), report.toString(),
        StandardCharsets.UTF_8);

    for (String split : SPLITS) {
      double f1Floor = Double.parseDouble(recorded.getProperty(split + ".f1")) - TOLERANCE;
      assertThat(scorers.get(split).f1()).as("%s F1 (recorded %s)", split,
          recorded.getProperty(split + ".f1")).isGreaterThanOrEqualTo(f1Floor);
      double negFloor = Double.parseDouble(recorded.getProperty(split + ".negatives")) - TOLERANCE;
      int[] n = negatives.get(split);
      assertThat(rate(n[1], n[0])).as("%s negative rate (recorded %s)", split,
          recorded.getProperty(split + ".negatives")).isGreaterThanOrEqualTo(negFloor);
    }
  }

  private static double rate(int part, int whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
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
    InputStream in = DevSet2ArabicTest.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("test resource missing: " + name);
    }
    return in;
  }
}
