package io.github.countercheck.reconcile;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a place or voice name, as {@link PlaceAliases} and {@link VoiceAliases} compare
 * them: the runs of letters and digits of the normalized text, everything else a separator.
 */
final class NameWords {

  private NameWords() {}

  /** The runs of letters and digits of {@code normalized}, in order. */
  static List<String> of(String normalized) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= normalized.length(); i++) {
      boolean word = i < normalized.length() && Character.isLetterOrDigit(normalized.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(normalized.substring(start, i));
        start = -1;
      }
    }
    return out;
  }
}
