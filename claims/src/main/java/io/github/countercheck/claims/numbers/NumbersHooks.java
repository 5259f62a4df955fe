package io.github.countercheck.claims.numbers;

import io.github.countercheck.claims.internal.NumbersAccess;
import io.github.countercheck.core.internal.Friends;
import io.github.countercheck.core.internal.TextScanner;
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
}
