package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.SampledDevSet.Layout;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The English part of the sampled development set ({@code devset2/devset2-en.jsonl}, see
 * {@code devset2/README-en.md}): well formed, quoted exactly from {@code english-news-dev}, and
 * scored per split no worse than {@code devset2/recorded-score-en.properties} minus 0.02.
 */
final class DevSet2EnglishTest extends SampledDevSetTestBase {

  DevSet2EnglishTest() {
    super("devset2", "en", Layout.SPLITS, "recorded-score-en.properties", SampledDevSet.DEV,
        SampledDevSet.MEASURE);
  }

  @Test
  void setIsSampledWellFormedAndSplitSixtyForty() {
    assertThat(set.sentences()).hasSizeGreaterThanOrEqualTo(300);
    set.assertEnglishSample("dev2-en-", List.of(SampledDevSet.DEV, SampledDevSet.MEASURE),
        Set.of());
    assertThat(set.sentences()).allSatisfy(s -> assertThat(s.text()).as(s.id()).isNotBlank());
    set.assertEnglishSources(s -> "(agnews-train-|indiapoliceevents-).+\\.txt");
    long measure = set.sentences().stream()
        .filter(s -> s.split().equals(SampledDevSet.MEASURE)).count();
    assertThat((double) measure / set.sentences().size()).isBetween(0.39, 0.41);
  }
}
