package io.github.countercheck.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortenTest {

  @Test
  void cutsAtANearSpaceOrAtTheLimit() {
    assertThat(Shorten.atSpace("one two three four", 12)).isEqualTo("one two…");
    assertThat(Shorten.atSpace("abcdefghijkl", 6)).isEqualTo("abcde…");
    assertThat(Shorten.atSpace("short", 6)).isEqualTo("short");
    assertThat(Shorten.atSpace("exactly6", 8)).isEqualTo("exactly6");
  }

  @Test
  void neverSplitsASurrogatePair() {
    String face = "\uD83D\uDE00";
    String cut = Shorten.atSpace("abcd" + face + "efgh", 6);
    assertThat(cut).isEqualTo("abcd…");
    assertThat(cut.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
  }

  @Test
  void cutsAtTheLimitWithoutSplittingASurrogatePair() {
    assertThat(Shorten.atLimit("abcdefgh", 5)).isEqualTo("abcd…");
    assertThat(Shorten.atLimit("abcde", 5)).isEqualTo("abcde");
    assertThat(Shorten.atLimit("abc\uD83D\uDE00efgh", 5)).isEqualTo("abc…");
  }
}
