package io.github.countercheck.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class WordRunsTest {

  @Test
  void aDigitEndsAWordOnlyWhenWordsAreLetters() {
    String name = "شارع 26 يوليو، b2b";
    assertThat(WordRuns.lettersAndDigits(name)).containsExactly("شارع", "26", "يوليو", "b2b");
    assertThat(WordRuns.letters(name)).containsExactly("شارع", "يوليو", "b", "b");
  }

  @Test
  void noWordsInPunctuationOrEmptyText() {
    assertThat(WordRuns.letters("")).isEmpty();
    assertThat(WordRuns.lettersAndDigits(" ،.- ")).isEmpty();
  }
}
