package io.github.countercheck.claims.numbers;

import io.github.countercheck.core.Span;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One numeral found in a text.
 *
 * @param span           the numeral in the original text
 * @param normalized     the same numeral in the normalized text (see {@link
 *     io.github.countercheck.core.NormalizedText})
 * @param text           the original characters of {@code span}
 * @param value          the exact value; null for a {@link NumeralForm#VAGUE} amount
 * @param low            for a vague amount, the least count it allows; otherwise null
 * @param high           for a vague amount, the greatest count it allows; otherwise null
 * @param form           how it is written
 * @param label          what it is: a count, or a year, a time...
 */
public record NumeralMention(
    Span span,
    Span normalized,
    String text,
    @Nullable BigDecimal value,
    @Nullable Long low,
    @Nullable Long high,
    NumeralForm form,
    NumeralLabel label) {

  /**
   * Validates the mention.
   *
   * @param span       the numeral in the original text
   * @param normalized the same numeral in the normalized text (see {@link
   *     io.github.countercheck.core.NormalizedText})
   * @param text       the original characters of {@code span}
   * @param value      the exact value; null for a {@link NumeralForm#VAGUE} amount
   * @param low        for a vague amount, the least count it allows; otherwise null
   * @param high       for a vague amount, the greatest count it allows; otherwise null
   * @param form       how it is written
   * @param label      what it is: a count, or a year, a time...
   */
  public NumeralMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(label, "label");
    if (form == NumeralForm.VAGUE) {
      if (low == null || high == null || value != null) {
        throw new IllegalArgumentException("a vague amount has low and high and no value: " + text);
      }
    } else if (value == null) {
      throw new IllegalArgumentException("a numeral needs a value: " + text);
    }
  }

  /** @return whether this is a vague amount */
  public boolean isVague() {
    return form == NumeralForm.VAGUE;
  }

  /** @return whether the value is a whole number (always false for a vague amount) */
  public boolean isWhole() {
    return value != null && (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0);
  }
}
