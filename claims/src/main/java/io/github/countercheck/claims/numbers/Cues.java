package io.github.countercheck.claims.numbers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.core.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Phrase lists read into one trie whose values are bit masks of the lists a phrase belongs to.
 * Used for the label cues ({@code numeral-cues.json}) and the quantity bound words
 * ({@code quantity-bounds.json}).
 */
final class Cues {
  final PhraseTrie<Integer> trie = new PhraseTrie<>();
  private final String[] names;

  /**
   * @param in    the JSON: an object whose array members are phrase lists
   * @param name  its name, for errors
   * @param names the lists to read, in bit order (bit i for names[i])
   */
  Cues(InputStream in, String name, String... names) {
    this.names = names.clone();
    JsonNode root;
    try (InputStream s = in) {
      root = new ObjectMapper().readTree(s);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(name + ": not a JSON object");
    }
    for (int bit = 0; bit < names.length; bit++) {
      JsonNode list = root.path(names[bit]);
      if (list.isMissingNode()) {
        continue;
      }
      if (!list.isArray()) {
        throw new IllegalArgumentException(name + ": " + names[bit] + " is not a list");
      }
      for (JsonNode p : list) {
        add(p.asText(), 1 << bit);
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (f.getValue().isArray() && indexOf(f.getKey()) < 0 && !f.getValue().isEmpty()
          && f.getValue().get(0).isTextual()) {
        throw new IllegalArgumentException(name + ": unknown list " + f.getKey());
      }
    }
  }

  int indexOf(String list) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(list)) {
        return i;
      }
    }
    return -1;
  }

  void add(String phrase, int mask) {
    trie.put(normal(phrase), mask, (a, b) -> a | b);
  }

  static String normal(String p) {
    return TextNormalizer.normalizeForm(p.toLowerCase(Locale.ROOT));
  }
}
