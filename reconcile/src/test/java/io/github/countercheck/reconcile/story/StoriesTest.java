package io.github.countercheck.reconcile.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class StoriesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "'\u200fمصرع 12 شخصا\u200e'|مصرع 12 شخصا",
    "'  two\t\tspaces  '|two spaces",
    "'bell\u0007 and\u202e bidi'|bell and bidi",
  })
  void aTitleDropsControlAndBidiCharsAndFoldsSpaces(String line, String title) {
    assertThat(Stories.titleOf(line, Stories.TITLE_CHARS)).isEqualTo(title);
  }

  @Test
  void aLongTitleIsCutAtAWord() {
    String line = "word ".repeat(40);
    String title = Stories.titleOf(line, Stories.TITLE_CHARS);
    assertThat(title).hasSizeLessThanOrEqualTo(Stories.TITLE_CHARS).endsWith("word…");
    assertThat(Stories.titleOf("x".repeat(200), Stories.TITLE_CHARS)).hasSize(Stories.TITLE_CHARS);
  }

  @Test
  void theTitleIsTheFirstLineWithAWord() {
    assertThat(Stories.titleOf("\n  \n---\n headline \nbody", 80)).isEqualTo("headline");
    assertThat(Stories.titleOf("", 80)).isEmpty();
    assertThat(Stories.titleOf("a \uD83D\uDE00 b", 80)).isEqualTo("a \uD83D\uDE00 b");
  }
}
