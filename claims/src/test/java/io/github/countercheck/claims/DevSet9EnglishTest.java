package io.github.countercheck.claims;

import io.github.countercheck.claims.SampledDevSet.Layout;
import org.junit.jupiter.api.Test;

/**
 * An eighth sample of English news ({@code devset9/devset9-en.jsonl}, see
 * {@code devset9/README-en9.md}): 200 more sentences drawn from {@code english-news-dev} (seed
 * 2026120709, {@code devset9/sample_en9.py}), none of devset2 to devset8, annotated before any
 * extractor run and split once at random (seed 91207) into {@code dev} (100, errors listed) and
 * {@code measure} (100, errors counted, never listed), each split scored no worse than
 * {@code devset9/recorded-score-en9.properties} minus 0.02.
 */
final class DevSet9EnglishTest extends SampledDevSetTestBase {

  DevSet9EnglishTest() {
    super("devset9", "en", Layout.SPLITS, "recorded-score-en9.properties", SampledDevSet.DEV,
        SampledDevSet.MEASURE);
  }

  @Test
  void setIsSampledWellFormedSplitHalfAndHalfAndApartFromTheOtherSets() {
    // the draw puts the AG News sentences first (38 of 200, their share of the corpus' bytes)
    set.assertHalvedEnglishSample(200, "dev9-en-", 38, "devset2", "devset3", "devset4", "devset5",
        "devset6", "devset7", "devset8");
  }
}
