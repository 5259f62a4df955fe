package io.github.countercheck.claims.numbers;

import io.github.countercheck.claims.Quantity;
import io.github.countercheck.core.Span;
import java.util.List;
import java.util.Objects;

/**
 * A quantity phrase: one numeral, or two for a range, with the words around it that bound it
 * (نحو 12، أكثر من 1000، ما بين 20 و30، at least 5, dozens).
 *
 * @param span       the whole phrase in the original text, bound words included
 * @param normalized the same phrase in the normalized text
 * @param text       the original characters of {@code span}
 * @param quantity   the count interval the phrase states
 * @param numerals   the numerals in the phrase, in text order (two for a range)
 */
public record QuantityMention(
    Span span, Span normalized, String text, Quantity quantity, List<NumeralMention> numerals) {

  /**
   * Validates the mention and copies the numerals.
   *
   * @param span       the whole phrase in the original text, bound words included
   * @param normalized the same phrase in the normalized text
   * @param text       the original characters of {@code span}
   * @param quantity   the count interval the phrase states
   * @param numerals   the numerals in the phrase, in text order (two for a range)
   */
  public QuantityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quantity, "quantity");
    numerals = List.copyOf(numerals);
    if (numerals.isEmpty()) {
      throw new IllegalArgumentException("a quantity phrase needs a numeral: " + text);
    }
  }

  /** @return the first numeral of the phrase */
  public NumeralMention first() {
    return numerals.get(0);
  }
}
