package io.github.countercheck.claims;

import io.github.countercheck.claims.SampledDevSet.Layout;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link ClaimExtractor} on {@code devset7/devset7-ar.jsonl}: 400 more Arabic sentences
 * drawn at random (seed 2026120771, {@code devset7/sample_ar7.py}) from the two corpora of
 * devset2, 200 from each, none of them in devset, devset2, devset3, devset4, devset5 or devset6,
 * annotated before any extractor run and split once at random (seed 2026120772) into {@code dev}
 * (200, developed on) and {@code measure} (200, only measured). The report
 * ({@code target/devset7-ar-score.txt}) gives P, R, F1 and the negative rate per split and a
 * MISS/EXTRA line per error of {@code dev}; the errors of {@code measure} are counted, never listed
 * ({@link SampledDevSet}). Fails when a split's F1 or negative rate falls more than 0.02 below
 * {@code devset7/recorded-score-ar7.properties}.
 */
final class DevSet7ArabicTest extends SampledDevSetTestBase {

  DevSet7ArabicTest() {
    super("devset7", "ar", Layout.TABLE, "recorded-score-ar7.properties", SampledDevSet.DEV,
        SampledDevSet.MEASURE);
  }

  @Test
  void setIsWellFormedSplitFiftyFiftyAndNewToTheOtherSets() {
    set.assertHalvedArabicSample(400, "dev7-ar-", 120L, 340L, "/devset/devset.jsonl",
        "/devset2/devset2-ar.jsonl", "/devset3/devset3-ar.jsonl", "/devset4/devset4-ar.jsonl",
        "/devset5/devset5-ar.jsonl", "/devset6/devset6-ar.jsonl");
  }
}
