package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.TextAnalysis;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LexiconCountCuesTest {

  @ParameterizedTest
  @CsvSource({
      "'قتل 12 شرطيا في ألماتي', 2",
      "'أصيب 5 متظاهرين', 2",
      "'وصل الوفد إلى المطار صباحا', 0",
  })
  void countsTheCuesAndSubjectNounsOfAText(String text, int atLeast) {
    int count = Lexicon.arabic().countCues(TextAnalysis.of(Document.of("t", text)));

    assertThat(count).isGreaterThanOrEqualTo(atLeast);
    if (atLeast == 0) {
      assertThat(count).isZero();
    }
  }

  @Test
  void countsNothingInAnEmptyText() {
    assertThat(Lexicon.arabic().countCues(TextAnalysis.of(Document.of("t", "")))).isZero();
  }

  @Test
  void countsAtMostThreeEntriesPerWordOfRandomText() {
    Random random = new Random(6);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      sb.append((char) (random.nextBoolean() ? 0x0621 + random.nextInt(42) : ' '));
    }
    TextAnalysis analysis = TextAnalysis.of(Document.of("t", sb.toString()));

    assertThat(Lexicon.arabic().countCues(analysis))
        .isBetween(0, 3 * analysis.tokens().size());
  }

  @Test
  void refusesANullAnalysis() {
    assertThatThrownBy(() -> Lexicon.arabic().countCues(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("analysis");
  }
}
