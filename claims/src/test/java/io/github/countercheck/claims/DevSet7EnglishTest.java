package io.github.countercheck.claims;

import io.github.countercheck.claims.SampledDevSet.Layout;
import org.junit.jupiter.api.Test;

/**
 * A sixth sample of English news ({@code devset7/devset7-en.jsonl}, see
 * {@code devset7/README-en7.md}): 400 more sentences drawn from {@code english-news-dev}, none of
 * devset2, devset3, devset4, devset5 or devset6, split once at random into {@code dev} (200, errors
 * listed) and {@code measure} (200, errors counted, never listed), each split scored no worse than
 * {@code devset7/recorded-score-en7.properties} minus 0.02.
 */
final class DevSet7EnglishTest extends SampledDevSetTestBase {

  DevSet7EnglishTest() {
    super("devset7", "en", Layout.SPLITS, "recorded-score-en7.properties", SampledDevSet.DEV,
        SampledDevSet.MEASURE);
  }

  @Test
  void setIsSampledWellFormedSplitHalfAndHalfAndApartFromTheOtherSets() {
    // the draw puts the AG News sentences first (75 of 400, their share of the corpus' bytes)
    set.assertHalvedEnglishSample(400, "dev7-en-", 75, "devset2", "devset3", "devset4", "devset5",
        "devset6");
  }
}
