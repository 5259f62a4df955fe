package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Quantity;
import java.time.LocalDate;

/**
 * Plain-word renderings of quantities and dates, shared by reasons and reports. The {@code append}
 * forms write into a caller's builder, so that a reason is built without intermediate strings.
 */
final class Figures {

  private Figures() {}

  /** @return the quantity in words; see {@link Quantity#inWords()} */
  static String describe(Quantity q) {
    return q.inWords();
  }

  /**
   * Appends {@link #describe(Quantity)}.
   *
   * @param q  the quantity
   * @param sb the builder
   * @return {@code sb}
   */
  static StringBuilder describe(Quantity q, StringBuilder sb) {
    return q.appendWords(sb);
  }

  /** @return the ISO date of an epoch day, or "undated" */
  static String day(int epochDay) {
    return epochDay == Item.NO_DATE ? "undated" : LocalDate.ofEpochDay(epochDay).toString();
  }

  /** Epoch days of 0000-01-01 and 9999-12-31: the years {@link #day(int, StringBuilder)} writes. */
  private static final int FIRST_DAY = (int) LocalDate.of(0, 1, 1).toEpochDay();
  private static final int LAST_DAY = (int) LocalDate.of(9999, 12, 31).toEpochDay();

  /**
   * Appends {@link #day(int)} without a {@link LocalDate}: the years 0 to 9999 by the civil
   * calendar arithmetic of {@link LocalDate#ofEpochDay}, others through {@link LocalDate}.
   *
   * @param epochDay the epoch day, or {@link Item#NO_DATE}
   * @param sb       the builder
   * @return {@code sb}
   */
  static StringBuilder day(int epochDay, StringBuilder sb) {
    if (epochDay == Item.NO_DATE) {
      return sb.append("undated");
    }
    if (epochDay < FIRST_DAY || epochDay > LAST_DAY) {
      return sb.append(LocalDate.ofEpochDay(epochDay));
    }
    // days since 0000-03-01, so that the leap day ends the four-year cycle; not negative here
    int zeroDay = epochDay - FIRST_DAY - 60;
    int y;
    int doy;
    if (zeroDay < 0) { // January and February of year 0
      y = -1;
      doy = zeroDay + 366; // days since 1 March of year -1, a year before (0 is a leap year)
    } else {
      y = (int) ((400L * zeroDay + 591) / 146_097);
      doy = zeroDay - (365 * y + y / 4 - y / 100 + y / 400);
      if (doy < 0) {
        y--;
        doy = zeroDay - (365 * y + y / 4 - y / 100 + y / 400);
      }
    }
    int marchMonth0 = (doy * 5 + 2) / 153;
    int month = (marchMonth0 + 2) % 12 + 1;
    int dom = doy - (marchMonth0 * 306 + 5) / 10 + 1;
    y += marchMonth0 / 10;
    sb.append((char) ('0' + y / 1000)).append((char) ('0' + y / 100 % 10))
        .append((char) ('0' + y / 10 % 10)).append((char) ('0' + y % 10));
    return twoDigits(twoDigits(sb.append('-'), month).append('-'), dom);
  }

  /**
   * Appends a span of time in words: "3 hours", "1 hour 30 minutes", "45 minutes", "20 seconds".
   *
   * @param seconds the span, not negative
   * @param sb      the builder
   * @return {@code sb}
   */
  static StringBuilder span(long seconds, StringBuilder sb) {
    long h = seconds / 3600;
    long m = seconds % 3600 / 60;
    long s = seconds % 60;
    int start = sb.length();
    unit(sb, h, "hour", start);
    unit(sb, m, "minute", start);
    unit(sb, s, "second", start);
    return sb.length() == start ? sb.append("0 seconds") : sb;
  }

  private static void unit(StringBuilder sb, long n, String unit, int start) {
    if (n > 0) {
      sb.append(sb.length() > start ? " " : "").append(n).append(' ').append(unit)
          .append(n == 1 ? "" : "s");
    }
  }

  private static StringBuilder twoDigits(StringBuilder sb, int n) {
    return sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }
}
