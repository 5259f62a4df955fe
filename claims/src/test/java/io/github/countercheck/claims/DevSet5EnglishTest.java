package io.github.countercheck.claims;

import io.github.countercheck.claims.SampledDevSet.Layout;
import org.junit.jupiter.api.Test;

/**
 * A fourth sample of English news ({@code devset5/devset5-en.jsonl}, see
 * {@code devset5/README-en5.md}): 200 more sentences drawn from {@code english-news-dev}, none of
 * devset2, devset3 or devset4, split once at random into {@code dev} (120, errors listed) and
 * {@code measure} (80, errors counted, never listed), each split scored no worse than
 * {@code devset5/recorded-score-en5.properties} minus 0.02.
 */
final class DevSet5EnglishTest extends SampledDevSetTestBase {

  DevSet5EnglishTest() {
    super("devset5", "en", Layout.SPLITS, "recorded-score-en5.properties", SampledDevSet.DEV,
        SampledDevSet.MEASURE);
  }

  @Test
  void setIsSampledWellFormedSplitSixtyFortyAndApartFromTheOtherSets() {
    // the draw puts the AG News sentences first (38 of 200, their share of the corpus' bytes)
    set.assertSplitEnglishSample(200, "dev5-en-", 38, 80L, "devset2", "devset3", "devset4");
  }
}
