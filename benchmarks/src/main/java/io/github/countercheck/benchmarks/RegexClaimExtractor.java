package io.github.countercheck.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The peer of {@code ClaimExtractor}: a straightforward hand-rolled extractor of the kind a
 * newsroom script would use. A number is a digit run (ASCII or Arabic-Indic, with separators) or a
 * number word; a claim is a number with a cue word (an event or a counted noun) within
 * {@value #WINDOW} chars before or after it. No normalization, no sentence bounds, no parsing of
 * values, no attribution: what it finds is much less than a claim, which makes it a generous
 * reference for speed. Its words are the resource {@code regex-extractor-words.txt}. Immutable and
 * thread-safe.
 */
final class RegexClaimExtractor {
  /** How far from a number a cue may be, in chars. */
  static final int WINDOW = 60;

  /**
   * One number with its cue.
   *
   * @param start  the start of the number
   * @param end    its end
   * @param number the number as written
   * @param cue    the cue word as written
   */
  record Hit(int start, int end, String number, String cue) {}

  private final Pattern number;
  private final Pattern cue;

  private RegexClaimExtractor(List<String> numberWords, List<String> cueWords) {
    String digit = "[0-9\u0660-\u0669]";
    this.number = Pattern.compile("(?<![\\p{L}\\p{Nd}])(?:" + digit + "+(?:[.,\u066B\u066C]" + digit
        + "+)*|(?:\u0648?\u0627\u0644|\u0648)?(?:" + alternation(numberWords)
        + "))(?![\\p{L}\\p{Nd}])");
    this.cue = Pattern.compile("(?<!\\p{L})(?:\u0648\u0627\u0644|\u0627\u0644|[\u0648\u0641\u0628\u0644])?(?:"
        + alternation(cueWords) + ")\\p{L}{0,3}(?!\\p{L})", Pattern.CASE_INSENSITIVE);
  }

  /** @return the extractor with its built-in words */
  static RegexClaimExtractor create() {
    try (InputStream in = RegexClaimExtractor.class.getResourceAsStream(
        "regex-extractor-words.txt")) {
      Map<String, List<String>> sections = readSections(Objects.requireNonNull(in,
          "regex-extractor-words.txt missing from the classpath"));
      return new RegexClaimExtractor(sections.get("numbers"), sections.get("cues"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param text an original text
   * @return the numbers that have a cue near them, in text order
   */
  List<Hit> extract(String text) {
    List<Hit> hits = new ArrayList<>();
    Matcher n = number.matcher(text);
    Matcher c = cue.matcher(text);
    while (n.find()) {
      int s = n.start();
      int e = n.end();
      c.region(e, Math.min(text.length(), e + WINDOW));
      boolean found = c.find();
      if (!found) {
        c.region(Math.max(0, s - WINDOW), s);
        found = c.find();
      }
      if (found) {
        hits.add(new Hit(s, e, n.group(), c.group()));
      }
    }
    return hits;
  }

  private static String alternation(List<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  private static Map<String, List<String>> readSections(InputStream in) throws IOException {
    Map<String, List<String>> sections = new TreeMap<>();
    List<String> current = null;
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (l.startsWith("[") && l.endsWith("]")) {
        current = sections.computeIfAbsent(l.substring(1, l.length() - 1), k -> new ArrayList<>());
      } else if (current == null) {
        throw new IllegalArgumentException("word '" + l + "' before any [section]");
      } else {
        current.add(l);
      }
    }
    if (!sections.containsKey("numbers") || !sections.containsKey("cues")) {
      throw new IllegalArgumentException(
          "regex-extractor-words.txt needs [numbers] and [cues], has " + sections.keySet());
    }
    return sections;
  }
}
