package io.github.countercheck.claims.numbers;

/**
 * The proclitics a number word or a bound word may carry, read off its first letters: و ف ب ل,
 * or و/ف then ب/ل (وبـ، فلـ). What is left must keep two letters (three after ف ب ل, or after two
 * proclitics), so that a short word is never taken apart.
 */
final class Proclitics {
  private Proclitics() {}

  /** Whether the first {@code p} letters of the word {@code s[st, en)} are proclitics. */
  static boolean at(char[] s, int st, int en, int p) {
    int rest = en - st - p;
    if (rest < 2) {
      return false;
    }
    char a = s[st];
    if (p == 1) {
      return (a == 'و' && rest >= 2) || (rest >= 3 && (a == 'ف' || a == 'ب' || a == 'ل'));
    }
    char b = s[st + 1];
    return p == 2 && rest >= 3 && (a == 'و' || a == 'ف') && (b == 'ب' || b == 'ل');
  }
}
