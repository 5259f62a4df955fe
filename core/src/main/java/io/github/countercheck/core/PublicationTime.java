package io.github.countercheck.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a document was published, with the precision it was given: a day ({@code 2013-02-26}), or
 * a time of day with or without an offset ({@code 2013-02-26T08:13:12}, {@code
 * 2013-02-26T08:13:12+02:00}, {@code 2013-02-26T06:13:12Z}). A day is not "midnight": it stands
 * for the whole day, the interval {@code [00:00, 24:00)}, and compares as such.
 *
 * <p>A time without an offset is read on the timeline as if it were UTC: the documents of one
 * collection share their clock, and ordering within it is what matters. Seconds are kept, finer
 * digits dropped. Immutable and thread-safe.
 *
 * <pre>{@code
 * PublicationTime t = PublicationTime.parse("2013-02-26 08:13:12");  // as manifest.tsv writes it
 * t.date();            // 2013-02-26
 * t.hasTime();         // true
 * t.toString();        // 2013-02-26T08:13:12
 * }</pre>
 */
public final class PublicationTime implements Comparable<PublicationTime> {

  private static final long DAY_SECONDS = 86_400;

  private final LocalDate date;
  private final @Nullable LocalTime time;
  private final @Nullable ZoneOffset offset;

  private PublicationTime(LocalDate date, @Nullable LocalTime time, @Nullable ZoneOffset offset) {
    this.date = Objects.requireNonNull(date, "date");
    this.time = time == null ? null : time.truncatedTo(ChronoUnit.SECONDS);
    this.offset = offset;
  }

  /**
   * @param date a day
   * @return the whole day
   */
  public static PublicationTime of(LocalDate date) {
    return new PublicationTime(date, null, null);
  }

  /**
   * @param dateTime a local date and time
   * @return that time, without an offset
   */
  public static PublicationTime of(LocalDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    return new PublicationTime(dateTime.toLocalDate(), dateTime.toLocalTime(), null);
  }

  /**
   * @param dateTime a date and time with its offset
   * @return that time, keeping the offset
   */
  public static PublicationTime of(OffsetDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    return new PublicationTime(
        dateTime.toLocalDate(), dateTime.toLocalTime(), dateTime.getOffset());
  }

  /**
   * Parses an ISO-8601 date or date-time: {@code yyyy-mm-dd}, or {@code yyyy-mm-ddThh:mm[:ss[.f]]}
   * with an optional {@code Z} or {@code ±hh:mm}; a space may stand for the {@code T}.
   *
   * @param text the text
   * @return the time, with the precision the text gives
   * @throws IllegalArgumentException saying what a date or date-time looks like, if it is neither
   */
  public static PublicationTime parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    try {
      if (s.length() == 10) {
        return of(LocalDate.parse(s));
      }
      if (s.length() > 10 && s.charAt(10) == ' ') {
        s = s.substring(0, 10) + 'T' + s.substring(11);
      }
      char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
      boolean zoned = last == 'Z' || last == 'z'
          || s.length() > 19 && (s.lastIndexOf('+') > 10 || s.lastIndexOf('-') > 10);
      if (zoned) {
        return of(OffsetDateTime.parse(s.replace('z', 'Z')));
      }
      return of(LocalDateTime.parse(s));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date (yyyy-mm-dd) or a date-time"
          + " (yyyy-mm-ddThh:mm[:ss], optionally with Z or an offset such as +02:00)", e);
    }
  }

  /** @return the day (in the time's own offset, when it has one) */
  public LocalDate date() {
    return date;
  }

  /** @return the time of day, or null when only a day was given */
  public @Nullable LocalTime time() {
    return time;
  }

  /** @return the offset, or null when none was given */
  public @Nullable ZoneOffset offset() {
    return offset;
  }

  /** @return whether a time of day was given, not only a day */
  public boolean hasTime() {
    return time != null;
  }

  /**
   * @return the first second this time stands for, in seconds since 1970-01-01T00:00Z (a time
   *     without an offset read as UTC; a day from its 00:00)
   */
  public long startEpochSecond() {
    long s = date.toEpochDay() * DAY_SECONDS;
    if (time != null) {
      s += time.toSecondOfDay();
      if (offset != null) {
        s -= offset.getTotalSeconds();
      }
    }
    return s;
  }

  /**
   * @return the second after the last one this time stands for: a day ends at the next day's
   *     00:00, a time of day ends one second after it
   */
  public long endEpochSecond() {
    return time == null ? startEpochSecond() + DAY_SECONDS : startEpochSecond() + 1;
  }

  /**
   * How far apart two times lie: zero when their intervals overlap (a day and any time within
   * it), otherwise the gap between them.
   *
   * @param other another time
   * @return the gap in seconds, not negative
   */
  public long secondsApart(PublicationTime other) {
    Objects.requireNonNull(other, "other");
    long gap = Math.max(other.startEpochSecond() - endEpochSecond(),
        startEpochSecond() - other.endEpochSecond());
    return Math.max(0, gap);
  }

  /** Orders by the first second, then the last (a day after the times it starts with). */
  @Override
  public int compareTo(PublicationTime o) {
    int c = Long.compare(startEpochSecond(), o.startEpochSecond());
    if (c == 0) {
      c = Long.compare(endEpochSecond(), o.endEpochSecond());
    }
    // equal times (the same day, most often) need no strings: equal fields write the same one
    return c != 0 || equals(o) ? c : toString().compareTo(o.toString());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PublicationTime t && date.equals(t.date) && Objects.equals(time, t.time)
        && Objects.equals(offset, t.offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, time, offset);
  }

  /**
   * @return ISO-8601 with the precision given: {@code 2013-02-26}, {@code 2013-02-26T08:13:12},
   *     {@code 2013-02-26T08:13:12+02:00} or {@code 2013-02-26T06:13:12Z} (seconds always written
   *     when a time is)
   */
  @Override
  public String toString() {
    if (time == null) {
      return date.toString();
    }
    StringBuilder sb = new StringBuilder(25).append(date).append('T');
    two(sb, time.getHour()).append(':');
    two(sb, time.getMinute()).append(':');
    two(sb, time.getSecond());
    if (offset != null) {
      sb.append(offset.getId());
    }
    return sb.toString();
  }

  private static StringBuilder two(StringBuilder sb, int v) {
    return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }
}
