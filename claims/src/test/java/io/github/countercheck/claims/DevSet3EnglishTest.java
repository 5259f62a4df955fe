package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
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
    set.assertEnglishSample("dev3-en-", List.of(SampledDevSet.MEASURE),
        SampledDevSet.placesOf("devset2"));
  }

  @Test
  void everySentenceIsQuotedExactlyFromItsFile() throws IOException {
    set.assertQuotedExactly(s -> "english-news-dev");
  }

  @Test
  void extractorScoresNoWorseThanRecorded() {
    set.assertScoresNoWorseThanRecorded(SampledDevSet.Layout.SPLITS,
        "recorded-score-en.properties", "negative.rate", List.of(SampledDevSet.MEASURE));
  }
}
