package io.github.countercheck.claims.numbers;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.countercheck.claims.internal.DataFile;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

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
  /** The one-letter connectors (و), which join a number word as its proclitic too: وخمسون. */
  private String joiningProclitics = "";

  static NumberWords defaults() {
    NumberWords w = new NumberWords();
    w.load(Resources.open(AR), AR);
    w.load(Resources.open(EN), EN);
    return w;
  }

  private static final Set<String> FILE_FIELDS = Set.of("language", "about", "words",
      "connectors", "fractionConnectors", "fractionOfOneConnectors", "oneAsPronounAfter");
  private static final Set<String> WORD_FIELDS = Set.of("type", "value", "fraction", "flags", "forms");

  /**
   * Reads one lexicon file into the trie.
   *
   * @param in   the JSON, closed here
   * @param name its name, for errors
   * @throws IllegalArgumentException naming the file, the line and the field if it is malformed
   */
  void load(InputStream in, String name) {
    DataFile file = DataFile.read(in, name);
    file.requireObject(DataFile.at(), FILE_FIELDS);
    JsonPointer words = DataFile.at("words");
    int n = file.list(words);
    for (int i = 0; i < n; i++) {
      JsonPointer w = words.appendIndex(i);
      file.requireObject(w, WORD_FIELDS);
      JsonPointer typeAt = w.appendProperty("type");
      String typeName = file.text(typeAt);
      Type type;
      try {
        type = Type.valueOf(typeName);
      } catch (IllegalArgumentException e) {
        throw file.error(typeAt, "unknown word type " + typeName
            + " (known: " + Arrays.toString(Type.values()) + ")");
      }
      BigDecimal value = ratio(file, w.appendProperty("value"));
      BigDecimal fraction = file.get(w.appendProperty("fraction")).isMissingNode()
          ? null : ratio(file, w.appendProperty("fraction"));
      boolean teenOnly = false;
      boolean definiteOnly = false;
      JsonPointer flagsAt = w.appendProperty("flags");
      List<String> flags = file.texts(flagsAt);
      for (int k = 0; k < flags.size(); k++) {
        switch (flags.get(k)) {
          case "teenOnly" -> teenOnly = true;
          case "definiteOnly" -> definiteOnly = true;
          default -> throw file.error(flagsAt.appendIndex(k),
              "unknown flag " + flags.get(k) + " (known: teenOnly, definiteOnly)");
        }
      }
      Entry e = new Entry(type, value, fraction, teenOnly, definiteOnly);
      JsonPointer formsAt = w.appendProperty("forms");
      List<String> forms = file.texts(formsAt);
      if (forms.isEmpty()) {
        throw file.error(formsAt, "no forms");
      }
      for (String form : forms) {
        put(form, e);
      }
    }
    for (String c : file.texts(DataFile.at("connectors"))) {
      put(c, new Entry(Type.CONNECTOR, BigDecimal.ZERO, null, false, false));
      String form = Cues.normal(c).strip();
      if (form.length() == 1 && joiningProclitics.indexOf(form.charAt(0)) < 0) {
        joiningProclitics += form;
      }
    }
    for (String c : file.texts(DataFile.at("fractionConnectors"))) {
      put(c, new Entry(Type.FRACTION_CONNECTOR, BigDecimal.ZERO, null, false, false));
    }
    for (String c : file.texts(DataFile.at("fractionOfOneConnectors"))) {
      put(c, new Entry(Type.FRACTION_OF_ONE, BigDecimal.ZERO, null, false, false));
    }
    for (String c : file.texts(DataFile.at("oneAsPronounAfter"))) {
      put(c, new Entry(Type.PRONOUN_CUE, BigDecimal.ZERO, null, false, false));
    }
  }

  /** Whether a proclitic letter is a connector: the joiner of a compound (وخمسون). */
  boolean joins(char proclitic) {
    return joiningProclitics.indexOf(proclitic) >= 0;
  }

  private void put(String form, Entry e) {
    // the first entry for a form wins: a lexicon lists the commoner reading first
    trie.put(Cues.normal(form), e, (a, b) -> a);
  }

  /** A value: a number, or a string holding a decimal or a ratio such as "1/3". */
  private static BigDecimal ratio(DataFile file, JsonPointer at) {
    JsonNode node = file.get(at);
    if (node.isMissingNode()) {
      throw file.error(at, "missing");
    }
    String s = node.asText();
    try {
      if (!node.isTextual() && !node.isNumber()) {
        throw new NumberFormatException();
      }
      int slash = s.indexOf('/');
      if (slash < 0) {
        return new BigDecimal(s);
      }
      return new BigDecimal(s.substring(0, slash))
          .divide(new BigDecimal(s.substring(slash + 1)), MathContext.DECIMAL128);
    } catch (ArithmeticException | NumberFormatException e) {
      throw file.error(at, "not a number or a ratio such as \"1/3\": " + node);
    }
  }

  static List<String> defaultNames() {
    return List.of(AR, EN);
  }
}
