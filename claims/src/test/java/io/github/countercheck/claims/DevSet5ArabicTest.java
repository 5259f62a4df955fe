package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.SampledDevSet.Layout;
import io.github.countercheck.core.Language;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link ClaimExtractor} on {@code devset5/devset5-ar.jsonl}: 200 more Arabic sentences
 * drawn at random (seed 20261212, {@code devset5/sample_ar5.py}) from the two corpora of devset2,
 * 100 from each, none of them in devset, devset2, devset3 or devset4, annotated before any
 * extractor run and split once at random (seed 20261213) into {@code dev} (120, developed on) and
 * {@code measure} (80, only measured). The report ({@code target/devset5-ar-score.txt}) gives P, R,
 * F1 and the negative rate per split and a MISS/EXTRA line per error of {@code dev}; the errors of
 * {@code measure} are counted, never listed ({@link SampledDevSet}). Fails when a split's F1 or
 * negative rate falls more than 0.02 below {@code devset5/recorded-score-ar5.properties}.
 */
final class DevSet5ArabicTest extends SampledDevSetTestBase {

  DevSet5ArabicTest() {
    super("devset5", "ar", Layout.TABLE, "recorded-score-ar5.properties", SampledDevSet.DEV,
        SampledDevSet.MEASURE);
  }

  @Test
  void setIsWellFormedSplitSixtyFortyAndNewToTheOtherSets() {
    // the two draws are interleaved (odd ids from 2015, even ids from 2013); the split is 60/40
    // over the whole set, each part holds both corpora; sampled, not picked: negatives in their
    // natural share, never all claims or all negatives
    set.assertInterleavedArabicSample(200, "dev5-ar-", 120L, 60L, 170L, "/devset/devset.jsonl",
        "/devset2/devset2-ar.jsonl", "/devset3/devset3-ar.jsonl", "/devset4/devset4-ar.jsonl");
    // every sentence of this set, page furniture included, is detected as Arabic
    assertThat(set.sentences()).allSatisfy(s ->
        assertThat(Language.detect(s.text())).as(s.id()).isNotEqualTo(Language.EN));
  }
}
