package io.github.countercheck.reconcile.story;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.TestCorpus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The grid search that chose the clusterer's defaults, on the tuning part of the labels only.
 * Not a test: it prints, and runs only with {@code -Dcountercheck.tune=true} and the corpus.
 *
 * <pre>
 * mvn -B -q -o test -pl reconcile -am -Dtest=StoryTuning -Dcountercheck.tune=true \
 *     -Dcountercheck.corpus=$(cd ../shared/corpus &amp;&amp; pwd)
 * </pre>
 */
final class StoryTuning {

  @Test
  void searchOnTheTuningPart() {
    assumeTrue(Boolean.getBoolean("countercheck.tune"), "tuning runs with -Dcountercheck.tune=true");
    List<Document> docs = StoryCorpus.documents(TestCorpus.require("arabic-news-2013"));
    Map<Boolean, Map<String, String>> split = StoryCorpus.split(StoryCorpus.labels());
    Map<String, String> tuning = split.get(false);
    System.out.printf(Locale.ROOT, "tuning %d docs, measured %d docs%n", tuning.size(),
        split.get(true).size());
    String grid = System.getProperty("countercheck.tune.grid", "coarse");
    List<double[]> weights = new ArrayList<>();
    // content, title, names, figures, time
    double[][] shapes = {
      {1, 0, 0, 0, 0}, {0.7, 0.3, 0, 0, 0}, {0.6, 0.2, 0.2, 0, 0}, {0.5, 0.2, 0.15, 0.05, 0.1},
      {0.5, 0.2, 0.2, 0, 0.1}, {0.6, 0.2, 0.1, 0, 0.1}, {0.4, 0.3, 0.2, 0, 0.1},
      {0.5, 0.1, 0.2, 0.1, 0.1}, {0.6, 0.1, 0.1, 0.0, 0.2}, {0.5, 0.3, 0.1, 0, 0.1},
      {0.4, 0.2, 0.2, 0.1, 0.1}, {0.7, 0.1, 0.1, 0, 0.1},
    };
    double[][] fine = {
      {0.4, 0.2, 0.2, 0.1, 0.1}, {0.35, 0.2, 0.25, 0.1, 0.1}, {0.4, 0.2, 0.25, 0.05, 0.1},
      {0.3, 0.2, 0.3, 0.1, 0.1}, {0.4, 0.15, 0.2, 0.15, 0.1}, {0.4, 0.2, 0.2, 0.1, 0.05},
      {0.4, 0.2, 0.2, 0.1, 0.15},
    };
    for (double[] s : "fine".equals(grid) ? fine : shapes) {
      weights.add(s);
    }
    double[] thresholds = "fine".equals(grid) ? new double[] {0.26, 0.28, 0.3, 0.32, 0.34}
        : new double[] {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};
    int[] horizons = "fine".equals(grid) ? new int[] {2, 4, 7} : new int[] {4};
    int[] scales = "fine".equals(grid) ? new int[] {12, 24, 48} : new int[] {24};
    double bestF = -1;
    String best = "";
    for (int h : horizons) {
      for (int sc : scales) {
        for (double[] w : weights) {
          for (double t : thresholds) {
            StoryClusterer c = StoryClusterer.builder().threshold(t)
                .horizon(Duration.ofDays(h)).timeScale(Duration.ofHours(sc))
                .weights(w[0], w[1], w[2], w[3], w[4]).build();
            Stories stories = c.cluster(docs);
            BCubed b = BCubed.score(tuning, stories.byDocument());
            String line = String.format(Locale.ROOT,
                "h=%dd scale=%dh w=%s t=%.2f  P=%.3f R=%.3f F1=%.3f stories=%d", h, sc,
                java.util.Arrays.toString(w), t, b.precision(), b.recall(), b.f1(),
                stories.size());
            System.out.println(line);
            if (b.f1() > bestF) {
              bestF = b.f1();
              best = line;
            }
          }
        }
      }
    }
    System.out.println("BEST " + best);
  }

  /** Prints the labelled stories of the tuning part that the defaults split or merge. */
  @Test
  void errorsOnTheTuningPart() {
    assumeTrue(Boolean.getBoolean("countercheck.tune"), "tuning runs with -Dcountercheck.tune=true");
    List<Document> docs = StoryCorpus.documents(TestCorpus.require("arabic-news-2013"));
    Map<String, String> tuning = StoryCorpus.split(StoryCorpus.labels()).get(false);
    Stories stories = StoryClusterer.create().cluster(docs);
    Map<String, java.util.TreeMap<String, Integer>> byLabel = new java.util.TreeMap<>();
    Map<String, java.util.TreeMap<String, Integer>> byCluster = new java.util.TreeMap<>();
    tuning.forEach((doc, label) -> {
      String c = Objects.requireNonNull(stories.storyOf(doc), doc);
      byLabel.computeIfAbsent(label, x -> new java.util.TreeMap<>()).merge(c, 1, Integer::sum);
      byCluster.computeIfAbsent(c, x -> new java.util.TreeMap<>()).merge(label, 1, Integer::sum);
    });
    byLabel.forEach((label, cs) -> {
      if (cs.size() > 1) {
        System.out.println("SPLIT " + label + " " + cs);
      }
    });
    byCluster.forEach((c, ls) -> {
      if (ls.size() > 1) {
        System.out.println("MERGED " + c + " " + stories.titles().get(c) + " " + ls);
      }
    });
  }
}
