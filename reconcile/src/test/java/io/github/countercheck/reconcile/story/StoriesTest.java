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
    assertThat(Stories.title(line)).isEqualTo(title);
  }

  @Test
  void aLongTitleIsCutAtAWord() {
    String line = "word ".repeat(40);
    String title = Stories.title(line);
    assertThat(title).hasSizeLessThanOrEqualTo(Stories.TITLE_CHARS).endsWith("word…");
    assertThat(Stories.title("x".repeat(200))).hasSize(Stories.TITLE_CHARS);
  }

  @Test
  void theFirstLineIsTheFirstThatIsNotBlank() {
    assertThat(Stories.firstLine("\n  \n headline \nbody")).isEqualTo(" headline ");
    assertThat(Stories.firstLine("")).isEmpty();
  }
}
