package io.github.countercheck.reconcile.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.TestCorpus;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.story.StoryGold.Doc;
import io.github.countercheck.reconcile.story.StoryGold.Expected;
import io.github.countercheck.reconcile.story.StoryGold.Group;
import io.github.countercheck.reconcile.story.StoryGold.Story;
import io.github.countercheck.reconcile.story.StoryGoldScorer.GroupScore;
import io.github.countercheck.reconcile.story.StoryGoldScorer.StoryScore;
import io.github.countercheck.reconcile.story.StoryGoldScorer.Totals;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Reconciles each gold story's articles (outlet and crawl time from {@code manifest.tsv}) and
 * scores the result; the figures must stay at or above {@code recorded-score.properties}.
 * Skipped without {@code -Dcountercheck.corpus}.
 */
final class StoryGoldTest {

  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();

  @Test
  void storiesScoreAtLeastTheRecordedFigures() throws IOException {
    Path corpus = TestCorpus.require("arabic-news-2013");
    Map<String, String[]> manifest = manifest(corpus.resolve("manifest.tsv"));
    List<Story> stories = StoryGold.load();
    assertThat(stories).hasSizeGreaterThanOrEqualTo(10);
    List<StoryScore> scores = new ArrayList<>();
    for (Story story : stories) {
      Map<String, String> texts = new HashMap<>();
      List<Claim> claims = new ArrayList<>();
      List<DocumentMetadata> meta = new ArrayList<>();
      for (Doc d : story.documents()) {
        String[] row = manifest.get(d.file());
        assertThat(row).as("%s in manifest.tsv", d.file()).isNotNull();
        String text = Document.readUtf8(corpus.resolve(d.file()));
        texts.put(d.file(), text);
        Document doc = Document.builder(d.file(), text).publisher(row[0])
            .published(PublicationTime.parse(row[1])).build();
        claims.addAll(EXTRACTOR.extract(doc));
        meta.add(DocumentMetadata.of(doc));
      }
      assertSpansFit(story, texts);
      Reconciliation r = Reconciler.create().reconcile(claims, meta);
      StoryScore s = StoryGoldScorer.score(story, r);
      scores.add(s);
      print(s);
    }
    Totals t = StoryGoldScorer.total(scores);
    System.out.println("STORY GOLD overall: " + t);
    Properties recorded = recorded();
    assertThat(t.recovery()).as("group recovery").isGreaterThanOrEqualTo(at(recorded, "recovery"));
    assertThat(t.status()).as("status agreement").isGreaterThanOrEqualTo(at(recorded, "status"));
    assertThat(t.estimate()).as("estimate agreement")
        .isGreaterThanOrEqualTo(at(recorded, "estimate"));
    assertThat(t.keptOut()).as("excluded kept out").isGreaterThanOrEqualTo(at(recorded, "keptOut"));
  }

  /** Every annotated span must cover its text in the article: the annotation and corpus agree. */
  private static void assertSpansFit(Story story, Map<String, String> texts) {
    List<Expected> all = new ArrayList<>(story.excluded());
    for (Group g : story.groups()) {
      all.addAll(g.claims());
    }
    for (Expected e : all) {
      String text = texts.get(e.document());
      assertThat(text).as("%s: %s is one of its documents", story.id(), e.document()).isNotNull();
      assertThat(e.end()).as("%s: span end in %s", story.id(), e.document())
          .isLessThanOrEqualTo(text.length());
      assertThat(text.substring(e.start(), e.end())).as("%s: span %d-%d of %s", story.id(),
          e.start(), e.end(), e.document()).isEqualTo(e.text());
    }
  }

  private static void print(StoryScore s) {
    System.out.println("STORY " + s.story() + ": excluded kept out " + s.excludedKeptOut() + "/"
        + s.excludedFound() + (s.leaks().isEmpty() ? "" : " leaked " + s.leaks()));
    for (GroupScore g : s.groups()) {
      System.out.println("  " + g.group() + ": found " + g.found() + "/" + g.expected() + " "
          + g.outcome() + (g.statusAgrees() ? " status-ok" : " status-WRONG")
          + (g.estimateAgrees() ? " estimate-ok" : " estimate-WRONG") + " | system " + g.system());
    }
  }

  private static Map<String, String[]> manifest(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int file = header.indexOf("file");
    int outlet = header.indexOf("outlet");
    int time = header.indexOf("timestamp");
    assertThat(List.of(file, outlet, time)).as("manifest.tsv header %s", header).doesNotContain(-1);
    Map<String, String[]> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      rows.put(f[file], new String[] {f[outlet], f[time]});
    }
    return rows;
  }

  private static Properties recorded() {
    Properties p = new Properties();
    try (InputStream in = StoryGoldTest.class.getResourceAsStream(
        "/stories/gold/recorded-score.properties")) {
      assertThat(in).as("recorded-score.properties").isNotNull();
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static double at(Properties p, String key) {
    String v = p.getProperty(key);
    assertThat(v).as("recorded %s", key).isNotNull();
    return Double.parseDouble(v.strip());
  }
}
