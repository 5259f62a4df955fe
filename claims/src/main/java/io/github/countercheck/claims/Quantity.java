package io.github.countercheck.claims;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A count as a text states it: an interval of whole numbers {@code [low, high]} and the way the
 * text put it. {@code high} is null when the interval is unbounded above; {@code value} is the
 * number the text states, null where it states none ({@link QuantityKind#RANGE},
 * {@link QuantityKind#VAGUE}).
 *
 * <p>Counts are whole numbers from 0 to {@link #MAX_COUNT}; a larger figure is refused with an
 * {@link IllegalArgumentException} (the extractor gives no claim for it). The bound keeps every
 * value exact in JSON readers that hold numbers as doubles.
 *
 * <pre>{@code
 * Quantity q = Quantity.approximate(12);   // [10, 14]
 * q.contains(Quantity.exact(12));           // true
 * }</pre>
 *
 * @param kind  how the text stated it
 * @param value the stated number, or null
 * @param low   the least count the statement allows
 * @param high  the greatest count the statement allows, or null when unbounded
 */
public record Quantity(QuantityKind kind, @Nullable Long value, long low, @Nullable Long high) {

  /** The largest count the library represents: 10^15. */
  public static final long MAX_COUNT = 1_000_000_000_000_000L;

  /**
   * Validates the interval.
   *
   * @param kind  how the text stated it
   * @param value the stated number, or null
   * @param low   the least count the statement allows
   * @param high  the greatest count the statement allows, or null when unbounded
   */
  public Quantity {
    Objects.requireNonNull(kind, "kind");
    checkCount("low", low);
    if (value != null) {
      checkCount("value", value);
    }
    if (high != null) {
      checkCount("high", high);
      if (high < low) {
        throw new IllegalArgumentException("high " + high + " is below low " + low);
      }
    }
    boolean needsValue = kind != QuantityKind.RANGE && kind != QuantityKind.VAGUE;
    if (needsValue && value == null) {
      throw new IllegalArgumentException(kind + " quantity needs a stated value");
    }
  }

  private static void checkCount(String name, long n) {
    if (n < 0 || n > MAX_COUNT) {
      throw new IllegalArgumentException(
          name + " " + n + " is outside the counts the library represents (0 to " + MAX_COUNT + ")");
    }
  }

  /**
   * @param n the count
   * @return {@code n}, exactly
   */
  public static Quantity exact(long n) {
    return n >= 0 && n < SMALL.length ? SMALL[(int) n] : new Quantity(QuantityKind.EXACT, n, n, n);
  }

  /** The exact quantities 0 to 127, made once: the counts most often read (as Long caches them). */
  private static final Quantity[] SMALL = new Quantity[128];

  static {
    for (int n = 0; n < SMALL.length; n++) {
      SMALL[n] = new Quantity(QuantityKind.EXACT, (long) n, n, (long) n);
    }
  }

  /**
   * @param n the count
   * @return about {@code n}: {@code [floor(0.9 n), ceil(1.1 n)]}
   */
  public static Quantity approximate(long n) {
    checkCount("value", n);
    long low = n - (n + 9) / 10; // floor(0.9n) = n - ceil(n/10)
    long high = n + (n + 9) / 10; // ceil(1.1n) = n + ceil(n/10)
    return new Quantity(QuantityKind.APPROXIMATE, n, low, Math.min(high, MAX_COUNT));
  }

  /**
   * @param n the count
   * @return at least {@code n}: {@code [n, unbounded)}
   */
  public static Quantity atLeast(long n) {
    return new Quantity(QuantityKind.AT_LEAST, n, n, null);
  }

  /**
   * @param n the count
   * @return more than {@code n}: {@code [n + 1, unbounded)}
   */
  public static Quantity moreThan(long n) {
    checkCount("value", n);
    return new Quantity(QuantityKind.MORE_THAN, n, Math.min(n + 1, MAX_COUNT), null);
  }

  /**
   * @param n the count
   * @return at most {@code n}: {@code [0, n]}
   */
  public static Quantity atMost(long n) {
    return new Quantity(QuantityKind.AT_MOST, n, 0, n);
  }

  /**
   * @param n the count
   * @return less than {@code n}: {@code [0, n - 1]}
   */
  public static Quantity lessThan(long n) {
    checkCount("value", n);
    return new Quantity(QuantityKind.LESS_THAN, n, 0, Math.max(0, n - 1));
  }

  /**
   * @param low  the lower end, inclusive
   * @param high the upper end, inclusive
   * @return between {@code low} and {@code high}; the ends are swapped if given in reverse
   */
  public static Quantity range(long low, long high) {
    return new Quantity(QuantityKind.RANGE, null, Math.min(low, high), Math.max(low, high));
  }

  /**
   * @param low  the lower end of the vague amount
   * @param high the upper end of the vague amount
   * @return a vague amount such as dozens
   */
  public static Quantity vague(long low, long high) {
    return new Quantity(QuantityKind.VAGUE, null, low, high);
  }

  /** @return whether the interval has an upper bound */
  public boolean isBounded() {
    return high != null;
  }

  /** @return whether the text states a specific figure ({@code EXACT} or {@code APPROXIMATE}) */
  public boolean isSpecific() {
    return kind == QuantityKind.EXACT || kind == QuantityKind.APPROXIMATE;
  }

  /** @return the upper bound, or {@link Long#MAX_VALUE} when unbounded */
  public long highOrMax() {
    return high == null ? Long.MAX_VALUE : high;
  }

  /**
   * @return the number of whole counts the interval allows, minus one ({@code high - low}); {@link
   *     Long#MAX_VALUE} when unbounded
   */
  public long width() {
    return high == null ? Long.MAX_VALUE : high - low;
  }

  /**
   * @param other another quantity
   * @return whether the two intervals share at least one count
   */
  public boolean overlaps(Quantity other) {
    return low <= other.highOrMax() && other.low <= highOrMax();
  }

  /**
   * @param other another quantity
   * @return whether the two intervals share no count
   */
  public boolean isDisjointFrom(Quantity other) {
    return !overlaps(other);
  }

  /**
   * @param other another quantity
   * @return whether every count {@code other} allows, this allows too
   */
  public boolean contains(Quantity other) {
    return low <= other.low && other.highOrMax() <= highOrMax();
  }

  /**
   * @param n a count
   * @return whether this interval allows {@code n}
   */
  public boolean contains(long n) {
    return low <= n && n <= highOrMax();
  }

  /**
   * The quantity in the words reasons and reports use: {@code "12"}, {@code "about 12 [10, 14]"},
   * {@code "at least 40"}, {@code "more than 40"}, {@code "at most 7"}, {@code "fewer than 7"},
   * {@code "between 20 and 30"}, {@code "vague [20, 99]"} ({@code ∞} for an unbounded high).
   *
   * @return those words
   */
  public String inWords() {
    return appendWords(new StringBuilder(24)).toString();
  }

  /**
   * Appends {@link #inWords()} to a caller's builder, without intermediate strings.
   *
   * @param sb the builder
   * @return {@code sb}
   */
  public StringBuilder appendWords(StringBuilder sb) {
    switch (kind) {
      case EXACT -> number(sb, value);
      case APPROXIMATE -> interval(number(sb.append("about "), value).append(' '));
      case AT_LEAST -> number(sb.append("at least "), value);
      case MORE_THAN -> number(sb.append("more than "), value);
      case AT_MOST -> number(sb.append("at most "), value);
      case LESS_THAN -> number(sb.append("fewer than "), value);
      case RANGE -> number(sb.append("between ").append(low).append(" and "), high);
      case VAGUE -> interval(sb.append("vague "));
    }
    return sb;
  }

  private StringBuilder interval(StringBuilder sb) {
    sb.append('[').append(low).append(", ");
    if (high == null) {
      sb.append('∞');
    } else {
      sb.append(high.longValue());
    }
    return sb.append(']');
  }

  /** Appends a boxed number as string concatenation would ("null" for null), without boxing. */
  private static StringBuilder number(StringBuilder sb, @Nullable Long n) {
    return n == null ? sb.append("null") : sb.append(n.longValue());
  }

  @Override
  public String toString() {
    String range = "[" + low + ", " + (high == null ? "∞" : high) + "]";
    return kind + (value != null ? " " + value : "") + " " + range;
  }
}
