package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.ClaimScorer.GoldClaim;
import io.github.countercheck.claims.SampledDevSet.Sentence;
import io.github.countercheck.core.Language;
import java.io.IOException;
import java.util.List;
import java.util.Set;
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
    set.assertEnglishSample("dev2-en-", List.of(SampledDevSet.DEV, SampledDevSet.MEASURE),
        Set.of());
    for (Sentence s : set.sentences()) {
      assertThat(Language.detect(s.text())).as(s.id()).isEqualTo(Language.EN);
      assertThat(s.text()).as(s.id()).isNotBlank();
      assertThat(s.source()).as(s.id()).matches("(agnews-train-|indiapoliceevents-).+\\.txt");
      s.claims().forEach(c -> assertIntervalFollowsTheContract(s.id(), c));
    }
    assertThat(set.sentences()).extracting(s -> s.source() + ":" + s.start())
        .doesNotHaveDuplicates();
    long measure = set.sentences().stream()
        .filter(s -> s.split().equals(SampledDevSet.MEASURE)).count();
    assertThat((double) measure / set.sentences().size()).isBetween(0.39, 0.41);
  }

  /**
   * Section 2 of the contract: low and high follow from the first kind and the value (also used
   * by {@link DevSet5EnglishTest}).
   */
  static void assertIntervalFollowsTheContract(String id, GoldClaim c) {
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
    set.assertQuotedExactly(s -> "english-news-dev");
  }

  @Test
  void extractorScoresNoWorseThanRecordedOnEachSplit() {
    set.assertScoresNoWorseThanRecorded(SampledDevSet.Layout.SPLITS,
        "recorded-score-en.properties", "negative.rate",
        List.of(SampledDevSet.DEV, SampledDevSet.MEASURE));
  }
}
