package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.SampledDevSet.Layout;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A third sample of English news to develop on ({@code devset4/devset4-en.jsonl}, see
 * {@code devset4/README-en.md}): 120 more sentences drawn from {@code english-news-dev}, none of
 * devset2 or devset3, all in the split {@code dev} (their errors are listed), scored no worse than
 * {@code devset4/recorded-score-en.properties} minus 0.02.
 */
final class DevSet4EnglishTest extends SampledDevSetTestBase {

  DevSet4EnglishTest() {
    super("devset4", "en", Layout.SPLITS, "recorded-score-en.properties", SampledDevSet.DEV);
  }

  @Test
  void setIsSampledWellFormedAndApartFromTheOtherSets() {
    assertThat(set.sentences()).hasSize(120);
    set.assertEnglishSample("dev4-en-", List.of(SampledDevSet.DEV),
        SampledDevSet.placesOf("devset2", "devset3"));
  }
}
