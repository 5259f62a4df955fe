package io.github.countercheck.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.ClaimScorer.GoldClaim;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * One language of the sampled development set {@code src/test/resources/devset2/devset2-<lang>.jsonl}
 * (see {@code devset2/README-en.md}), scored per split with the rules of
 * {@code shared/tools/score-claims} ({@link ClaimScorer}).
 *
 * <p>Each split gets P, R and F1 and the negative rate: the share of its claim-free sentences for
 * which the extractor emits no scored claim (events other than {@link Event#OTHER}); the report also
 * gives the stricter share with no claim at all. MISS/EXTRA lines are written for the {@code dev}
 * split only: the {@code measure} split is measured, never studied.
 */
final class DevSet2Evaluation {

  /** The split that is developed on; its errors are listed in the report. */
  static final String DEV = "dev";
  /** The split that is only measured; its errors are never listed. */
  static final String MEASURE = "measure";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One sampled sentence with its gold claims. */
  record Sentence(String id, String outlet, String source, int start, int end, Language language,
      String split, String text, List<GoldClaim> claims) {}

  /** The figures of one split. */
  static final class SplitScore {
    final ClaimScorer scorer = new ClaimScorer();
    int sentences;
    int negatives;
    int negativesWithoutScoredClaim;
    int negativesWithoutAnyClaim;

    /** @return the share of claim-free sentences that yield no scored claim */
    double negativeRate() {
      return negatives == 0 ? 1.0 : (double) negativesWithoutScoredClaim / negatives;
    }

    String summary() {
      return String.format(Locale.ROOT,
          "%d sentences, %d gold claims: %s; negatives %d, silent %d (%.3f), no claim at all %d (%.3f)",
          sentences, scorer.truePositives() + scorer.falseNegatives(), scorer.summary(), negatives,
          negativesWithoutScoredClaim, negativeRate(), negativesWithoutAnyClaim,
          negatives == 0 ? 1.0 : (double) negativesWithoutAnyClaim / negatives);
    }
  }

  private final String set;
  private final String lang;
  private final List<Sentence> sentences;

  private DevSet2Evaluation(String set, String lang, List<Sentence> sentences) {
    this.set = set;
    this.lang = lang;
    this.sentences = List.copyOf(sentences);
  }

  /**
   * @param lang the language code of the file, {@code en} or {@code ar}
   * @return the sentences of {@code devset2/devset2-<lang>.jsonl}
   */
  static DevSet2Evaluation load(String lang) {
    return load("devset2", lang);
  }

  /**
   * @param set the folder and file prefix of the set, {@code devset2} or {@code devset3}
   * @param lang the language code of the file
   * @return the sentences of {@code <set>/<set>-<lang>.jsonl}
   */
  static DevSet2Evaluation load(String set, String lang) {
    String name = "/" + set + "/" + set + "-" + lang + ".jsonl";
    List<Sentence> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(sentence(JSON.readTree(line)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
    return new DevSet2Evaluation(set, lang, out);
  }

  /** @return the recorded figures of {@code <set>/recorded-score-<lang>.properties} */
  Properties recorded() {
    Properties p = new Properties();
    try (InputStream in = resource("/" + set + "/recorded-score-" + lang + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  List<Sentence> sentences() {
    return sentences;
  }

  /**
   * Scores the extractor on every split, and on all sentences under the key {@code all}.
   *
   * @param extractor the extractor
   * @return the figures by split, {@code dev} and {@code measure} first
   */
  Map<String, SplitScore> score(ClaimExtractor extractor) {
    Map<String, SplitScore> scores = new LinkedHashMap<>();
    scores.put(DEV, new SplitScore());
    scores.put(MEASURE, new SplitScore());
    scores.put("all", new SplitScore());
    for (Sentence s : sentences) {
      Document doc = Document.builder(s.id() + ".txt", s.text()).language(s.language()).build();
      List<Claim> predicted = extractor.extract(doc);
      boolean scored = predicted.stream().anyMatch(c -> c.event() != Event.OTHER);
      for (SplitScore score : List.of(scores.computeIfAbsent(s.split(), k -> new SplitScore()),
          scores.get("all"))) {
        score.sentences++;
        // diagnostics quote the text only for the dev split
        score.scorer.add(s.id(), DEV.equals(s.split()) ? s.text() : "", s.claims(), predicted);
        if (s.claims().isEmpty()) {
          score.negatives++;
          score.negativesWithoutScoredClaim += scored ? 0 : 1;
          score.negativesWithoutAnyClaim += predicted.isEmpty() ? 1 : 0;
        }
      }
    }
    return scores;
  }

  /**
   * Writes the report to {@code target/<set>-<lang>-score.txt} and prints it.
   *
   * @param scores the figures of {@link #score}
   * @return the report
   */
  String publish(Map<String, SplitScore> scores) {
    StringBuilder report = new StringBuilder();
    report.append(set).append('-').append(lang).append('\n');
    scores.forEach((split, score) ->
        report.append("  ").append(split).append(": ").append(score.summary()).append('\n'));
    report.append("errors of the dev split (the measure split is not listed):\n");
    scores.get(DEV).scorer.diagnostics().forEach(d -> report.append(d).append('\n'));
    System.out.print(report);
    try {
      Path target = Path.of("target");
      Files.createDirectories(target);
      Files.writeString(target.resolve(set + "-" + lang + "-score.txt"), report.toString(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return report.toString();
  }

  private static Sentence sentence(JsonNode n) {
    List<GoldClaim> claims = new ArrayList<>();
    n.path("claims").forEach(c -> claims.add(GoldClaim.fromJson(c)));
    return new Sentence(
        n.path("id").asText(),
        n.path("outlet").asText(),
        n.path("source").asText(),
        n.path("start").asInt(-1),
        n.path("end").asInt(-1),
        Language.fromCode(n.path("lang").asText()),
        n.path("split").asText(),
        n.path("text").asText(),
        claims);
  }

  private static InputStream resource(String name) {
    InputStream in = DevSet2Evaluation.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("test resource missing: " + name);
    }
    return in;
  }
}
