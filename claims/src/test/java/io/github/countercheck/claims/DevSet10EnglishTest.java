package io.github.countercheck.claims;

import io.github.countercheck.claims.SampledDevSet.Layout;
import org.junit.jupiter.api.Test;

/**
 * A ninth sample of English news ({@code devset10/devset10-en.jsonl}, see
 * {@code devset10/README-en10.md}): 200 more sentences drawn from {@code english-news-dev} (seed
 * 20261207103, {@code devset10/sample_en10.py}), none of devset2 to devset9, annotated before any
 * extractor run and split once at random (seed 20261207104) into {@code dev} (100, errors listed)
 * and {@code measure} (100, errors counted, never listed), each split scored no worse than
 * {@code devset10/recorded-score-en10.properties} minus 0.02.
 */
final class DevSet10EnglishTest extends SampledDevSetTestBase {

  DevSet10EnglishTest() {
    super("devset10", "en", Layout.SPLITS, "recorded-score-en10.properties", SampledDevSet.DEV,
        SampledDevSet.MEASURE);
  }

  @Test
  void setIsSampledWellFormedSplitHalfAndHalfAndApartFromTheOtherSets() {
    // the draw puts the AG News sentences first (38 of 200, their share of the corpus' bytes)
    set.assertHalvedEnglishSample(200, "dev10-en-", 38, "devset2", "devset3", "devset4",
        "devset5", "devset6", "devset7", "devset8", "devset9");
  }
}
