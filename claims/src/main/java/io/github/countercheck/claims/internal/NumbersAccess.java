package io.github.countercheck.claims.internal;

import io.github.countercheck.claims.numbers.QuantityMention;
import io.github.countercheck.claims.numbers.QuantityRecognizer;
import io.github.countercheck.core.internal.Friends;
import io.github.countercheck.core.internal.TextScanner;
import io.github.countercheck.core.internal.TokenBuffer;
import java.util.List;

/**
 * The package-private parts of {@code claims.numbers} that the extraction reads (the quantity
 * phrases read in place from a {@link TextScanner}'s buffers), reached without putting an internal
 * type into the API: the one implementation is package-private in {@code claims.numbers} and
 * registers itself with {@link Friends} when it is loaded. Not API.
 */
public abstract class NumbersAccess {
  private static final NumbersAccess ACCESS =
      Friends.get(NumbersAccess.class, "io.github.countercheck.claims.numbers.NumbersHooks");

  /** For the one implementation. */
  protected NumbersAccess() {}

  /** @return the implementation in {@code claims.numbers} */
  public static NumbersAccess get() {
    return ACCESS;
  }

  /**
   * Finds the quantity phrases of the text a scanner holds, reading its buffers in place.
   *
   * @param quantities the recognizer
   * @param scanner    a scanner that has read a text
   * @return the quantity phrases in text order; their normalized spans index the scanner's
   *     normalized text
   */
  public abstract List<QuantityMention> findIn(QuantityRecognizer quantities, TextScanner scanner);

  /**
   * Finds the quantity phrases of the text a scanner holds, reading the core tokens of that text,
   * with the tokens each phrase lies on.
   *
   * @param quantities the recognizer
   * @param scanner    a scanner that has read a text
   * @param tokens     every token of that text, as the scanner tokenized it
   * @return the phrases and their tokens
   */
  public abstract QuantityPhrases findIn(
      QuantityRecognizer quantities, TextScanner scanner, TokenBuffer tokens);
}
