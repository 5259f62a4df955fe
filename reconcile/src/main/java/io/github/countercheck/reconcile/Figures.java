package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Quantity;
import java.time.LocalDate;

/**
 * Plain-word renderings of quantities and dates, shared by reasons and reports. The {@code append}
 * forms write into a caller's builder, so that a reason is built without intermediate strings.
 */
final class Figures {

  private Figures() {}

  /** @return the quantity in words with its interval where it is not a single number */
  static String describe(Quantity q) {
    return describe(q, new StringBuilder(24)).toString();
  }

  /**
   * Appends {@link #describe(Quantity)}.
   *
   * @param q  the quantity
   * @param sb the builder
   * @return {@code sb}
   */
  static StringBuilder describe(Quantity q, StringBuilder sb) {
    switch (q.kind()) {
      case EXACT -> number(sb, q.value());
      case APPROXIMATE -> range(number(sb.append("about "), q.value()).append(' '), q);
      case AT_LEAST -> number(sb.append("at least "), q.value());
      case MORE_THAN -> number(sb.append("more than "), q.value());
      case AT_MOST -> number(sb.append("at most "), q.value());
      case LESS_THAN -> number(sb.append("fewer than "), q.value());
      case RANGE -> number(sb.append("between ").append(q.low()).append(" and "), q.high());
      case VAGUE -> range(sb.append("vague "), q);
    }
    return sb;
  }

  /** Appends {@code [low, high]}, {@code ∞} for an unbounded high. */
  private static StringBuilder range(StringBuilder sb, Quantity q) {
    sb.append('[').append(q.low()).append(", ");
    if (q.high() == null) {
      sb.append('∞');
    } else {
      sb.append(q.high().longValue());
    }
    return sb.append(']');
  }

  /** Appends a boxed number as string concatenation would ("null" for null), without boxing. */
  private static StringBuilder number(StringBuilder sb, Long n) {
    return n == null ? sb.append("null") : sb.append(n.longValue());
  }

  /** @return the ISO date of an epoch day, or "undated" */
  static String day(int epochDay) {
    return epochDay == Engine.NO_DATE ? "undated" : LocalDate.ofEpochDay(epochDay).toString();
  }

  /**
   * Appends {@link #day(int)}: years 0 to 9999 digit by digit, as {@link LocalDate#toString} writes
   * them, others through it.
   *
   * @param epochDay the epoch day, or {@link Engine#NO_DATE}
   * @param sb       the builder
   * @return {@code sb}
   */
  static StringBuilder day(int epochDay, StringBuilder sb) {
    if (epochDay == Engine.NO_DATE) {
      return sb.append("undated");
    }
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    int y = d.getYear();
    if (y < 0 || y > 9999) {
      return sb.append(d);
    }
    sb.append((char) ('0' + y / 1000)).append((char) ('0' + y / 100 % 10))
        .append((char) ('0' + y / 10 % 10)).append((char) ('0' + y % 10));
    return twoDigits(twoDigits(sb.append('-'), d.getMonthValue()).append('-'), d.getDayOfMonth());
  }

  private static StringBuilder twoDigits(StringBuilder sb, int n) {
    return sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }
}
