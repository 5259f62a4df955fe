package io.github.countercheck.claims;

import io.github.countercheck.claims.SampledDevSet.Layout;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link ClaimExtractor} on {@code devset9/devset9-ar.jsonl}: 200 more Arabic sentences
 * drawn at random (seed 2026120791, {@code devset9/sample_ar9.py}) from the two corpora of
 * devset2, 100 from each, none of them in devset or devset2 to devset8, annotated before any
 * extractor run and split once at random (seed 2026120792) into {@code dev} (100, developed on)
 * and {@code measure} (100, only measured). The report ({@code target/devset9-ar-score.txt}) gives
 * P, R, F1 and the negative rate per split and a MISS/EXTRA line per error of {@code dev}; the
 * errors of {@code measure} are counted, never listed ({@link SampledDevSet}). Fails when a split's
 * F1 or negative rate falls more than 0.02 below {@code devset9/recorded-score-ar9.properties}.
 */
final class DevSet9ArabicTest extends SampledDevSetTestBase {

  DevSet9ArabicTest() {
    super("devset9", "ar", Layout.TABLE, "recorded-score-ar9.properties", SampledDevSet.DEV,
        SampledDevSet.MEASURE);
  }

  @Test
  void setIsWellFormedSplitFiftyFiftyAndNewToTheOtherSets() {
    // 200 sentences, 100 of them dev; negatives bounded as for devset6 and devset8's 200 (60 to 170)
    set.assertHalvedArabicSample(200, "dev9-ar-", 60L, 170L, "/devset/devset.jsonl",
        "/devset2/devset2-ar.jsonl", "/devset3/devset3-ar.jsonl", "/devset4/devset4-ar.jsonl",
        "/devset5/devset5-ar.jsonl", "/devset6/devset6-ar.jsonl", "/devset7/devset7-ar.jsonl",
        "/devset8/devset8-ar.jsonl");
  }
}
