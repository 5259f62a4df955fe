package io.github.countercheck.claims;

import io.github.countercheck.claims.SampledDevSet.Layout;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link ClaimExtractor} on {@code devset8/devset8-ar.jsonl}: 200 more Arabic sentences
 * drawn at random (seed 2026120781, {@code devset8/sample_ar8.py}) from the two corpora of
 * devset2, 100 from each, none of them in devset or devset2 to devset7, annotated before any
 * extractor run and split once at random (seed 2026120782) into {@code dev} (100, developed on)
 * and {@code measure} (100, only measured). The report ({@code target/devset8-ar-score.txt}) gives
 * P, R, F1 and the negative rate per split and a MISS/EXTRA line per error of {@code dev}; the
 * errors of {@code measure} are counted, never listed ({@link SampledDevSet}). Fails when a split's
 * F1 or negative rate falls more than 0.02 below {@code devset8/recorded-score-ar8.properties}.
 */
final class DevSet8ArabicTest extends SampledDevSetTestBase {

  DevSet8ArabicTest() {
    super("devset8", "ar", Layout.TABLE, "recorded-score-ar8.properties", SampledDevSet.DEV,
        SampledDevSet.MEASURE);
  }

  @Test
  void setIsWellFormedSplitFiftyFiftyAndNewToTheOtherSets() {
    // 200 sentences, 100 of them dev; negatives bounded as for devset6's 200 (60 to 170)
    set.assertHalvedArabicSample(200, "dev8-ar-", 60L, 170L, "/devset/devset.jsonl",
        "/devset2/devset2-ar.jsonl", "/devset3/devset3-ar.jsonl", "/devset4/devset4-ar.jsonl",
        "/devset5/devset5-ar.jsonl", "/devset6/devset6-ar.jsonl", "/devset7/devset7-ar.jsonl");
  }
}
