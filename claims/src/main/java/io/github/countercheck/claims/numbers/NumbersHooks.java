package io.github.countercheck.claims.numbers;

import io.github.countercheck.claims.internal.NumbersAccess;
import io.github.countercheck.claims.internal.QuantityPhrases;
import io.github.countercheck.core.internal.Friends;
import io.github.countercheck.core.internal.TextScanner;
import io.github.countercheck.core.internal.TokenBuffer;
import java.util.List;

/** The package-private parts of this package that the extraction reads: see {@link NumbersAccess}. */
final class NumbersHooks extends NumbersAccess {
  static {
    Friends.register(NumbersAccess.class, new NumbersHooks());
  }

  private NumbersHooks() {}

  @Override
  public List<QuantityMention> findIn(QuantityRecognizer quantities, TextScanner scanner) {
    return quantities.findIn(scanner);
  }

  @Override
  public QuantityPhrases findIn(
      QuantityRecognizer quantities, TextScanner scanner, TokenBuffer tokens) {
    return quantities.findIn(scanner, tokens);
  }
}
