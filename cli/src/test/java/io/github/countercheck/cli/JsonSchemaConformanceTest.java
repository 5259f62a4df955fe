package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's JSON output conforms to the JSON Schemas shipped in the claims and reconcile jars,
 * and claims read back from JSON Lines reconcile exactly as the claims extracted directly.
 */
final class JsonSchemaConformanceTest {

  private static final Path SEEDS = Path.of("..", "seeds");
  private static final String CLAIM_ID = "https://countercheck.github.io/schema/claim.schema.json";
  private static final String RECONCILIATION_ID =
      "https://countercheck.github.io/schema/reconciliation.schema.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema claimSchema;
  private static JsonSchema reconciliationSchema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchemas() {
    // the schemas' $ids name no server: map them to the copies on the class path (the jars)
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        b -> b.schemaMappers(m -> m.mappings(Map.of(
            CLAIM_ID, "classpath:io/github/countercheck/claims/json/claim.schema.json",
            RECONCILIATION_ID,
            "classpath:io/github/countercheck/reconcile/json/reconciliation.schema.json"))));
    claimSchema = factory.getSchema(SchemaLocation.of(CLAIM_ID));
    reconciliationSchema = factory.getSchema(SchemaLocation.of(RECONCILIATION_ID));
  }



  @Test
  void everyExtractedClaimOfTheSeedsConformsToTheClaimSchema() throws IOException {
    CliRun r = CliRun.of("extract", "--format", "jsonl", SEEDS.toString());
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSizeGreaterThan(10);
    for (String line : lines) {
      assertThat(claimSchema.validate(JSON.readTree(line))).as(line).isEmpty();
    }
  }

  @Test
  void theReconciliationOfTheSeedsConformsToTheReconciliationSchema() throws IOException {
    CliRun r = CliRun.of("reconcile", "--format", "json", SEEDS.toString());
    assertThat(r.code()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("groups").size()).isGreaterThan(3);
    assertThat(reconciliationSchema.validate(doc)).isEmpty();
  }

  @Test
  void theSchemasRejectWhatBreaksTheContract() throws IOException {
    String line = CliRun.of("extract", "--format", "jsonl", SEEDS.toString()).out().lines()
        .findFirst().orElseThrow();
    ObjectNode badKind = (ObjectNode) JSON.readTree(line);
    ((ObjectNode) badKind.get("quantity")).put("kind", "ABOUT");
    assertThat(claimSchema.validate(badKind)).isNotEmpty();
    ObjectNode noSpan = (ObjectNode) JSON.readTree(line);
    noSpan.remove("span");
    assertThat(claimSchema.validate(noSpan)).isNotEmpty();
    ObjectNode boundedMoreThan = (ObjectNode) JSON.readTree(line);
    ((ObjectNode) boundedMoreThan.get("quantity")).put("kind", "MORE_THAN");
    Set<ValidationMessage> m = claimSchema.validate(boundedMoreThan);
    assertThat(m).as("MORE_THAN with a finite high").isNotEmpty();

    ObjectNode rec = (ObjectNode) JSON.readTree(CliRun.of("reconcile", "--format", "json",
        SEEDS.toString()).out());
    ((ObjectNode) rec.get("groups").get(0)).put("status", "FINE");
    assertThat(reconciliationSchema.validate(rec)).isNotEmpty();
  }

  @Test
  void timesOfDayStoriesAndScopesConformToTheReconciliationSchema() throws IOException {
    String[] sentences = {"قتل 12 شرطيا في ألماتي.", "قتل 14 شرطيا في ألماتي.",
        "أصيب 30 شخصا في الفيضان."};
    for (int i = 0; i < sentences.length; i++) {
      Files.writeString(dir.resolve(i + ".txt"), sentences[i], StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("manifest.tsv"), "file\toutlet\ttimestamp\tstory\n"
        + "0.txt\tAFP\t2013-02-26 08:13:12\tfire\n"
        + "1.txt\tReuters\t2013-02-26T10:00:00+02:00\tfire\n"
        + "2.txt\tAP\t2013-02-27\tflood\n", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("reconcile", "--format", "json", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    ObjectNode doc = (ObjectNode) JSON.readTree(r.out());
    assertThat(doc.get("stories")).hasSize(2);
    assertThat(doc.get("groups")).allSatisfy(g -> assertThat(g.has("story")).isTrue());
    assertThat(doc.get("documents")).extracting(d -> d.get("published").asText())
        .containsExactly("2013-02-26T08:13:12", "2013-02-26T10:00:00+02:00", "2013-02-27");
    assertThat(reconciliationSchema.validate(doc)).isEmpty();

    ObjectNode group = (ObjectNode) doc.get("groups").get(0);
    group.put("scope", "CUMULATIVE");
    assertThat(reconciliationSchema.validate(doc)).isEmpty();
    group.put("scope", "ELSEWHERE");
    assertThat(reconciliationSchema.validate(doc)).as("an unknown scope").isNotEmpty();
    group.remove("scope");
    ObjectNode first = (ObjectNode) doc.get("documents").get(0);
    first.put("published", "2013-02-26 08:13:12");
    assertThat(reconciliationSchema.validate(doc)).as("a space for the T").isNotEmpty();
    first.put("published", "2013-02-26T08:13");
    assertThat(reconciliationSchema.validate(doc)).as("a time without seconds").isNotEmpty();
    first.put("published", "2013-02-26T08:13:12Z");
    assertThat(reconciliationSchema.validate(doc)).isEmpty();
    ((ObjectNode) doc.get("stories").get(0)).remove("documents");
    assertThat(reconciliationSchema.validate(doc)).as("a story without documents").isNotEmpty();
  }

  @Test
  void claimsReadBackFromJsonLinesReconcileLikeTheClaimsExtractedDirectly() throws IOException {
    Path jsonl = dir.resolve("claims.jsonl");
    Files.writeString(jsonl, CliRun.of("extract", "--format", "jsonl", SEEDS.toString()).out(),
        StandardCharsets.UTF_8);
    CliRun direct = CliRun.of("reconcile", "--format", "json", SEEDS.toString());
    // the directory gives the documents' dates and publishers; the claims come from the file
    CliRun fromFile = CliRun.of("reconcile", "--format", "json", "--claims", jsonl.toString(),
        SEEDS.toString());
    assertThat(fromFile.code()).as(fromFile.err()).isZero();
    assertThat(JSON.readTree(fromFile.out())).isEqualTo(JSON.readTree(direct.out()));
    assertThat(JSON.readTree(direct.out()).get("groups").size()).isGreaterThan(3);
  }
}
