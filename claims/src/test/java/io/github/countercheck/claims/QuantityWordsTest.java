package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Quantity#inWords()}: the one wording of a figure that reasons and reports share. */
class QuantityWordsTest {

  @Test
  void everyKindHasItsWords() {
    assertThat(Quantity.exact(12).inWords()).isEqualTo("12");
    assertThat(Quantity.approximate(12).inWords()).isEqualTo("about 12 [10, 14]");
    assertThat(Quantity.atLeast(40).inWords()).isEqualTo("at least 40");
    assertThat(Quantity.moreThan(40).inWords()).isEqualTo("more than 40");
    assertThat(Quantity.atMost(7).inWords()).isEqualTo("at most 7");
    assertThat(Quantity.lessThan(7).inWords()).isEqualTo("fewer than 7");
    assertThat(Quantity.range(20, 30).inWords()).isEqualTo("between 20 and 30");
    assertThat(Quantity.vague(20, 99).inWords()).isEqualTo("vague [20, 99]");
  }

  @Test
  void appendingWritesTheSameWordsAfterWhatIsThere() {
    Quantity q = Quantity.vague(100, Quantity.MAX_COUNT);
    StringBuilder sb = new StringBuilder("figure: ");
    assertThat(q.appendWords(sb)).isSameAs(sb);
    assertThat(sb.toString()).isEqualTo("figure: " + q.inWords());
  }
}
