package io.github.countercheck.claims;

import io.github.countercheck.core.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The words of the scope section's entries and phrases, read for {@link ScopeCues#compile}. */
final class ScopePhrases {
  private ScopePhrases() {}

  static String[][] wordsOfAll(List<String> entries, String field) {
    String[][] out = new String[entries.size()][];
    for (int i = 0; i < entries.size(); i++) {
      out[i] = wordsOf(entries.get(i), field + "[" + i + "]");
    }
    return out;
  }

  static String[] wordsOf(String entry, String field) {
    String norm = entry == null ? "" : TextNormalizer.normalizeForm(entry).trim();
    if (norm.isEmpty()) {
      throw new IllegalArgumentException("field '" + field + "' is empty");
    }
    return words(norm);
  }

  /** The words of a phrase, split at runs of spaces (no regex: see NoRegexOnTheExtractionPathTest). */
  static String[] words(String phrase) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= phrase.length(); i++) {
      boolean space = i == phrase.length() || phrase.charAt(i) == ' ';
      if (space && start >= 0) {
        out.add(phrase.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out.toArray(String[]::new);
  }

  static List<ScopeCues.Element> parse(String phrase, Map<String, String[][]> classes,
      String field) {
    if (phrase == null || phrase.isBlank()) {
      throw new IllegalArgumentException("field '" + field + "' is empty");
    }
    List<ScopeCues.Element> out = new ArrayList<>();
    for (String token : words(phrase.trim())) {
      if (token.startsWith("{") && token.endsWith("}")) {
        String name = token.substring(1, token.length() - 1);
        switch (name) {
          case "year" -> out.add(new ScopeCues.Element(ScopeCues.Kind.YEAR, null));
          case "pastYear" -> out.add(new ScopeCues.Element(ScopeCues.Kind.PAST_YEAR, null));
          case "number" -> out.add(new ScopeCues.Element(ScopeCues.Kind.NUMBER, null));
          case "any" -> out.add(new ScopeCues.Element(ScopeCues.Kind.ANY, null));
          case "gap" -> out.add(new ScopeCues.Element(ScopeCues.Kind.GAP, null));
          default -> {
            String[][] alts = classes.get(name);
            if (alts == null) {
              throw new IllegalArgumentException("field '" + field + "': '" + phrase
                  + "' names no class " + token + " (classes: " + classes.keySet()
                  + "; built in: {year} {pastYear} {number} {any} {gap})");
            }
            out.add(new ScopeCues.Element(ScopeCues.Kind.WORDS, alts));
          }
        }
      } else {
        out.add(new ScopeCues.Element(ScopeCues.Kind.WORDS, new String[][] {wordsOf(token, field)}));
      }
    }
    if (out.get(out.size() - 1).kind() == ScopeCues.Kind.GAP) {
      throw new IllegalArgumentException("field '" + field + "': '" + phrase
          + "' ends with {gap}");
    }
    return out;
  }
}
