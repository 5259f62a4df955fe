package io.github.countercheck.claims;

import io.github.countercheck.claims.SampledDevSet.Layout;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link ClaimExtractor} on {@code devset10/devset10-ar.jsonl}: 200 more Arabic sentences
 * drawn at random (seed 20261207101, {@code devset10/sample_ar10.py}) from the two corpora of
 * devset2, 100 from each, none of them in devset or devset2 to devset9, annotated before any
 * extractor run and split once at random (seed 20261207102) into {@code dev} (100) and
 * {@code measure} (100, only measured). Both splits were unseen text for the round that drew them.
 * The report ({@code target/devset10-ar-score.txt}) gives P, R, F1 and the negative rate per split
 * and a MISS/EXTRA line per error of {@code dev}; the errors of {@code measure} are counted, never
 * listed ({@link SampledDevSet}). Fails when a split's F1 or negative rate falls more than 0.02
 * below {@code devset10/recorded-score-ar10.properties}.
 */
final class DevSet10ArabicTest extends SampledDevSetTestBase {

  DevSet10ArabicTest() {
    super("devset10", "ar", Layout.TABLE, "recorded-score-ar10.properties", SampledDevSet.DEV,
        SampledDevSet.MEASURE);
  }

  @Test
  void setIsWellFormedSplitFiftyFiftyAndNewToTheOtherSets() {
    // 200 sentences, 100 of them dev; negatives bounded as for devset6, 8 and 9 (60 to 170)
    set.assertHalvedArabicSample(200, "dev10-ar-", 60L, 170L, "/devset/devset.jsonl",
        "/devset2/devset2-ar.jsonl", "/devset3/devset3-ar.jsonl", "/devset4/devset4-ar.jsonl",
        "/devset5/devset5-ar.jsonl", "/devset6/devset6-ar.jsonl", "/devset7/devset7-ar.jsonl",
        "/devset8/devset8-ar.jsonl", "/devset9/devset9-ar.jsonl");
  }
}
