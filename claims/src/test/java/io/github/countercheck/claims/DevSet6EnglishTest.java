package io.github.countercheck.claims;

import io.github.countercheck.claims.SampledDevSet.Layout;
import org.junit.jupiter.api.Test;

/**
 * A fifth sample of English news ({@code devset6/devset6-en.jsonl}, see
 * {@code devset6/README-en6.md}): 200 more sentences drawn from {@code english-news-dev}, none of
 * devset2, devset3, devset4 or devset5, split once at random into {@code dev} (100, errors listed)
 * and {@code measure} (100, errors counted, never listed), each split scored no worse than
 * {@code devset6/recorded-score-en6.properties} minus 0.02.
 */
final class DevSet6EnglishTest extends SampledDevSetTestBase {

  DevSet6EnglishTest() {
    super("devset6", "en", Layout.SPLITS, "recorded-score-en6.properties", SampledDevSet.DEV,
        SampledDevSet.MEASURE);
  }

  @Test
  void setIsSampledWellFormedSplitHalfAndHalfAndApartFromTheOtherSets() {
    // the draw puts the AG News sentences first (38 of 200, their share of the corpus' bytes)
    set.assertHalvedEnglishSample(200, "dev6-en-", 38, "devset2", "devset3", "devset4", "devset5");
  }
}
