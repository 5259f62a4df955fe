package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.SampledDevSet.Sentence;
import io.github.countercheck.claims.SampledDevSet.SplitScore;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.TestCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second, untouched check of English extraction ({@code devset3/devset3-en.jsonl}, see
 * {@code devset3/README-en.md}): 100 more sentences drawn from {@code english-news-dev}, none of
 * devset2, all in the split {@code measure} so that their errors are never listed; scored no worse
 * than {@code devset3/recorded-score-en.properties} minus 0.02.
 */
final class DevSet3EnglishTest {

  private static SampledDevSet set;

  @BeforeAll
  static void load() {
    set = SampledDevSet.load("devset3", "en");
  }

  @Test
  void setIsSampledWellFormedAndApartFromDevset2() {
    assertThat(set.sentences()).hasSize(100);
    Set<String> devset2 = SampledDevSet.load("devset2", "en").sentences().stream()
        .map(s -> s.source() + ":" + s.start()).collect(Collectors.toSet());
    for (int i = 0; i < set.sentences().size(); i++) {
      Sentence s = set.sentences().get(i);
      assertThat(s.id()).isEqualTo(String.format("dev3-en-%04d", i + 1));
      assertThat(s.language()).as(s.id()).isEqualTo(Language.EN);
      assertThat(s.text()).as(s.id()).hasSizeBetween(20, 400).hasSize(s.end() - s.start());
      assertThat(s.split()).as(s.id()).isEqualTo(SampledDevSet.MEASURE);
      assertThat(devset2).as(s.id()).doesNotContain(s.source() + ":" + s.start());
    }
    assertThat(set.sentences().stream().filter(s -> s.claims().isEmpty()).count())
        .isGreaterThan(set.sentences().size() / 2);
  }

  @Test
  void everySentenceIsQuotedExactlyFromItsFile() throws IOException {
    Path corpus = TestCorpus.require("english-news-dev");
    set.assertQuotedExactly(s -> corpus);
  }

  @Test
  void extractorScoresNoWorseThanRecorded() {
    Map<String, SplitScore> scores = set.score(ClaimExtractor.create());
    set.publish(scores, SampledDevSet.Layout.SPLITS);
    set.assertNoWorseThanRecorded(scores, "recorded-score-en.properties", "negative.rate",
        List.of(SampledDevSet.MEASURE));
  }
}
