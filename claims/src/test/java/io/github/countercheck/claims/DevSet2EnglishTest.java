package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.ClaimScorer.GoldClaim;
import io.github.countercheck.claims.SampledDevSet.Sentence;
import io.github.countercheck.claims.SampledDevSet.SplitScore;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.TestCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The English part of the sampled development set ({@code devset2/devset2-en.jsonl}, see
 * {@code devset2/README-en.md}): well formed, quoted exactly from {@code english-news-dev}, and
 * scored per split no worse than {@code devset2/recorded-score-en.properties} minus 0.02.
 */
final class DevSet2EnglishTest {

  private static SampledDevSet set;

  @BeforeAll
  static void load() {
    set = SampledDevSet.load("devset2", "en");
  }

  @Test
  void setIsSampledWellFormedAndSplitSixtyForty() {
    assertThat(set.sentences()).hasSizeGreaterThanOrEqualTo(300);
    for (int i = 0; i < set.sentences().size(); i++) {
      Sentence s = set.sentences().get(i);
      assertThat(s.id()).isEqualTo(String.format("dev2-en-%04d", i + 1));
      assertThat(s.language()).as(s.id()).isEqualTo(Language.EN);
      assertThat(Language.detect(s.text())).as(s.id()).isEqualTo(Language.EN);
      assertThat(s.text()).as(s.id()).isNotBlank().hasSizeBetween(20, 400)
          .hasSize(s.end() - s.start());
      assertThat(s.source()).as(s.id()).matches("(agnews-train-|indiapoliceevents-).+\\.txt");
      assertThat(s.split()).as(s.id()).isIn(SampledDevSet.DEV, SampledDevSet.MEASURE);
      s.claims().forEach(c -> assertIntervalFollowsTheContract(s.id(), c));
    }
    assertThat(set.sentences()).extracting(s -> s.source() + ":" + s.start())
        .doesNotHaveDuplicates();
    long measure = set.sentences().stream()
        .filter(s -> s.split().equals(SampledDevSet.MEASURE)).count();
    assertThat((double) measure / set.sentences().size()).isBetween(0.39, 0.41);
    // sampled, not picked: claim-free sentences come in their natural, large share
    assertThat(set.sentences().stream().filter(s -> s.claims().isEmpty()).count())
        .isGreaterThan(set.sentences().size() / 2);
  }

  /** Section 2 of the contract: low and high follow from the first kind and the value. */
  private static void assertIntervalFollowsTheContract(String id, GoldClaim c) {
    QuantityKind first = c.kinds().size() == 1 ? c.kinds().iterator().next() : null;
    if (first == null || c.value() == null) {
      assertThat(c.value() == null).as(id + " " + c)
          .isEqualTo(c.kinds().contains(QuantityKind.RANGE)
              || c.kinds().contains(QuantityKind.VAGUE));
      return;
    }
    long v = c.value();
    long low = switch (first) {
      case EXACT, AT_LEAST -> v;
      case APPROXIMATE -> (long) Math.floor(0.9 * v);
      case MORE_THAN -> v + 1;
      default -> 0;
    };
    Long high = switch (first) {
      case EXACT, AT_MOST -> v;
      case APPROXIMATE -> (long) Math.ceil(1.1 * v);
      case LESS_THAN -> v - 1;
      default -> null;
    };
    assertThat(c.low()).as(id + " " + c).isEqualTo(low);
    assertThat(c.high()).as(id + " " + c).isEqualTo(high);
  }

  @Test
  void everySentenceIsQuotedExactlyFromItsFile() throws IOException {
    Path corpus = TestCorpus.require("english-news-dev");
    set.assertQuotedExactly(s -> corpus);
  }

  @Test
  void extractorScoresNoWorseThanRecordedOnEachSplit() {
    Map<String, SplitScore> scores = set.score(ClaimExtractor.create());
    set.publish(scores, SampledDevSet.Layout.SPLITS);
    set.assertNoWorseThanRecorded(scores, "recorded-score-en.properties", "negative.rate",
        List.of(SampledDevSet.DEV, SampledDevSet.MEASURE));
  }
}
