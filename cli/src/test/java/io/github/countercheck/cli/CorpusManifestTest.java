package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.TestCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shared corpus {@code arabic-news-2013} loads through the command line's input path as it
 * is: every article gets its outlet and its crawl time of day from {@code manifest.tsv}. Needs
 * {@code -Dcountercheck.corpus}; skipped without it.
 */
final class CorpusManifestTest {

  /** The manifest's columns, read here by position as the corpus writes them. */
  private record Row(String outlet, String timestamp) {}

  private static Map<String, Row> rows(Path corpus) throws IOException {
    List<String> lines = Files.readAllLines(corpus.resolve("manifest.tsv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("file\toutlet\tcategory\toriginal_path\ttimestamp\tbytes");
    Map<String, Row> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      rows.put(cells[0], new Row(cells[1], cells[4]));
    }
    return rows;
  }

  private static Inputs.Loaded load(Path corpus, StringWriter err) {
    Inputs inputs = new Inputs();
    inputs.paths.add(corpus.toString());
    return inputs.load("reconcile", new PrintWriter(err));
  }

  @Test
  void everyArticleGetsItsOutletAndTimeOfDayFromTheManifestTsv() throws IOException {
    Path corpus = TestCorpus.require("arabic-news-2013");
    Map<String, Row> rows = rows(corpus);
    StringWriter err = new StringWriter();
    Inputs.Loaded loaded = load(corpus, err);
    assertThat(err.toString()).isEmpty();
    assertThat(loaded.failed()).isFalse();
    assertThat(loaded.documents()).hasSize(rows.size()).hasSizeGreaterThan(1_500);
    Set<String> outlets = new TreeSet<>();
    for (Document d : loaded.documents()) {
      Row row = rows.get(d.id());
      assertThat(row).as(d.id()).isNotNull();
      assertThat(d.publisher()).as(d.id()).isEqualTo(row.outlet());
      PublicationTime t = Objects.requireNonNull(d.published(), d.id());
      assertThat(t.hasTime()).as(d.id()).isTrue();
      // the manifest writes "2013-02-26 08:13:12": the same instant, written with a T
      assertThat(t).as(d.id()).hasToString(row.timestamp().replace(' ', 'T'));
      outlets.add(row.outlet());
    }
    assertThat(outlets).hasSizeGreaterThan(10);
  }

  @Test
  void aWindowOfHoursKeepsTheArticlesCrawledWithinIt() throws IOException {
    Path corpus = TestCorpus.require("arabic-news-2013");
    Map<String, Row> rows = rows(corpus);
    // the busiest day's mid-morning, from the manifest itself
    Map<String, Integer> perDay = new HashMap<>();
    rows.values().forEach(r -> perDay.merge(r.timestamp().substring(0, 10), 1, Integer::sum));
    String day = perDay.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    String from = day + " 08:00:00";
    String to = day + " 12:00:00";
    Set<String> expected = new TreeSet<>();
    rows.forEach((file, r) -> {
      if (r.timestamp().compareTo(from) >= 0 && r.timestamp().compareTo(to) <= 0) {
        expected.add(file);
      }
    });

    Filters filters = new Filters();
    filters.since = PublicationTime.parse(from);
    filters.until = PublicationTime.parse(to);
    StringWriter err = new StringWriter();
    Filters.Selected selected = filters.select(load(corpus, err), new PrintWriter(err));
    Set<String> kept = new TreeSet<>();
    selected.documents().forEach(d -> kept.add(d.id()));
    assertThat(kept).isEqualTo(expected).isNotEmpty();
    assertThat(selected.metadata().keySet()).containsExactlyInAnyOrderElementsOf(expected);
  }
}
