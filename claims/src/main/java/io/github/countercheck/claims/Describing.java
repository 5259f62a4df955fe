package io.github.countercheck.claims;

/**
 * (issue 16) Arabic describing words that agree with the noun before them: a nisba adjective of
 * origin or kind («جندي أمريكي»، «مدرسين تايلانديين»، «جنديان أمريكيان»). Arabic puts the adjective
 * after its noun and a one or two after both («جندي أمريكي واحد»، «مدرسين تايلانديين اثنين»), so
 * that such a word neither counts on its own nor stands between a noun and its number. A word is
 * describing when it has the form of a nisba (ending «ي، ية، يان، يين، يون، يتان، يتين») and opens
 * with no conjunction: «وأمريكي» is a count of its own.
 */
final class Describing {
  /** How many describing words may stand between a noun and the number that agrees with it. */
  static final int MAX_WORDS = 2;

  private static final char YEH = '\u064A';
  private static final char TEH_MARBUTA_FOLDED = '\u0647';
  private static final char ALEF = '\u0627';
  private static final char NOON = '\u0646';
  private static final char WAW = '\u0648';
  private static final char TEH = '\u062A';

  private Describing() {}

  /**
   * @param v the sentence
   * @param j a token
   * @return whether token {@code j} is an Arabic word in the form of a nisba adjective, with no
   *     conjunction on it and no event cue
   */
  static boolean isNisba(SentenceView v, int j) {
    TokenWords w = v.w;
    if (j < v.from || j >= v.to || !w.isWord(j) || v.cueAt(j) != null || v.inQuantity(j)
        || w.charAt(j, 0) == WAW && (w.stemMask(j) & 2) != 0) {
      return false;
    }
    int n = w.length(j);
    if (n < 4) {
      return false;
    }
    char a = w.charAt(j, n - 1);
    char b = w.charAt(j, n - 2);
    char c = w.charAt(j, n - 3);
    if (a == YEH) {
      return b != YEH; // أمريكي، مصري (not a plural in -يي)
    }
    if (a == TEH_MARBUTA_FOLDED) {
      return b == YEH; // أمريكية
    }
    if (a == NOON && (b == ALEF || b == YEH || b == WAW)) {
      // أمريكيان، أمريكيين، أمريكيون، أمريكيتان، أمريكيتين
      return c == YEH || c == TEH && n > 5 && w.charAt(j, n - 4) == YEH;
    }
    return false;
  }

  /**
   * @param v     the sentence
   * @param start the token after a noun
   * @return the token after the describing words that start at {@code start} (at most
   *     {@link #MAX_WORDS}); {@code start} when none does
   */
  static int after(SentenceView v, int start) {
    int j = start;
    while (j - start < MAX_WORDS && isNisba(v, j)) {
      j++;
    }
    return j;
  }
}
