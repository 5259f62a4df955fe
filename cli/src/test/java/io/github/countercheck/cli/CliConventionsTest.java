package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conventions of the command line: help with examples, exit codes, standard input, results on
 * standard output and messages on standard error, no colour or progress off a terminal, and the
 * options that choose documents and claims.
 */
final class CliConventionsTest {

  private static final Path SEEDS = Path.of("..", "seeds");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;




  private static List<JsonNode> lines(String jsonl) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : jsonl.lines().toList()) {
      nodes.add(JSON.readTree(l));
    }
    return nodes;
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "numbers", "reconcile"})
  void everySubcommandHasHelpWithExamplesAndExitCodes(String command) {
    CliRun r = CliRun.of(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: countercheck " + command).contains("Examples:")
        .contains("countercheck " + command + " ").contains("Exit codes");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theTopLevelHelpDocumentsExitCodesAndConventions() {
    CliRun r = CliRun.of("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("0  everything read and reported").contains("2  usage error")
        .contains("NO_COLOR").contains("standard error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--format=nope", "--no-such-option", "--since=yesterday"})
  void aUsageErrorExitsWithTwoAndSaysWhyOnStandardError(String bad) {
    CliRun r = CliRun.of("reconcile", bad, SEEDS.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isNotBlank();
  }

  @Test
  void aMissingInputExitsWithOneAndTheRestIsStillReported() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "قتل 12 شرطيا في ألماتي.", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("extract", dir.resolve("missing.txt").toString(), f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("missing.txt");
    assertThat(lines(r.out())).extracting(n -> n.get("document").asText()).containsOnly("a.txt");
    CliRun rec = CliRun.of("reconcile", "--format", "json", dir.resolve("missing.txt").toString(), f.toString());
    assertThat(rec.code()).isEqualTo(1);
    assertThat(rec.err()).contains("missing.txt");
    assertThat(JSON.readTree(rec.out()).get("groups").size()).isEqualTo(1);
  }

  @Test
  void aDashReadsStandardInput() throws IOException {
    CliRun r = CliRun.withStdin("قتل 12 شرطيا في ألماتي.", "extract", "-");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(lines(r.out())).singleElement()
        .satisfies(n -> assertThat(n.get("quantity").get("value").asLong()).isEqualTo(12));
    CliRun rec = CliRun.withStdin("قتل 12 شرطيا في ألماتي.", "reconcile", "--format", "json", "-");
    assertThat(rec.code()).as(rec.err()).isZero();
    assertThat(JSON.readTree(rec.out()).get("groups").get(0).get("claims").get(0)
        .get("document").asText()).isEqualTo("<stdin>");
  }

  @Test
  void offATerminalThereIsNoColourAndNoProgressLine() {
    CliRun r = CliRun.of("reconcile", SEEDS.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("\u001b[").contains("DISPUTED");
    assertThat(r.err()).isEmpty();
    assertThat(CliRun.of("reconcile", "--color", SEEDS.toString()).out()).contains("\u001b[");
    assertThat(CliRun.of("reconcile", "--no-color", SEEDS.toString()).out()).doesNotContain("\u001b[");
  }

  @Test
  void writesTheReportToAFileWithDashO() throws IOException {
    Path md = dir.resolve("r.md");
    CliRun r = CliRun.of("reconcile", "--format", "markdown", "-o", md.toString(), SEEDS.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(md, StandardCharsets.UTF_8)).startsWith("# Reconciliation");
  }

  @Test
  void eventAndSubjectKeepOnlyTheirClaimsWithTheSubjectsKinds() throws IOException {
    List<JsonNode> all = lines(CliRun.of("extract", SEEDS.toString()).out());
    List<JsonNode> killed = lines(CliRun.of("extract", "--event", "KILLED", SEEDS.toString()).out());
    assertThat(killed).isNotEmpty().hasSizeLessThan(all.size())
        .allSatisfy(n -> assertThat(n.get("event").asText()).isEqualTo("KILLED"));
    List<JsonNode> forces = lines(CliRun.of("extract", "--event", "killed", "--subject", "SECURITY_FORCES",
        SEEDS.toString()).out());
    assertThat(forces).extracting(n -> n.get("subject").asText())
        .contains("POLICE", "SECURITY_FORCES").doesNotContain("PROTESTER", "PERSON");
    List<JsonNode> two = lines(CliRun.of("extract", "--event", "KILLED", "--event", "INJURED",
        SEEDS.toString()).out());
    assertThat(two).extracting(n -> n.get("event").asText()).containsOnly("KILLED", "INJURED")
        .contains("INJURED");
    JsonNode rec = JSON.readTree(CliRun.of("reconcile", "--format", "json", "--event", "INJURED",
        SEEDS.toString()).out());
    assertThat(rec.get("groups")).allSatisfy(g -> assertThat(g.get("event").asText()).isEqualTo("INJURED"));
    assertThat(rec.get("groups").size()).isEqualTo(1);
  }

  @Test
  void sinceAndUntilKeepTheDocumentsOfTheirDatesAndTheUndatedOnes() throws IOException {
    CliRun r = CliRun.of("reconcile", "--format", "json", "--since", "2022-01-06", "--until", "2022-01-06",
        SEEDS.toString());
    assertThat(r.code()).isZero();
    JsonNode docs = JSON.readTree(r.out()).get("documents");
    assertThat(docs).extracting(d -> d.get("published").asText()).containsOnly("2022-01-06");
    assertThat(lines(CliRun.of("extract", "--since", "2022-01-07", SEEDS.toString()).out()))
        .extracting(n -> n.get("document").asText())
        .containsOnly("002_e4eda7b29b88d456.txt", "003_3810943d2a17cf84.txt");

    Path loose = dir.resolve("loose.txt");
    Files.writeString(loose, "قتل 12 شرطيا في ألماتي.", StandardCharsets.UTF_8);
    CliRun undated = CliRun.of("extract", "--since", "2030-01-01", loose.toString());
    assertThat(undated.code()).isZero();
    assertThat(lines(undated.out())).hasSize(1);
    assertThat(undated.err()).contains("undated").contains("loose.txt");
    assertThat(CliRun.of("extract", "--since", "2022-02-01", "--until", "2022-01-01", loose.toString())
        .code()).isEqualTo(2);
  }

  @Test
  void aManifestGivesLooseFilesTheirPublisherAndDate() throws IOException {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, "قتل 12 شرطيا في ألماتي.", StandardCharsets.UTF_8);
    Path m = dir.resolve("meta.json");
    Files.writeString(m, """
        {"documents":[{"file":"a.txt","publisher":"الميادين","published":"2022-01-05"}]}
        """, StandardCharsets.UTF_8);
    JsonNode r = JSON.readTree(CliRun.of("reconcile", "--format", "json", "--manifest", m.toString(),
        a.toString()).out());
    assertThat(r.get("documents").get(0).get("publisher").asText()).isEqualTo("الميادين");
    assertThat(r.get("documents").get(0).get("published").asText()).isEqualTo("2022-01-05");
    assertThat(lines(CliRun.of("extract", "--manifest", m.toString(), "--until", "2022-01-04",
        a.toString()).out())).isEmpty();
    CliRun broken = CliRun.of("extract", "--manifest", dir.resolve("none.json").toString(), a.toString());
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.err()).contains("none.json");
  }

  @Test
  void langForcesTheDocumentLanguage() throws IOException {
    // 60% Latin letters: a mixed sentence, read as Arabic unless the document is said to be English
    String mixed = "12 police were killed in الماتي العاصمة";
    List<JsonNode> en = lines(CliRun.withStdin(mixed, "extract", "--lang", "en", "-").out());
    List<JsonNode> auto = lines(CliRun.withStdin(mixed, "extract", "--lang", "auto", "-").out());
    assertThat(en).isNotEmpty().allSatisfy(n -> assertThat(n.get("language").asText()).isEqualTo("en"));
    assertThat(auto).noneSatisfy(n -> assertThat(n.get("language").asText()).isEqualTo("en"));
    assertThat(CliRun.of("extract", "--lang", "fr", "-").code()).isEqualTo(2);
  }
}
