package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code countercheck score}: the README's seeds figure, the matching rules, bad input. */
final class ScoreCommandTest {

  private static final Path README = Path.of("..", "README.md");

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static String claim(String document, int start, String event, String subject, String kind,
      Long value, long low, Long high) {
    return "{\"document\":\"" + document + "\",\"span\":{\"start\":" + start + ",\"end\":" + (start + 5)
        + "},\"text\":\"x\",\"quantity\":{\"kind\":\"" + kind + "\",\"value\":" + value + ",\"low\":"
        + low + ",\"high\":" + high + "},\"event\":\"" + event + "\",\"subject\":\"" + subject + "\"}";
  }

  @Test
  void theReadmesSeedsCommandGivesTheReadmesFigure() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher row = Pattern.compile("\\| seeds \\(.*?\\| P ([0-9.]+), R ([0-9.]+), F1 ([0-9.]+) \\| `([^`]+)` \\|")
        .matcher(readme);
    assertThat(row.find()).as("the README's quality row for the seeds").isTrue();
    String command = row.group(4);
    assertThat(command).contains("./countercheck extract --format jsonl seeds/*.txt")
        .contains("./countercheck score claims/src/test/resources/seeds-gold.jsonl");
    assertThat(Path.of("..", "claims", "src", "test", "resources", "seeds-gold.jsonl")).isRegularFile();

    try (var seeds = Files.newDirectoryStream(Path.of("..", "seeds"), "*.txt")) {
      java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("extract", "--format", "jsonl"));
      seeds.forEach(p -> args.add(p.toString()));
      CliRun extract = CliRun.of(args.toArray(String[]::new));
      assertThat(extract.code()).as(extract.err()).isZero();
      Path predictions = write("p.jsonl", extract.out());
      CliRun score = CliRun.of("score", "../claims/src/test/resources/seeds-gold.jsonl", predictions.toString());
      assertThat(score.code()).as(score.err()).isZero();
      assertThat(score.out().strip()).endsWith("P=" + row.group(1) + " R=" + row.group(2) + " F1=" + row.group(3));
    }
  }

  @Test
  void countsMatchesMissesAndExtrasWithTheGoldsRules() throws IOException {
    Path gold = write("gold.jsonl", String.join("\n",
        "{\"id\":\"a\",\"claims\":["
            + "{\"event\":\"KILLED\",\"subjects\":[\"PERSON\",\"CIVILIAN\"],\"kinds\":[\"EXACT\"],\"value\":12,\"low\":12,\"high\":12},"
            + "{\"event\":\"INJURED\",\"subjects\":[\"PERSON\"],\"kinds\":[\"VAGUE\"],\"value\":null,\"low\":20,\"high\":99},"
            + "{\"event\":\"ARRESTED\",\"subjects\":[\"PERSON\"],\"kinds\":[\"EXACT\"],\"value\":3,\"low\":3,\"high\":3}]}",
        "{\"id\":\"b\",\"claims\":[]}", ""));
    Path predictions = write("p.jsonl", String.join("\n",
        claim("a.txt", 0, "KILLED", "CIVILIAN", "EXACT", 12L, 12, 12L),     // a match (second subject)
        claim("a.txt", 10, "INJURED", "PERSON", "VAGUE", null, 20, 99L),    // a match on low and high
        claim("a.txt", 20, "ARRESTED", "PERSON", "EXACT", 4L, 4, 4L),       // wrong number: extra + miss
        claim("a.txt", 30, "OTHER", "PERSON", "EXACT", 7L, 7, 7L),          // not scored
        claim("b.txt", 0, "KILLED", "PERSON", "EXACT", 2L, 2, 2L),          // extra
        claim("c.txt", 0, "KILLED", "PERSON", "EXACT", 2L, 2, 2L),          // a document the gold lacks
        "not json", ""));
    CliRun run = CliRun.of("score", "-v", gold.toString(), predictions.toString());
    assertThat(run.code()).as(run.err()).isZero();
    // tp 2, fp 2, fn 1: P 0.5, R 0.667, F1 0.571
    assertThat(run.out().lines().toList()).last().isEqualTo("tp=2 fp=2 fn=1 P=0.500 R=0.667 F1=0.571");
    assertThat(run.out()).contains("MISS a.txt {\"event\":\"ARRESTED\"").contains("EXTRA a.txt 'x' ARRESTED")
        .contains("EXTRA b.txt").doesNotContain("c.txt").doesNotContain("OTHER");
  }

  @Test
  void aSentenceCountsThePredictionsThatStartInItInCodePoints() throws IOException {
    Files.createDirectories(dir.resolve("texts"));
    // U+1F600 is two UTF-16 units: the claim starts at code point 4, UTF-16 unit 5
    write("texts/t.txt", "\uD83D\uDE00abc قتل 12 شخصا. ثم أصيب 3");
    Path gold = write("gold.jsonl", "{\"file\":\"t.txt\",\"start\":4,\"end\":17,\"claims\":["
        + "{\"event\":\"KILLED\",\"subjects\":[\"PERSON\"],\"kinds\":[\"EXACT\"],\"value\":12,\"low\":12,\"high\":12}]}\n");
    Path predictions = write("p.jsonl", claim("t.txt", 5, "KILLED", "PERSON", "EXACT", 12L, 12, 12L) + "\n"
        + claim("t.txt", 19, "INJURED", "PERSON", "EXACT", 3L, 3, 3L) + "\n");
    CliRun withTexts = CliRun.of("score", gold.toString(), predictions.toString(), dir.resolve("texts").toString());
    assertThat(withTexts.out().strip()).isEqualTo("tp=1 fp=0 fn=0 P=1.000 R=1.000 F1=1.000");
    // without the texts, offsets are compared as given: 5 is still inside [4, 17)
    CliRun without = CliRun.of("score", gold.toString(), predictions.toString());
    assertThat(without.out().strip()).isEqualTo("tp=1 fp=0 fn=0 P=1.000 R=1.000 F1=1.000");
  }

  @Test
  void readsThePredictionsFromStandardInput() throws IOException {
    Path gold = write("gold.jsonl", "{\"id\":\"a\",\"claims\":[{\"event\":\"KILLED\",\"subjects\":[\"PERSON\"],"
        + "\"kinds\":[\"EXACT\"],\"value\":1,\"low\":1,\"high\":1}]}\n");
    CliRun run = CliRun.withStdin(claim("a.txt", 0, "KILLED", "PERSON", "EXACT", 1L, 1, 1L) + "\n",
        "score", gold.toString(), "-");
    assertThat(run.out().strip()).isEqualTo("tp=1 fp=0 fn=0 P=1.000 R=1.000 F1=1.000");
  }

  @Test
  void aMissingFileOrAMalformedGoldLineIsNamedOnceWithTheReason() throws IOException {
    Path missing = dir.resolve("nope.jsonl");
    CliRun run = CliRun.of("score", missing.toString(), missing.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip()).isEqualTo("countercheck score: " + missing + ": no such file");

    Path gold = write("gold.jsonl", "{\"id\":\"a\",\"claims\":[]}\n{\"id\":\"b\"}\n");
    Path predictions = write("p.jsonl", "");
    run = CliRun.of("score", gold.toString(), predictions.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(gold + ": line 2: no \"claims\" array");

    run = CliRun.of("score", gold.toString());
    assertThat(run.code()).isEqualTo(2);
  }
}
