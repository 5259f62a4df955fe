package io.github.countercheck.reconcile.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.core.TestCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The story labels of {@code arabic-news-2013} ({@code src/test/resources/stories}) are well formed
 * and cover their crawl-time window completely, so that the clustering scores computed on them
 * mean what the README says.
 */
final class StoryLabelsTest {

  /** The labelled window of crawl time, both ends included (see the README). */
  private static final LocalDateTime FROM = LocalDateTime.parse("2013-02-21T00:00:00");

  private static final LocalDateTime TO = LocalDateTime.parse("2013-03-04T23:59:59");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private static final Pattern STORY_ID = Pattern.compile("st-\\d{4}");

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+\\.txt");

  /** One row of labels.tsv. */
  private record Label(String file, String story, LocalDateTime time, String outlet) {}

  @Test
  void labelsAreWellFormedAndInsideTheWindow() {
    List<Label> labels = labels();
    assertThat(labels).hasSizeGreaterThanOrEqualTo(400);
    Set<String> files = new HashSet<>();
    for (Label l : labels) {
      assertThat(l.file()).as("file name").matches(FILE_NAME);
      assertThat(files.add(l.file())).as("labelled twice: %s", l.file()).isTrue();
      assertThat(l.story()).as("story id of %s", l.file()).matches(STORY_ID);
      assertThat(l.outlet()).as("outlet of %s", l.file()).isNotBlank();
      assertThat(l.time()).as("time of %s", l.file()).isBetween(FROM, TO);
    }
  }

  @Test
  void everyStoryOfTwoOrMoreDocumentsIsDescribedWithItsSize() {
    Map<String, Integer> sizes = new TreeMap<>();
    for (Label l : labels()) {
      sizes.merge(l.story(), 1, Integer::sum);
    }
    List<String[]> rows = rows("stories.tsv", "story\tsize\tdescription", 3);
    Map<String, Integer> described = new HashMap<>();
    for (String[] r : rows) {
      assertThat(r[0]).matches(STORY_ID);
      assertThat(described.put(r[0], Integer.parseInt(r[1]))).as("described twice: %s", r[0])
          .isNull();
      assertThat(r[2]).as("description of %s", r[0]).isNotBlank();
    }
    Map<String, Integer> multi = new TreeMap<>();
    sizes.forEach((story, size) -> {
      if (size > 1) {
        multi.put(story, size);
      }
    });
    assertThat(described).as("stories.tsv: every story with 2+ documents, with its size")
        .isEqualTo(multi);
  }

  @Test
  void storyIdsAreNumberedInOrderOfFirstAppearance() {
    List<String> order = new ArrayList<>();
    labels().stream()
        .sorted((a, b) -> a.time().compareTo(b.time()))
        .map(Label::story)
        .distinct()
        .forEach(order::add);
    for (int i = 0; i < order.size(); i++) {
      assertThat(order.get(i)).isEqualTo(String.format("st-%04d", i + 1));
    }
  }

  @Test
  void theWindowIsCompleteAndAgreesWithTheManifest() throws IOException {
    Path corpus = TestCorpus.require("arabic-news-2013");
    Map<String, Label> byFile = new HashMap<>();
    for (Label l : labels()) {
      byFile.put(l.file(), l);
      assertThat(corpus.resolve(l.file())).as("article of a label").isRegularFile();
    }
    List<String> lines = Files.readAllLines(corpus.resolve("manifest.tsv"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int file = header.indexOf("file");
    int outlet = header.indexOf("outlet");
    int time = header.indexOf("timestamp");
    assertThat(List.of(file, outlet, time)).as("manifest columns").doesNotContain(-1);
    Set<String> inWindow = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      LocalDateTime t = LocalDateTime.parse(f[time], TIME);
      if (t.isBefore(FROM) || t.isAfter(TO)) {
        continue;
      }
      inWindow.add(f[file]);
      Label l = byFile.get(f[file]);
      assertThat(l).as("manifest row in the window without a label: %s", f[file]).isNotNull();
      assertThat(l.time()).as("time of %s", f[file]).isEqualTo(t);
      assertThat(l.outlet()).as("outlet of %s", f[file]).isEqualTo(f[outlet]);
    }
    assertThat(byFile.keySet()).as("labels of files the manifest puts in the window")
        .isEqualTo(inWindow);
  }

  private static List<Label> labels() {
    List<Label> out = new ArrayList<>();
    for (String[] r : rows("labels.tsv", "file\tstory\ttimestamp\toutlet", 4)) {
      out.add(new Label(r[0], r[1], LocalDateTime.parse(r[2], TIME), r[3]));
    }
    return out;
  }

  private static List<String[]> rows(String name, String header, int columns) {
    String text;
    try (InputStream in = StoryLabelsTest.class.getResourceAsStream("/stories/" + name)) {
      assertThat(in).as("resource /stories/%s", name).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
    List<String> lines = text.lines().toList();
    assertThat(lines).isNotEmpty();
    assertThat(lines.get(0)).as("header of %s", name).isEqualTo(header);
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      assertThat(f).as("%s line %d: %s", name, i + 1, lines.get(i)).hasSize(columns);
      rows.add(f);
    }
    return rows;
  }
}
