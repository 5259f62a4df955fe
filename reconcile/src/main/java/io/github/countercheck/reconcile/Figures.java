package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Quantity;
import java.time.LocalDate;

/** Plain-word renderings of quantities and dates, shared by reasons and reports. */
final class Figures {

  private Figures() {}

  /** @return the quantity in words with its interval where it is not a single number */
  static String describe(Quantity q) {
    String range = "[" + q.low() + ", " + (q.high() == null ? "∞" : q.high()) + "]";
    return switch (q.kind()) {
      case EXACT -> String.valueOf(q.value());
      case APPROXIMATE -> "about " + q.value() + " " + range;
      case AT_LEAST -> "at least " + q.value();
      case MORE_THAN -> "more than " + q.value();
      case AT_MOST -> "at most " + q.value();
      case LESS_THAN -> "fewer than " + q.value();
      case RANGE -> "between " + q.low() + " and " + q.high();
      case VAGUE -> "vague " + range;
    };
  }

  /** @return the ISO date of an epoch day, or "undated" */
  static String day(int epochDay) {
    return epochDay == Engine.NO_DATE ? "undated" : LocalDate.ofEpochDay(epochDay).toString();
  }
}
