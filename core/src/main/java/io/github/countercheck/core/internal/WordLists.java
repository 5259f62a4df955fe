package io.github.countercheck.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the plain-text word lists of the library (the one loader: core's abbreviations, the story
 * features' stop words, name cues and suffixes): UTF-8, one entry a line, {@code #} starts a
 * comment line, blank lines are ignored, entries are stripped of surrounding white space.
 */
public final class WordLists {
  private WordLists() {}

  /**
   * @param text the content of a list
   * @return its entries in order
   */
  public static List<String> parse(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String s = line.strip();
      if (!s.isEmpty() && s.charAt(0) != '#') {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Reads a list lying next to a class of this module. A module on the module path reads only
   * its own resources: another module opens the stream itself and hands it to {@link #read}.
   *
   * @param owner a class next to which the resource lies
   * @param name  the resource name
   * @return the entries of the resource list
   * @throws UncheckedIOException if the resource is missing or not valid UTF-8
   */
  public static List<String> resource(Class<?> owner, String name) {
    return read(owner.getResourceAsStream(name), name);
  }

  /**
   * Reads a list from a stream, and closes it.
   *
   * @param in   the list's bytes; null for a missing resource
   * @param name the list's name, for the errors
   * @return its entries in order
   * @throws UncheckedIOException if {@code in} is null or not valid UTF-8
   */
  public static List<String> read(@Nullable InputStream in, String name) {
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing resource " + name));
    }
    try (in) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)));
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[4096];
      for (int k; (k = r.read(buf)) >= 0; ) {
        sb.append(buf, 0, k);
      }
      return parse(sb.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("resource " + name + ": " + e.getMessage(), e);
    }
  }
}
