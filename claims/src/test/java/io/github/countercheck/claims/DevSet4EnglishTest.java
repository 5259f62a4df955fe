package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.SampledDevSet.Sentence;
import io.github.countercheck.claims.SampledDevSet.SplitScore;
import io.github.countercheck.core.Language;
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
 * A third sample of English news to develop on ({@code devset4/devset4-en.jsonl}, see
 * {@code devset4/README-en.md}): 120 more sentences drawn from {@code english-news-dev}, none of
 * devset2 or devset3, all in the split {@code dev} (their errors are listed), scored no worse than
 * {@code devset4/recorded-score-en.properties} minus 0.02.
 */
final class DevSet4EnglishTest {

  private static SampledDevSet set;

  @BeforeAll
  static void load() {
    set = SampledDevSet.load("devset4", "en");
  }

  @Test
  void setIsSampledWellFormedAndApartFromTheOtherSets() {
    assertThat(set.sentences()).hasSize(120);
    Set<String> taken = new HashSet<>();
    SampledDevSet.load("devset2", "en").sentences().forEach(s -> taken.add(s.source() + ":" + s.start()));
    SampledDevSet.load("devset3", "en").sentences()
        .forEach(s -> taken.add(s.source() + ":" + s.start()));
    for (int i = 0; i < set.sentences().size(); i++) {
      Sentence s = set.sentences().get(i);
      assertThat(s.id()).isEqualTo(String.format("dev4-en-%04d", i + 1));
      assertThat(s.language()).as(s.id()).isEqualTo(Language.EN);
      assertThat(s.text()).as(s.id()).hasSizeBetween(20, 400).hasSize(s.end() - s.start());
      assertThat(s.split()).as(s.id()).isEqualTo(SampledDevSet.DEV);
      assertThat(taken).as(s.id()).doesNotContain(s.source() + ":" + s.start());
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
        List.of(SampledDevSet.DEV));
  }
}
