package io.github.countercheck.claims.numbers;

import io.github.countercheck.claims.internal.DataFile;
import io.github.countercheck.core.TextNormalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Phrase lists read into one trie whose values are bit masks of the lists a phrase belongs to.
 * Used for the label cues ({@code numeral-cues.json}, {@link LabelCue}) and the quantity bound
 * words ({@code quantity-bounds.json}, {@link BoundCue}).
 */
final class Cues {
  final PhraseTrie<Integer> trie = new PhraseTrie<>();

  /**
   * @param file   the JSON: an object whose members are phrase lists
   * @param others the other members the file may have, read elsewhere ({@code about} is allowed)
   * @param lists  the lists to read, each with its member and bit
   * @throws IllegalArgumentException naming the file, the line and the member if a list is no
   *     list of phrases or a member is unknown
   */
  Cues(DataFile file, Set<String> others, CueList[] lists) {
    Set<String> known = new HashSet<>(others);
    known.add("about");
    for (CueList l : lists) {
      known.add(l.member());
    }
    file.requireObject(DataFile.at(), known);
    for (CueList l : lists) {
      for (String p : file.texts(DataFile.at(l.member()))) {
        trie.put(normal(p), l.bit(), (a, b) -> a | b);
      }
    }
  }

  /** A phrase or word of a data file as the normalized text writes it. */
  static String normal(String p) {
    return TextNormalizer.normalizeForm(p.toLowerCase(Locale.ROOT));
  }
}
