package io.github.countercheck.reconcile.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.TestCorpus;
import io.github.countercheck.reconcile.Story;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The story clustering on real news: every article of {@code arabic-news-2013} clustered as one
 * stream with the default settings, scored with B-cubed against the story labels of
 * {@code stories/labels.tsv} on the measured part (the stories the defaults were not chosen on),
 * which must reach the figure recorded in {@code stories/recorded-score.properties}. Skipped
 * without {@code -Dcountercheck.corpus}.
 *
 * <pre>
 * mvn -B -q -o test -pl reconcile -am -Dtest=StoryClusteringCorpusTest \
 *     -Dcountercheck.corpus=$(cd ../shared/corpus &amp;&amp; pwd)
 * </pre>
 */
final class StoryClusteringCorpusTest {

  private static Properties recorded() {
    Properties p = new Properties();
    try (InputStream in = StoryClusteringCorpusTest.class
        .getResourceAsStream("/stories/recorded-score.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  @Test
  void clustersTheLabelledStoriesOfAStreamOfRealNews() {
    List<Document> docs = StoryCorpus.documents(TestCorpus.require("arabic-news-2013"));
    Map<String, String> labels = StoryCorpus.labels();
    Map<Boolean, Map<String, String>> split = StoryCorpus.split(labels);
    long start = System.nanoTime();
    Stories stories = StoryClusterer.create().cluster(docs);
    long millis = (System.nanoTime() - start) / 1_000_000;
    BCubed measured = BCubed.score(split.get(true), stories.byDocument());
    BCubed tuning = BCubed.score(split.get(false), stories.byDocument());
    BCubed all = BCubed.score(labels, stories.byDocument());
    // the three largest stories hold a third of the labels; B-cubed without them, as the labels'
    // README advises
    Map<String, Long> sizes = labels.values().stream().collect(
        java.util.stream.Collectors.groupingBy(x -> x, java.util.stream.Collectors.counting()));
    java.util.Set<String> big3 = sizes.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
        .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
    Map<String, String> rest = new java.util.LinkedHashMap<>(split.get(true));
    rest.values().removeIf(big3::contains);
    BCubed measuredRest = BCubed.score(rest, stories.byDocument());
    int largest = stories.stories().stream().mapToInt(s -> s.documents().size()).max().orElse(0);
    Story big = stories.stories().stream().filter(s -> s.documents().size() == largest)
        .findFirst().orElseThrow();
    System.out.printf(Locale.ROOT, "stories: %d documents, %d stories, largest %d (%s: %s),"
            + " %d ms (one run, not a benchmark)%n  measured %s%n  tuning   %s%n  all      %s%n"
            + "  measured without the three largest stories %s%n",
        docs.size(), stories.size(), largest, big.id(), big.title(), millis, measured, tuning,
        all, measuredRest);

    assertThat(docs).hasSizeGreaterThan(1500);
    assertThat(stories.byDocument()).hasSize(docs.size());
    assertThat(split.get(true).size()).isGreaterThanOrEqualTo((int) (0.4 * labels.size()));
    double floor = Double.parseDouble(recorded().getProperty("measured.f1"));
    assertThat(measured.f1()).as("B-cubed F1 on the measured part").isGreaterThanOrEqualTo(floor);
  }
}
