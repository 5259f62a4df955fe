package io.github.countercheck.claims;

import io.github.countercheck.claims.SampledDevSet.Layout;
import org.junit.jupiter.api.Test;

/**
 * A seventh sample of English news ({@code devset8/devset8-en.jsonl}, see
 * {@code devset8/README-en8.md}): 200 more sentences drawn from {@code english-news-dev} (seed
 * 2026120708, {@code devset8/sample_en8.py}), none of devset2, devset3, devset4, devset5, devset6
 * or devset7, annotated before any extractor run and split once at random (seed 81207) into
 * {@code dev} (100, errors listed) and {@code measure} (100, errors counted, never listed), each
 * split scored no worse than {@code devset8/recorded-score-en8.properties} minus 0.02.
 */
final class DevSet8EnglishTest extends SampledDevSetTestBase {

  DevSet8EnglishTest() {
    super("devset8", "en", Layout.SPLITS, "recorded-score-en8.properties", SampledDevSet.DEV,
        SampledDevSet.MEASURE);
  }

  @Test
  void setIsSampledWellFormedSplitHalfAndHalfAndApartFromTheOtherSets() {
    // the draw puts the AG News sentences first (38 of 200, their share of the corpus' bytes)
    set.assertHalvedEnglishSample(200, "dev8-en-", 38, "devset2", "devset3", "devset4", "devset5",
        "devset6", "devset7");
  }
}
