package io.github.countercheck.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the data files bundled beside this package's classes ({@code places.json},
 * {@code voices.json}, {@code rules.json}): the one loader of the three tables.
 */
final class Bundled {
  private Bundled() {}

  /** Reads a table from its open stream. */
  @FunctionalInterface
  interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  /**
   * @param name   the resource's name beside this package's classes
   * @param reader how its bytes are read
   * @return what the reader made of it
   * @throws IllegalStateException if the resource is missing
   * @throws UncheckedIOException  naming the resource, if it cannot be read
   */
  static <T> T read(String name, Reader<T> reader) {
    try (InputStream in = Bundled.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
