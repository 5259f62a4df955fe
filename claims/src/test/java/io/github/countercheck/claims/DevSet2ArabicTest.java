package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.SampledDevSet.Layout;
import io.github.countercheck.claims.SampledDevSet.Sentence;
import io.github.countercheck.core.Language;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link ClaimExtractor} on the Arabic part of the sampled development set
 * ({@code src/test/resources/devset2/devset2-ar.jsonl}, drawn at random by
 * {@code devset2/sample_ar.py}; see {@code devset2/README-ar.md}), per split: {@code dev}, the part
 * rules may be developed on, and {@code measure}, the part that is only measured. Prints P, R and F1
 * per split, the negative rate (the share of claim-free sentences that yield no scored claim; the
 * share that yields no claim at all, {@link Event#OTHER} included, is printed too) and a
 * MISS/EXTRA line per error of the {@code dev} split, writes them to
 * {@code target/devset2-ar-score.txt}, and fails when a split's F1 or negative rate falls more than
 * 0.02 below the figure in {@code devset2/recorded-score-ar.properties}. The errors of the
 * {@code measure} split are counted, never listed, so that no rule is written from them
 * ({@link SampledDevSet}).
 */
final class DevSet2ArabicTest extends SampledDevSetTestBase {

  DevSet2ArabicTest() {
    super("devset2", "ar", Layout.TABLE, "recorded-score-ar.properties", SampledDevSet.DEV,
        SampledDevSet.MEASURE);
  }

  @Test
  void setIsWellFormedSplitAndDisjointFromTheFirstDevSet() {
    List<Sentence> sentences = set.sentences();
    assertThat(sentences).hasSizeGreaterThanOrEqualTo(350);
    assertThat(sentences).extracting(Sentence::id).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("dev2-ar-\\d{4}"));
    assertThat(sentences).extracting(Sentence::text).doesNotHaveDuplicates();
    assertThat(sentences).allSatisfy(s -> {
      SampledDevSet.assertWellFormedArabic(s);
      assertThat(s.corpus()).as(s.id()).isIn("saudi-news-2015-dev", "arabic-news-2013");
      assertThat(Language.detect(s.text())).as(s.id()).isNotEqualTo(Language.EN);
      assertThat(LocalDate.parse(s.date()).getYear()).as(s.id()).isIn(2013, 2015);
    });
    // about half from each corpus, about 60 % dev and 40 % measure
    long saudi = sentences.stream().filter(s -> s.corpus().startsWith("saudi")).count();
    assertThat(saudi * 1.0 / sentences.size()).isBetween(0.4, 0.6);
    long measure = sentences.stream().filter(s -> s.split().equals(SampledDevSet.MEASURE)).count();
    assertThat(measure * 1.0 / sentences.size()).isBetween(0.35, 0.45);
    // negatives come in their natural proportion: a drawn set is never all claims or all negatives
    long negatives = sentences.stream().filter(s -> s.claims().isEmpty()).count();
    assertThat(negatives).isBetween(50L, sentences.size() - 50L);
    // no sentence of the first development set comes back, not even inside a longer one
    set.assertNoTextOf("/devset/devset.jsonl");
  }
}
