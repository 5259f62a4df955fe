package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Quantity;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class FiguresTest {

  @Test
  void describesEveryKindInWords() {
    assertThat(Figures.describe(Quantity.exact(12))).isEqualTo("12");
    assertThat(Figures.describe(Quantity.approximate(12))).isEqualTo("about 12 [10, 14]");
    assertThat(Figures.describe(Quantity.atLeast(40))).isEqualTo("at least 40");
    assertThat(Figures.describe(Quantity.moreThan(40))).isEqualTo("more than 40");
    assertThat(Figures.describe(Quantity.atMost(7))).isEqualTo("at most 7");
    assertThat(Figures.describe(Quantity.lessThan(7))).isEqualTo("fewer than 7");
    assertThat(Figures.describe(Quantity.range(20, 30))).isEqualTo("between 20 and 30");
    assertThat(Figures.describe(Quantity.vague(20, 99))).isEqualTo("vague [20, 99]");
    assertThat(Figures.describe(Quantity.vague(100, Quantity.MAX_COUNT)))
        .isEqualTo("vague [100, " + Quantity.MAX_COUNT + "]");
  }

  @Test
  void appendsToWhatTheBuilderHolds() {
    StringBuilder sb = new StringBuilder("x ");
    Figures.describe(Quantity.approximate(1000), sb).append(' ');
    Figures.day((int) LocalDate.of(2013, 1, 5).toEpochDay(), sb);
    assertThat(sb).hasToString("x about 1000 [900, 1100] 2013-01-05");
  }

  @Test
  void writesDatesAsLocalDateDoesForAnyYear() {
    SplittableRandom random = new SplittableRandom(17);
    int[] years = {-12_000, -1, 0, 7, 999, 1000, 2013, 9999, 10_000, 250_000};
    for (int year : years) {
      for (int k = 0; k < 50; k++) {
        LocalDate d = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        assertThat(Figures.day((int) d.toEpochDay(), new StringBuilder()))
            .hasToString(d.toString());
      }
    }
    assertThat(Figures.day(Item.NO_DATE, new StringBuilder())).hasToString("undated");
  }

  @Test
  void writesEveryDayOfTheFourDigitYearsAsLocalDateDoes() {
    StringBuilder sb = new StringBuilder();
    int last = (int) LocalDate.of(10_000, 1, 2).toEpochDay();
    for (int day = (int) LocalDate.of(-1, 12, 30).toEpochDay(); day <= last; day++) {
      sb.setLength(0);
      String expected = LocalDate.ofEpochDay(day).toString();
      if (!Figures.day(day, sb).toString().equals(expected)) {
        assertThat(sb).as("epoch day %s", day).hasToString(expected);
      }
    }
  }
}
