package io.github.countercheck.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs of word chars of a normalized name, in order: how reconciliation splits the names of
 * places, voices and stories into words. Not API.
 */
public final class WordRuns {

  private WordRuns() {}

  /**
   * @param normalized a normalized text
   * @return its runs of letters and digits, in order
   */
  public static List<String> lettersAndDigits(String normalized) {
    return runs(normalized, true);
  }

  /**
   * @param normalized a normalized text
   * @return its runs of letters, in order (a digit ends a word)
   */
  public static List<String> letters(String normalized) {
    return runs(normalized, false);
  }

  private static List<String> runs(String normalized, boolean digits) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= normalized.length(); i++) {
      boolean word = i < normalized.length() && (digits
          ? Character.isLetterOrDigit(normalized.charAt(i))
          : Character.isLetter(normalized.charAt(i)));
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
