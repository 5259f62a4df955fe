package io.github.countercheck.claims.numbers;

import io.github.countercheck.claims.internal.DataFile;
import io.github.countercheck.core.TextNormalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Phrase lists read into one trie whose values are bit masks of the lists a phrase belongs to.
 * Used for the label cues ({@code numeral-cues.json}) and the quantity bound words
 * ({@code quantity-bounds.json}).
 */
final class Cues {
  final PhraseTrie<Integer> trie = new PhraseTrie<>();
  private final String[] names;

  /**
   * @param file   the JSON: an object whose members are phrase lists
   * @param others the other members the file may have, read elsewhere ({@code about} is allowed)
   * @param names  the lists to read, in bit order (bit i for names[i])
   * @throws IllegalArgumentException naming the file, the line and the member if a list is no
   *     list of phrases or a member is unknown
   */
  Cues(DataFile file, Set<String> others, String... names) {
    this.names = names.clone();
    Set<String> known = new HashSet<>(others);
    known.add("about");
    known.addAll(Arrays.asList(names));
    file.requireObject(DataFile.at(), known);
    for (int bit = 0; bit < names.length; bit++) {
      for (String p : file.texts(DataFile.at(names[bit]))) {
        add(p, 1 << bit);
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
