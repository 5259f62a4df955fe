package io.github.countercheck.claims.numbers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.core.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * The number-word lexicons ({@code ar-number-words.json}, {@code en-number-words.json}) read into
 * one trie. Immutable once built.
 */
final class NumberWords {
  enum Type {
    UNIT, TEN_MARK, VALUE, TENS, HUNDRED, HUNDREDS, SCALE, SCALE_DUAL, SCALE_PLURAL, FRACTION,
    FRACTION_PLURAL, NEGATIVE, POINT, ORDINAL, ARTICLE, CONNECTOR, FRACTION_CONNECTOR,
    FRACTION_OF_ONE, PRONOUN_CUE
  }

  /** One word of the lexicon. */
  static final class Entry {
    final Type type;
    final BigDecimal value;
    final BigDecimal fraction;
    final boolean teenOnly;
    final boolean definiteOnly;

    Entry(Type type, BigDecimal value, BigDecimal fraction, boolean teenOnly, boolean definiteOnly) {
      this.type = type;
      this.value = value;
      this.fraction = fraction;
      this.teenOnly = teenOnly;
      this.definiteOnly = definiteOnly;
    }

    @Override
    public String toString() {
      return type + " " + value;
    }
  }

  static final String AR = "ar-number-words.json";
  static final String EN = "en-number-words.json";

  final PhraseTrie<Entry> trie = new PhraseTrie<>();

  static NumberWords defaults() {
    NumberWords w = new NumberWords();
    w.load(Resources.open(AR), AR);
    w.load(Resources.open(EN), EN);
    return w;
  }

  /**
   * Reads one lexicon file into the trie.
   *
   * @param in   the JSON
   * @param name its name, for errors
   */
  void load(InputStream in, String name) {
    JsonNode root;
    try (InputStream s = in) {
      root = new ObjectMapper().readTree(s);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read number words: " + e.getMessage(), e);
    }
    JsonNode words = root.path("words");
    if (!words.isArray()) {
      throw new IllegalArgumentException(name + ": no \"words\" array");
    }
    for (JsonNode w : words) {
      Type type;
      try {
        type = Type.valueOf(w.path("type").asText());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ": unknown word type " + w.path("type"), e);
      }
      BigDecimal value = ratio(w.path("value").asText(), name);
      BigDecimal fraction = w.has("fraction") ? ratio(w.get("fraction").asText(), name) : null;
      boolean teenOnly = false;
      boolean definiteOnly = false;
      for (JsonNode f : w.path("flags")) {
        switch (f.asText()) {
          case "teenOnly" -> teenOnly = true;
          case "definiteOnly" -> definiteOnly = true;
          default -> throw new IllegalArgumentException(name + ": unknown flag " + f);
        }
      }
      Entry e = new Entry(type, value, fraction, teenOnly, definiteOnly);
      for (JsonNode form : w.path("forms")) {
        put(form.asText(), e);
      }
    }
    for (JsonNode c : root.path("connectors")) {
      put(c.asText(), new Entry(Type.CONNECTOR, BigDecimal.ZERO, null, false, false));
    }
    for (JsonNode c : root.path("fractionConnectors")) {
      put(c.asText(), new Entry(Type.FRACTION_CONNECTOR, BigDecimal.ZERO, null, false, false));
    }
    for (JsonNode c : root.path("fractionOfOneConnectors")) {
      put(c.asText(), new Entry(Type.FRACTION_OF_ONE, BigDecimal.ZERO, null, false, false));
    }
    for (JsonNode c : root.path("oneAsPronounAfter")) {
      put(c.asText(), new Entry(Type.PRONOUN_CUE, BigDecimal.ZERO, null, false, false));
    }
  }

  private void put(String form, Entry e) {
    // the first entry for a form wins: a lexicon lists the commoner reading first
    trie.put(TextNormalizer.normalizeForm(form.toLowerCase(Locale.ROOT)), e, (a, b) -> a);
  }

  private static BigDecimal ratio(String s, String name) {
    try {
      int slash = s.indexOf('/');
      if (slash < 0) {
        return new BigDecimal(s);
      }
      return new BigDecimal(s.substring(0, slash))
          .divide(new BigDecimal(s.substring(slash + 1)), MathContext.DECIMAL128);
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException(name + ": bad value " + s, e);
    }
  }

  static List<String> defaultNames() {
    return List.of(AR, EN);
  }
}
