package io.github.countercheck.claims;

import io.github.countercheck.claims.SampledDevSet.Layout;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link ClaimExtractor} on {@code devset3/devset3-ar.jsonl}: 100 more Arabic sentences
 * drawn at random (seed 16116, {@code devset3/sample_ar3.py}) from the two corpora of devset2,
 * none of them in devset or devset2, annotated before any extractor run. The set is a second
 * untouched check of the rules of issue 16: it is measured, never developed on (every sentence is
 * in the split {@code measure}), so the report ({@code target/devset3-ar-score.txt}) gives P, R,
 * F1 and the negative rate and no error list. Fails when F1 or the negative rate falls more than
 * 0.02 below {@code devset3/recorded-score-ar3.properties}.
 */
final class DevSet3ArabicTest extends SampledDevSetTestBase {

  DevSet3ArabicTest() {
    super("devset3", "ar", Layout.LINE, "recorded-score-ar3.properties", SampledDevSet.ALL);
  }

  @Test
  void setIsWellFormedAndNewToTheOtherSets() {
    set.assertArabicSample(100, 50, SampledDevSet.MEASURE, "/devset/devset.jsonl",
        "/devset2/devset2-ar.jsonl");
  }
}
