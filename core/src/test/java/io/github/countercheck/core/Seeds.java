package io.github.countercheck.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's seed articles, read by number ({@code "001"}). */
public final class Seeds {
  public static final Path DIR = Path.of("..", "seeds");

  private Seeds() {}

  public static Path path(String number) {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.getFileName().toString().startsWith(number + "_"))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no seed " + number));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String number) {
    return Document.readUtf8(path(number));
  }
}
