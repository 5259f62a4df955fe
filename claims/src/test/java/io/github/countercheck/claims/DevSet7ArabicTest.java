package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.SampledDevSet.Sentence;
import io.github.countercheck.core.Language;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
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
final class DevSet7ArabicTest {

  private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0621-\\u064A]");

  private static final List<String> SPLITS = List.of(SampledDevSet.DEV, SampledDevSet.MEASURE);

  private static SampledDevSet set;

  @BeforeAll
  static void load() {
    set = SampledDevSet.load("devset7", "ar");
  }

  @Test
  void setIsWellFormedSplitFiftyFiftyAndNewToTheOtherSets() {
    List<Sentence> sentences = set.sentences();
    assertThat(sentences).hasSize(400);
    set.assertNumbered("dev7-ar-");
    assertThat(sentences).extracting(Sentence::text).doesNotHaveDuplicates();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      // the two draws are interleaved: odd ids from 2015, even ids from 2013
      assertThat(s.corpus()).as(s.id())
          .isEqualTo(i % 2 == 0 ? "saudi-news-2015-dev" : "arabic-news-2013");
      assertThat(LocalDate.parse(s.date()).getYear()).as(s.id()).isEqualTo(i % 2 == 0 ? 2015 : 2013);
      assertThat(s.split()).as(s.id()).isIn(SPLITS);
      assertThat(s.source()).as(s.id()).endsWith(".txt");
      assertThat(s.start()).as(s.id()).isNotNegative();
      assertThat(s.text()).as(s.id()).isNotBlank().isEqualTo(s.text().strip());
      // page furniture drawn with the rest (a numbered heading, «1») has no Arabic letter to detect
      if (ARABIC_LETTER.matcher(s.text()).find()) {
        assertThat(Language.detect(s.text())).as(s.id()).isNotEqualTo(Language.EN);
      }
      s.claims().forEach(c -> SampledDevSet.assertGoldClaimFollowsTheContract(s.id(), c));
    }
    // the split is 50/50 over the whole set, and each part holds both corpora
    assertThat(sentences.stream().filter(s -> s.split().equals(SampledDevSet.DEV)).count())
        .isEqualTo(200L);
    for (String split : SPLITS) {
      assertThat(sentences.stream().filter(s -> s.split().equals(split))
          .map(Sentence::corpus).distinct().count()).as(split).isEqualTo(2L);
    }
    // sampled, not picked: negatives in their natural share, never all claims or all negatives
    long negatives = sentences.stream().filter(s -> s.claims().isEmpty()).count();
    assertThat(negatives).isBetween(120L, 340L);
    set.assertNoTextOf("/devset/devset.jsonl", "/devset2/devset2-ar.jsonl",
        "/devset3/devset3-ar.jsonl", "/devset4/devset4-ar.jsonl", "/devset5/devset5-ar.jsonl",
        "/devset6/devset6-ar.jsonl");
  }

  @Test
  void everySentenceIsQuotedExactlyFromItsSourceFile() throws IOException {
    set.assertQuotedExactly(Sentence::corpus);
  }

  @Test
  void extractorScoresOnEachSplitNoWorseThanRecorded() {
    set.assertScoresNoWorseThanRecorded(SampledDevSet.Layout.TABLE,
        "recorded-score-ar7.properties", "negatives", SPLITS);
  }
}
