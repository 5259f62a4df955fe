package io.github.countercheck.claims.numbers;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;

/** Opens the bundled data files of this package. */
final class Resources {
  private Resources() {}

  static InputStream open(String name) {
    InputStream in = Resources.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing bundled resource " + name));
    }
    return in;
  }
}
