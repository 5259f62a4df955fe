package io.github.countercheck.claims.numbers;

import io.github.countercheck.core.Span;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An interval of numbers a text states with bound words, with decimal ends and their
 * inclusivity: «أكثر من 20» is (20, ∞), «أكبر من أو يساوي 5000» is [5000, ∞), «20 إلى 100» is
 * [20, 100), «يساوي 20» is [20, 20], «فوق الربع وتحت النصف» is (0.25, 0.5). Unlike a {@link
 * io.github.countercheck.claims.Quantity}, which counts whole things, a range may hold decimals
 * and negatives. Found by {@link RangeRecognizer}.
 *
 * @param span          the phrase in the original text
 * @param normalized    the phrase in the normalized text
 * @param text          the original characters of {@code span}
 * @param low           the lower end, or null when unbounded below
 * @param lowInclusive  whether {@code low} belongs to the range (false when {@code low} is null)
 * @param high          the upper end, or null when unbounded above
 * @param highInclusive whether {@code high} belongs to the range (false when {@code high} is null)
 */
public record NumberRange(
    Span span, Span normalized, String text, @Nullable BigDecimal low, boolean lowInclusive,
    @Nullable BigDecimal high, boolean highInclusive) {

  /**
   * Validates the range.
   *
   * @param span          the phrase in the original text
   * @param normalized    the phrase in the normalized text
   * @param text          the original characters of {@code span}
   * @param low           the lower end, or null when unbounded below
   * @param lowInclusive  whether {@code low} belongs to the range (false when {@code low} is null)
   * @param high          the upper end, or null when unbounded above
   * @param highInclusive whether {@code high} belongs to the range (false when {@code high} is
   *     null)
   */
  public NumberRange {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(text, "text");
    if (low == null && high == null) {
      throw new IllegalArgumentException("a range needs at least one end: " + text);
    }
    if (low == null && lowInclusive || high == null && highInclusive) {
      throw new IllegalArgumentException("an open end cannot be inclusive: " + text);
    }
    if (low != null && high != null && low.compareTo(high) > 0) {
      throw new IllegalArgumentException("low " + low + " is above high " + high + ": " + text);
    }
  }

  /** @return the interval in the usual notation, e.g. {@code [20,100)} or {@code (,1000)} */
  public String interval() {
    return (lowInclusive ? "[" : "(") + (low == null ? "" : low.toPlainString()) + ","
        + (high == null ? "" : high.toPlainString()) + (highInclusive ? "]" : ")");
  }
}
