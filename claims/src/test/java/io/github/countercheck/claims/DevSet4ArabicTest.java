package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.SampledDevSet.Layout;
import io.github.countercheck.claims.SampledDevSet.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link ClaimExtractor} on {@code devset4/devset4-ar.jsonl}: 120 more Arabic sentences
 * drawn at random (seed 16216, {@code devset4/sample_ar4.py}) from the two corpora of devset2,
 * none of them in devset, devset2 or devset3, annotated before any extractor run. Unlike devset3
 * the set is developed on (every sentence is in the split {@code dev}): the report
 * ({@code target/devset4-ar-score.txt}) gives P, R, F1, the negative rate and a MISS/EXTRA line per
 * error. Fails when F1 or the negative rate falls more than 0.02 below
 * {@code devset4/recorded-score-ar4.properties}.
 */
final class DevSet4ArabicTest extends SampledDevSetTestBase {

  DevSet4ArabicTest() {
    super("devset4", "ar", Layout.LINE, "recorded-score-ar4.properties", SampledDevSet.ALL);
  }

  @Test
  void setIsWellFormedAndNewToTheOtherSets() {
    set.assertArabicSample(120, 60, SampledDevSet.DEV, "/devset/devset.jsonl",
        "/devset2/devset2-ar.jsonl", "/devset3/devset3-ar.jsonl");
    List<Sentence> sentences = set.sentences();
    assertThat(sentences).extracting(Sentence::id).allMatch(id -> id.matches("dev4-ar-\\d{4}"));
    long negativeCount = sentences.stream().filter(s -> s.claims().isEmpty()).count();
    assertThat(negativeCount).isBetween(30L, 90L);
  }
}
