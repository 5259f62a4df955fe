package io.github.countercheck.benchmarks;

/**
 * The floor: one pass that only reads every char of a text and counts its Arabic letters. No
 * extractor can read a text in less; every figure is compared with it.
 */
final class Floor {
  private Floor() {}

  /**
   * @param text a text
   * @return how many of its chars are Arabic letters (U+0621 to U+064A)
   */
  static int arabicLetters(String text) {
    int count = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\u0621' && c <= '\u064A') {
        count++;
      }
    }
    return count;
  }
}
