package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.SampledDevSet.Sentence;
import io.github.countercheck.core.TestCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link ClaimExtractor} on {@code devset3/devset3-ar.jsonl}: 100 more Arabic sentences
 * drawn at random (seed 16116, {@code devset3/sample_ar3.py}) from the two corpora of devset2,
 * none of them in devset or devset2, annotated before any extractor run. The set is a second
 * untouched check of the rules of issue 16: it is measured, never developed on (every sentence is
 * in the split {@code measure}), so the report ({@code target/devset3-ar-score.txt}) gives P, R,
 * F1 and the negative rate and no error list. Fails when F1 or the negative rate falls more than
 * 0.02 below {@code devset3/recorded-score-ar3.properties}.
 */
final class DevSet3ArabicTest {

  private static SampledDevSet set;

  @BeforeAll
  static void load() {
    set = SampledDevSet.load("devset3", "ar");
  }

  @Test
  void setIsWellFormedAndNewToTheOtherSets() {
    List<Sentence> sentences = set.sentences();
    assertThat(sentences).hasSize(100);
    assertThat(sentences).extracting(Sentence::id).doesNotHaveDuplicates();
    assertThat(sentences).extracting(Sentence::text).doesNotHaveDuplicates();
    assertThat(sentences).extracting(Sentence::split).containsOnly(SampledDevSet.MEASURE);
    long saudi = sentences.stream().filter(s -> s.corpus().startsWith("saudi")).count();
    assertThat(saudi).isEqualTo(50);
    Set<String> earlier = new HashSet<>();
    for (String f : List.of("/devset/devset.jsonl", "/devset2/devset2-ar.jsonl")) {
      earlier.addAll(SampledDevSet.collapsedTexts(f));
    }
    assertThat(sentences).allSatisfy(s -> {
      String t = SampledDevSet.collapse(s.text());
      assertThat(earlier).as(s.id()).noneMatch(e -> e.contains(t) || t.contains(e));
    });
  }

  @Test
  void everySentenceIsQuotedExactlyFromItsSourceFile() throws IOException {
    Map<String, Path> folders = Map.of(
        "saudi-news-2015-dev", TestCorpus.require("saudi-news-2015-dev"),
        "arabic-news-2013", TestCorpus.require("arabic-news-2013"));
    set.assertQuotedExactly(s -> folders.get(s.corpus()));
  }

  @Test
  void extractorScoresNoWorseThanRecorded() {
    Map<String, SampledDevSet.SplitScore> scores = set.score(ClaimExtractor.create());
    set.publish(scores, SampledDevSet.Layout.LINE);
    set.assertNoWorseThanRecorded(scores, "recorded-score-ar3.properties", "negatives",
        List.of(SampledDevSet.ALL));
  }
}
