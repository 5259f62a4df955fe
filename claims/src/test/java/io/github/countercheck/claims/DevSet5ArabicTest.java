package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.ClaimScorer.GoldClaim;
import io.github.countercheck.claims.SampledDevSet.Sentence;
import io.github.countercheck.core.Language;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
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
final class DevSet5ArabicTest {

  private static final List<String> SPLITS = List.of(SampledDevSet.DEV, SampledDevSet.MEASURE);

  private static SampledDevSet set;

  @BeforeAll
  static void load() {
    set = SampledDevSet.load("devset5", "ar");
  }

  @Test
  void setIsWellFormedSplitSixtyFortyAndNewToTheOtherSets() {
    List<Sentence> sentences = set.sentences();
    assertThat(sentences).hasSize(200);
    set.assertNumbered("dev5-ar-");
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
      assertThat(Language.detect(s.text())).as(s.id()).isNotEqualTo(Language.EN);
      s.claims().forEach(c -> assertGoldClaimFollowsTheContract(s.id(), c));
    }
    // the split is 60/40 over the whole set, and each part holds both corpora
    assertThat(sentences.stream().filter(s -> s.split().equals(SampledDevSet.DEV)).count())
        .isEqualTo(120L);
    for (String split : SPLITS) {
      assertThat(sentences.stream().filter(s -> s.split().equals(split))
          .map(Sentence::corpus).distinct().count()).as(split).isEqualTo(2L);
    }
    // sampled, not picked: negatives in their natural share, never all claims or all negatives
    long negatives = sentences.stream().filter(s -> s.claims().isEmpty()).count();
    assertThat(negatives).isBetween(60L, 170L);
    set.assertNoTextOf("/devset/devset.jsonl", "/devset2/devset2-ar.jsonl",
        "/devset3/devset3-ar.jsonl", "/devset4/devset4-ar.jsonl");
  }

  /**
   * A gold claim names an event that is scored and at least one subject, and its interval follows
   * section 2 of the contract from its value and one of its kinds (the file lists the kind the
   * interval follows first; the scorer keeps the kinds as a set).
   */
  private static void assertGoldClaimFollowsTheContract(String id, GoldClaim c) {
    assertThat(c.event()).as(id + " " + c).isNotEqualTo(Event.OTHER);
    assertThat(c.subjects()).as(id + " " + c).isNotEmpty();
    if (c.value() == null) {
      assertThat(c.kinds()).as(id + " " + c).containsAnyOf(QuantityKind.RANGE, QuantityKind.VAGUE);
      assertThat(c.high()).as(id + " " + c).isNotNull().isGreaterThan(c.low());
      return;
    }
    long v = c.value();
    assertThat(c.kinds()).as(id + " " + c).anySatisfy(kind -> {
      assertThat(c.low()).isEqualTo(switch (kind) {
        case EXACT, AT_LEAST -> v;
        case APPROXIMATE -> (long) Math.floor(0.9 * v);
        case MORE_THAN -> v + 1;
        default -> 0L;
      });
      assertThat(c.high()).isEqualTo(switch (kind) {
        case EXACT, AT_MOST -> Long.valueOf(v);
        case APPROXIMATE -> Long.valueOf((long) Math.ceil(1.1 * v));
        case LESS_THAN -> Long.valueOf(v - 1);
        default -> null;
      });
    });
  }

  @Test
  void everySentenceIsQuotedExactlyFromItsSourceFile() throws IOException {
    set.assertQuotedExactly(Sentence::corpus);
  }

  @Test
  void extractorScoresOnEachSplitNoWorseThanRecorded() {
    set.assertScoresNoWorseThanRecorded(SampledDevSet.Layout.TABLE,
        "recorded-score-ar5.properties", "negatives", SPLITS);
  }
}
