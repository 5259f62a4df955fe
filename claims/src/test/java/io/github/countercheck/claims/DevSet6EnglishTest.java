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
 * A fifth sample of English news ({@code devset6/devset6-en.jsonl}, see
 * {@code devset6/README-en6.md}): 200 more sentences drawn from {@code english-news-dev}, none of
 * devset2, devset3, devset4 or devset5, split once at random into {@code dev} (100, errors listed)
 * and {@code measure} (100, errors counted, never listed), each split scored no worse than
 * {@code devset6/recorded-score-en6.properties} minus 0.02.
 */
final class DevSet6EnglishTest {

  private static SampledDevSet set;

  @BeforeAll
  static void load() {
    set = SampledDevSet.load("devset6", "en");
  }

  @Test
  void setIsSampledWellFormedSplitHalfAndHalfAndApartFromTheOtherSets() {
    assertThat(set.sentences()).hasSize(200);
    Set<String> taken = new HashSet<>(SampledDevSet.load("devset2", "en").places());
    taken.addAll(SampledDevSet.load("devset3", "en").places());
    taken.addAll(SampledDevSet.load("devset4", "en").places());
    taken.addAll(SampledDevSet.load("devset5", "en").places());
    set.assertEnglishSample("dev6-en-", List.of(SampledDevSet.DEV, SampledDevSet.MEASURE), taken);
    set.assertNoTextOf("/devset/devset.jsonl");
    for (Sentence s : set.sentences()) {
      assertThat(Language.detect(s.text())).as(s.id()).isEqualTo(Language.EN);
      // the draw puts the AG News sentences first (38 of 200, their share of the corpus' bytes)
      assertThat(s.source()).as(s.id()).matches(Integer.parseInt(s.id().substring(8)) <= 38
          ? "agnews-train-.+\\.txt" : "indiapoliceevents-.+\\.txt");
      s.claims().forEach(c -> SampledDevSet.assertGoldClaimFollowsTheContract(s.id(), c));
    }
    assertThat(set.sentences()).extracting(s -> s.source() + ":" + s.start())
        .doesNotHaveDuplicates();
    assertThat(set.sentences().stream()
        .filter(s -> s.split().equals(SampledDevSet.MEASURE)).count()).isEqualTo(100);
  }

  @Test
  void everySentenceIsQuotedExactlyFromItsFile() throws IOException {
    set.assertQuotedExactly(s -> "english-news-dev");
  }

  @Test
  void extractorScoresNoWorseThanRecordedOnEachSplit() {
    set.assertScoresNoWorseThanRecorded(SampledDevSet.Layout.SPLITS,
        "recorded-score-en6.properties", "negative.rate",
        List.of(SampledDevSet.DEV, SampledDevSet.MEASURE));
  }
}
