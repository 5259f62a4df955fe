package io.github.countercheck.reconcile.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class BackgroundFrequenciesTest {

  private static BackgroundFrequencies read(String text) throws Exception {
    return BackgroundFrequencies.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.tsv");
  }

  @Test
  void theBuiltInTableCountsThousandsOfDocumentsInBothLanguages() {
    BackgroundFrequencies b = BackgroundFrequencies.builtIn();
    assertThat(b.documents()).isGreaterThan(5000);
    assertThat(b.size()).isGreaterThan(10_000);
    // a word of every news text is frequent, a rare one is not there
    assertThat(b.df("police")).isGreaterThan(b.df("balloon"));
    assertThat(b.frequencies().values()).allMatch(f -> f >= BackgroundFrequenciesBuilder.MIN_DF
        && f <= b.documents());
  }

  @Test
  void aBrokenTableIsRefusedWithItsLine() {
    assertThatThrownBy(() -> read("x\t1\n")).hasMessageContaining("t.tsv:1");
    assertThatThrownBy(() -> read("#documents\t10\nword\t11\n"))
        .hasMessageContaining("t.tsv:2").hasMessageContaining("df 11");
    assertThatThrownBy(() -> read("#documents\t10\nno-tab\n")).hasMessageContaining("t.tsv:2");
  }

  @Test
  void aTableIsReadAsWritten() throws Exception {
    BackgroundFrequencies b = read("#documents\t10\nقتل\t7\n@القاهرة\t3\n");
    assertThat(b.documents()).isEqualTo(10);
    assertThat(b.df("قتل")).isEqualTo(7);
    assertThat(b.df("@القاهرة")).isEqualTo(3);
    assertThat(b.df("unseen")).isZero();
  }

  @Test
  void withoutTheTableTheClustererLearnsFromTheStreamAlone() {
    assertThat(StoryClusterer.builder().backgroundFrequencies(false).build().background)
        .isSameAs(BackgroundFrequencies.NONE);
    assertThat(StoryClusterer.create().background).isSameAs(BackgroundFrequencies.builtIn());
  }
}
