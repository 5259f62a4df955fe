package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.SampledDevSet.Sentence;
import io.github.countercheck.core.Language;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sixth sample of English news ({@code devset7/devset7-en.jsonl}, see
 * {@code devset7/README-en7.md}): 400 more sentences drawn from {@code english-news-dev}, none of
 * devset2, devset3, devset4, devset5 or devset6, split once at random into {@code dev} (200, errors
 * listed) and {@code measure} (200, errors counted, never listed), each split scored no worse than
 * {@code devset7/recorded-score-en7.properties} minus 0.02.
 */
final class DevSet7EnglishTest {

  private static SampledDevSet set;

  @BeforeAll
  static void load() {
    set = SampledDevSet.load("devset7", "en");
  }

  @Test
  void setIsSampledWellFormedSplitHalfAndHalfAndApartFromTheOtherSets() {
    assertThat(set.sentences()).hasSize(400);
    Set<String> taken = new HashSet<>(SampledDevSet.load("devset2", "en").places());
    taken.addAll(SampledDevSet.load("devset3", "en").places());
    taken.addAll(SampledDevSet.load("devset4", "en").places());
    taken.addAll(SampledDevSet.load("devset5", "en").places());
    taken.addAll(SampledDevSet.load("devset6", "en").places());
    set.assertEnglishSample("dev7-en-", List.of(SampledDevSet.DEV, SampledDevSet.MEASURE), taken);
    set.assertNoTextOf("/devset/devset.jsonl");
    for (Sentence s : set.sentences()) {
      assertThat(Language.detect(s.text())).as(s.id()).isEqualTo(Language.EN);
      // the draw puts the AG News sentences first (75 of 400, their share of the corpus' bytes)
      assertThat(s.source()).as(s.id()).matches(Integer.parseInt(s.id().substring(8)) <= 75
          ? "agnews-train-.+\\.txt" : "indiapoliceevents-.+\\.txt");
      s.claims().forEach(c -> SampledDevSet.assertGoldClaimFollowsTheContract(s.id(), c));
    }
    assertThat(set.sentences()).extracting(s -> s.source() + ":" + s.start())
        .doesNotHaveDuplicates();
    assertThat(set.sentences().stream()
        .filter(s -> s.split().equals(SampledDevSet.MEASURE)).count()).isEqualTo(200);
  }

  @Test
  void everySentenceIsQuotedExactlyFromItsFile() throws IOException {
    set.assertQuotedExactly(s -> "english-news-dev");
  }

  @Test
  void extractorScoresNoWorseThanRecordedOnEachSplit() {
    set.assertScoresNoWorseThanRecorded(SampledDevSet.Layout.SPLITS,
        "recorded-score-en7.properties", "negative.rate",
        List.of(SampledDevSet.DEV, SampledDevSet.MEASURE));
  }
}
