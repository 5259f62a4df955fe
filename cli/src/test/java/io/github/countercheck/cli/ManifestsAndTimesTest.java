package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A directory's {@code manifest.tsv} (as a crawler writes it: outlet and a time of day), read
 * beside or instead of its {@code manifest.json}, and {@code --since}/{@code --until} with
 * date-times.
 */
final class ManifestsAndTimesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Five one-sentence articles, each with one claim: four dated, one not. */
  @BeforeEach
  void articles() throws IOException {
    String[] names = {"a.txt", "b.txt", "c.txt", "d.txt", "e.txt"};
    int n = 10;
    for (String name : names) {
      Files.writeString(dir.resolve(name), "قتل " + n++ + " شرطيا في ألماتي.",
          StandardCharsets.UTF_8);
    }
    // the shared corpus's layout, with a byte-order mark and CRLF line ends
    writeTsv("manifest.tsv", "\uFEFFfile\toutlet\tcategory\toriginal_path\ttimestamp\tbytes\r\n"
        + "a.txt\talmasryalyoum\taccidents\trss/a.txt\t2013-02-26 08:13:12\t40\r\n"
        + "b.txt\tshorouknews\taccidents\trss/b.txt\t2013-02-26 14:05:00\t40\r\n"
        + "c.txt\tmasrawy\taccidents\trss/c.txt\t2013-02-26\t40\r\n"
        + "d.txt\telfagr\taccidents\trss/d.txt\t2013-02-27 09:00:00\t40\r\n"
        + "e.txt\tfjp\taccidents\trss/e.txt\t\t40\r\n");
  }

  private void writeTsv(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** @return the reconciliation's documents by id */
  private static Map<String, JsonNode> documents(CliRun r) throws IOException {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode d : JSON.readTree(r.out()).get("documents")) {
      byId.put(d.get("id").asText(), d);
    }
    return byId;
  }

  /** @return the documents of the claims {@code extract} printed */
  private static Set<String> extracted(CliRun r) throws IOException {
    Set<String> docs = new TreeSet<>();
    for (String line : r.out().lines().toList()) {
      docs.add(JSON.readTree(line).get("document").asText());
    }
    return docs;
  }

  @Test
  void readsTheOutletAndTimeOfDayOfADirectorysManifestTsv() throws IOException {
    CliRun r = CliRun.of("reconcile", "--format", "json", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    Map<String, JsonNode> docs = documents(r);
    assertThat(docs.get("a.txt").get("publisher").asText()).isEqualTo("almasryalyoum");
    assertThat(docs.get("a.txt").get("published").asText()).isEqualTo("2013-02-26T08:13:12");
    assertThat(docs.get("c.txt").get("published").asText()).as("a date stays a day")
        .isEqualTo("2013-02-26");
    assertThat(docs.get("e.txt").get("publisher").asText()).isEqualTo("fjp");
    assertThat(docs.get("e.txt").get("published").isNull()).as("a blank cell is unknown").isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // --since | --until | documents kept (e.txt is undated: always kept)
    "2013-02-26T12:00||b.txt c.txt d.txt e.txt",
    "2013-02-26T12:00|2013-02-26|b.txt c.txt e.txt",
    "|2013-02-26 10:00|a.txt c.txt e.txt",
    "2013-02-27||d.txt e.txt",
    "|2013-02-26|a.txt b.txt c.txt e.txt",
    // the bounds are inclusive to the second: 08:13:12 is before the window, 14:05:00 in it
    "2013-02-26T08:13:13|2013-02-26T14:05|b.txt c.txt e.txt",
    "2013-02-26T08:13:12|2013-02-26T08:13:12|a.txt c.txt e.txt",
    // with an offset: 10:10+02:00 is 08:10 on the documents' clock (read as UTC)
    "2013-02-26T10:10+02:00|2013-02-26T10:20+02:00|a.txt c.txt e.txt",
    "2013-02-26T10:10|2013-02-26T10:20|c.txt e.txt",
    "2013-02-26T10:00:00Z|2013-02-27T08:59:59Z|b.txt c.txt e.txt",
  })
  void sinceAndUntilTakeDateTimesAndKeepWhatOverlapsTheWindow(String since, String until,
      String kept) throws IOException {
    List<String> args = new ArrayList<>(List.of("extract"));
    if (since != null) {
      args.addAll(List.of("--since", since));
    }
    if (until != null) {
      args.addAll(List.of("--until", until));
    }
    args.add(dir.toString());
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(extracted(r)).containsExactlyInAnyOrder(kept.split(" "));
    assertThat(r.err()).contains("kept 1 undated document").contains("e.txt");
  }

  @Test
  void theReconciliationLeavesOutTheDocumentsOutsideTheWindow() throws IOException {
    CliRun r = CliRun.of("reconcile", "--format", "json", "--since", "2013-02-26T12:00",
        "--until", "2013-02-26", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(documents(r).keySet()).containsExactlyInAnyOrder("b.txt", "c.txt", "e.txt");
  }

  @Test
  void refusesAnEmptyWindowAndATimeItCannotRead() {
    CliRun empty = CliRun.of("extract", "--since", "2013-02-26T15:00", "--until",
        "2013-02-26T14:00", dir.toString());
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).contains("--since 2013-02-26T15:00:00 is after --until");
    assertThat(CliRun.of("extract", "--since", "2013-02-26", "--until", "2013-02-26T00:00",
        dir.toString()).code()).as("a day's first second is a window").isZero();
    CliRun bad = CliRun.of("extract", "--since", "2013-02-26T25:00", dir.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err()).contains("--since").contains("'2013-02-26T25:00' is not a date (yyyy-mm-dd)"
        + " or a date-time");
  }

  @Test
  void aDirectoryWithBothManifestsReadsBothAndTheJsonWinsForAFileBothName() throws IOException {
    Files.writeString(dir.resolve("manifest.json"), """
        {"documents":[{"file":"b.txt","publisher":"الشروق","published":"2013-02-26T14:00:00+02:00",
                       "story":"almaty"}]}
        """, StandardCharsets.UTF_8);
    // only the manifests' story ids: the clustering would give a.txt one of its own
    CliRun r = CliRun.of("reconcile", "--format", "json", "--stories", "manifest",
        dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, JsonNode> docs = documents(r);
    assertThat(docs.get("a.txt").get("publisher").asText()).isEqualTo("almasryalyoum");
    assertThat(docs.get("b.txt").get("publisher").asText()).isEqualTo("الشروق");
    assertThat(docs.get("b.txt").get("published").asText()).isEqualTo("2013-02-26T14:00:00+02:00");
    assertThat(docs.get("b.txt").get("story").asText()).isEqualTo("almaty");
    assertThat(docs.get("a.txt").has("story")).isFalse();
  }

  @Test
  void aStoryColumnReachesTheDocumentsGroupsAndStories() throws IOException {
    writeTsv("manifest.tsv", "file\tpublisher\tpublished\tstory\n"
        + "a.txt\tAFP\t2013-02-26T08:00\tfire\n"
        + "b.txt\tReuters\t2013-02-26T09:00\tfire\n"
        + "c.txt\tAP\t2013-02-26\tflood\n");
    CliRun r = CliRun.of("reconcile", "--format", "json", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("stories")).extracting(s -> s.get("id").asText()).contains("fire", "flood");
    assertThat(root.get("groups")).extracting(g -> g.get("story").asText())
        .contains("fire", "flood");
    assertThat(documents(r).get("a.txt").get("story").asText()).isEqualTo("fire");
  }

  @Test
  void manifestTakesATsvForLooseFiles() throws IOException {
    Path crawl = dir.resolve("crawl.TSV");
    Files.writeString(crawl, "File\tOutlet\tDateTime\nloose.txt\tbbcarabicnews\t2013-02-26 20:30\n",
        StandardCharsets.UTF_8);
    Path other = Files.createDirectory(dir.resolve("elsewhere"));
    Path loose = other.resolve("loose.txt");
    Files.writeString(loose, "قتل 12 شرطيا في ألماتي.", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("reconcile", "--format", "json", "--manifest", crawl.toString(),
        loose.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = documents(r).get("loose.txt");
    assertThat(d.get("publisher").asText()).isEqualTo("bbcarabicnews");
    assertThat(d.get("published").asText()).isEqualTo("2013-02-26T20:30:00");
  }

  @Test
  void namesTheLineAndColumnOfABrokenManifestTsvAndStillReadsTheArticles() throws IOException {
    writeTsv("manifest.tsv", "file\toutlet\ttimestamp\n"
        + "a.txt\talmasryalyoum\t2013-02-26 08:13:12\n"
        + "b.txt\tshorouknews\t26/02/2013 14:05\n");
    CliRun r = CliRun.of("extract", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString()
        .contains("manifest.tsv:3: column 'timestamp': '26/02/2013 14:05' is not a date");
    assertThat(extracted(r)).hasSize(5);
  }

  @Test
  void aDocumentReadTwiceIsNamedAndSkipped() {
    CliRun r = CliRun.of("extract", dir.resolve("a.txt").toString(), dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("a document with the id a.txt was already read");
    assertThat(r.out().lines().filter(l -> l.contains("\"document\":\"a.txt\""))).hasSize(1);
  }
}
