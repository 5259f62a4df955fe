package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.SampledDevSet.Layout;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second, untouched check of English extraction ({@code devset3/devset3-en.jsonl}, see
 * {@code devset3/README-en.md}): 100 more sentences drawn from {@code english-news-dev}, none of
 * devset2, all in the split {@code measure} so that their errors are never listed; scored no worse
 * than {@code devset3/recorded-score-en.properties} minus 0.02.
 */
final class DevSet3EnglishTest extends SampledDevSetTestBase {

  DevSet3EnglishTest() {
    super("devset3", "en", Layout.SPLITS, "recorded-score-en.properties", SampledDevSet.MEASURE);
  }

  @Test
  void setIsSampledWellFormedAndApartFromDevset2() {
    assertThat(set.sentences()).hasSize(100);
    set.assertEnglishSample("dev3-en-", List.of(SampledDevSet.MEASURE),
        SampledDevSet.placesOf("devset2"));
  }
}
