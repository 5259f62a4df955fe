package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.reconcile.story.Stories;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The reports name a document without a publisher by its first words, not by its file name. */
final class ReconcileTitlesTest {

  private static final Path SEEDS = Path.of("..", "seeds");

  @Test
  void firstWordsAreTheFirstLineWithWordsCleanedAndCut() {
    assertThat(Stories.titleOf("\n  \n\u200f\u202b  Train\tcrash\u202c in Giza \nmore", 60))
        .isEqualTo("Train crash in Giza");
    assertThat(Stories.titleOf("---\n***\nقتل 12 شخصا", 60)).isEqualTo("قتل 12 شخصا");
    assertThat(Stories.titleOf("one two three four five six", 14)).isEqualTo("one two three…");
    assertThat(Stories.titleOf("abcdefghijklmnopqrstuvwxyz", 10)).isEqualTo("abcdefghi…");
    assertThat(Stories.titleOf("\u0000\u001b[31m red", 60)).isEqualTo("[31m red");
    assertThat(Stories.titleOf("", 60)).isEmpty();
    assertThat(Stories.titleOf(" \n\t\n", 60)).isEmpty();
    assertThat(Stories.titleOf("x".repeat(100_000), 60)).hasSize(60);
  }

  @Test
  void theSeedsWithoutAPublisherAreNamedByTheirFirstWords() {
    for (String format : new String[] {"table", "markdown", "html"}) {
      String out = CliRun.of("reconcile", "--format", format, "--no-color", SEEDS.toString()).out();
      // 000 names no outlet: its first words stand for it, and its file name is not its name
      assertThat(out).as(format).contains("\u201cالعشرات من قوات الأمن")
          .doesNotContain("000_46fbe9a3268b7406.txt (via")
          .doesNotContain("via 000_46fbe9a3268b7406.txt")
          .doesNotContain("via <bdi>000_46fbe9a3268b7406.txt");
      // a publisher stays the outlet's name
      assertThat(out).as(format).contains("TRT عربي");
    }
  }
}
