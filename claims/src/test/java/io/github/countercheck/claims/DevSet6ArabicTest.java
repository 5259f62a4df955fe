package io.github.countercheck.claims;

import io.github.countercheck.claims.SampledDevSet.Layout;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link ClaimExtractor} on {@code devset6/devset6-ar.jsonl}: 200 more Arabic sentences
 * drawn at random (seed 2026120761, {@code devset6/sample_ar6.py}) from the two corpora of
 * devset2, 100 from each, none of them in devset, devset2, devset3, devset4 or devset5, annotated
 * before any extractor run and split once at random (seed 2026120762) into {@code dev} (100,
 * developed on) and {@code measure} (100, only measured). The report
 * ({@code target/devset6-ar-score.txt}) gives P, R, F1 and the negative rate per split and a
 * MISS/EXTRA line per error of {@code dev}; the errors of {@code measure} are counted, never listed
 * ({@link SampledDevSet}). Fails when a split's F1 or negative rate falls more than 0.02 below
 * {@code devset6/recorded-score-ar6.properties}.
 */
final class DevSet6ArabicTest extends SampledDevSetTestBase {

  DevSet6ArabicTest() {
    super("devset6", "ar", Layout.TABLE, "recorded-score-ar6.properties", SampledDevSet.DEV,
        SampledDevSet.MEASURE);
  }

  @Test
  void setIsWellFormedSplitFiftyFiftyAndNewToTheOtherSets() {
    set.assertHalvedArabicSample(200, "dev6-ar-", 60L, 170L, "/devset/devset.jsonl",
        "/devset2/devset2-ar.jsonl", "/devset3/devset3-ar.jsonl", "/devset4/devset4-ar.jsonl",
        "/devset5/devset5-ar.jsonl");
  }
}
