package io.github.countercheck.claims.numbers;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A run of ASCII digits (the normalizer has already folded Arabic-Indic and Persian digits) with
 * the separators inside it, read to a value.
 *
 * <ul>
 *   <li>{@code ,} between a first group of 1-3 digits and groups of exactly 3 is a thousands
 *       separator (1,000,000); a last comma group of another length is a decimal part (23,00 ;
 *       26,013,94 = 26013.94), the only reading left;
 *   <li>one {@code .} is a decimal mark; several {@code .} between groups of 3 are thousands
 *       separators (1.000.000); other dotted runs (192.168.1.2) are identifiers;
 *   <li>{@code 1,234.5} and {@code 1.234,5} read as 1234.5;
 *   <li>the Indian grouping of South Asian English (lakh and crore), a first group of 1-2 digits,
 *       groups of exactly 2, and a last group of exactly 3, all with {@code ,}: {@code 1,20,000}
 *       is 120000, {@code 12,34,56,789} is 123456789 (at least two commas: {@code 12,345} is
 *       the common grouping);
 *   <li>{@code :} makes a clock time (10:30), value the hour;
 *   <li>one {@code /} makes a fraction (77/100 = 0.77), two make a date (6/1/2022), value the
 *       first part;
 *   <li>a run whose integer part has more than {@link #MAX_DIGITS} digits, or that has more than
 *       {@link #MAX_SEPARATORS} separators, or two separators in a row between digits
 *       ({@code 1,,000}), is not read at all;
 *   <li>so is a run of {@code ,} and {@code .} that is neither grouped thousands nor one decimal
 *       mark nor a dotted identifier: {@code 1,2,3,4} (groups after the first must have 3 digits)
 *       is a list written without spaces, or junk, and no figure in it is a count it states. A
 *       comma followed by a space is punctuation, not part of the run: «قتل 3، وأصيب 5», "1, 2
 *       and 3" are separate numbers.
 * </ul>
 *
 * <p>When {@code :} or {@code /} fit none of these (1:234, 1/2/3/4), the run is cut before its
 * first separator.
 */
final class DigitRun {
  /** Digit runs longer than this are junk, not numbers: they give no mention. */
  static final int MAX_DIGITS = 30;

  /**
   * Runs with more separators than this ({@code 1,2,3,4,5,6,7,8,9,10,11,12}) are junk too: no
   * number of {@link #MAX_DIGITS} digits needs more, and reading such a run whole, once, keeps
   * the scan linear (cutting it before its first separator would read its rest again and again).
   */
  static final int MAX_SEPARATORS = MAX_DIGITS / 3;

  /**
   * What a run is. {@code TOO_LONG} has no value and gives no mention: too many digits or
   * separators, or separators that fit no reading ({@code 1,,000}, {@code 1,2,3,4}).
   */
  enum Kind { PLAIN, GROUPED, DECIMAL, TIME, FRACTION, DATE, IDENT, TOO_LONG }

  final Kind kind;
  /** exclusive end in the text. */
  final int end;
  final BigDecimal value;
  /** digits in the integer part (or of the first group for TIME/DATE/IDENT). */
  final int intDigits;
  final boolean leadingZero;

  private DigitRun(Kind kind, int end, BigDecimal value, int intDigits, boolean leadingZero) {
    this.kind = kind;
    this.end = end;
    this.value = value;
    this.intDigits = intDigits;
    this.leadingZero = leadingZero;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isPoint(char c) {
    return c == ',' || c == '.';
  }

  /**
   * Reads the run that starts at {@code start} (a digit).
   *
   * @param s     the normalized text
   * @param n     the end of the text
   * @param start the first digit
   * @return the run
   */
  static DigitRun read(char[] s, int n, int start) {
    int j = start;
    int commas = 0;
    int dots = 0;
    int colons = 0;
    int slashes = 0;
    int firstSep = -1;
    while (true) {
      while (j < n && isDigit(s[j])) {
        j++;
      }
      if (j + 1 < n && isDigit(s[j + 1])) {
        char c = s[j];
        if (c == ',' || c == '.' || c == ':' || c == '/') {
          if (firstSep < 0) {
            firstSep = j;
          }
          switch (c) {
            case ',' -> commas++;
            case '.' -> dots++;
            case ':' -> colons++;
            default -> slashes++;
          }
          j++;
          continue;
        }
      }
      break;
    }
    boolean lead0 = s[start] == '0' && (start + 1 < n && isDigit(s[start + 1]));
    if (j + 1 < n && isPoint(s[j]) && isPoint(s[j + 1])) {
      // a doubled separator between digits (1,,000 ; 1..000 ; 1,.000) is a typo or junk: neither
      // side is a number we can trust, so the whole run is read, once, and gives no mention
      int k = j;
      while (k < n && isPoint(s[k])) {
        k++;
      }
      if (k < n && isDigit(s[k])) {
        while (k < n && (isDigit(s[k])
            || isPoint(s[k]) && k + 1 < n && (isDigit(s[k + 1]) || isPoint(s[k + 1])))) {
          k++;
        }
        return new DigitRun(Kind.TOO_LONG, k, null, j - start, lead0);
      }
    }
    if (firstSep < 0) {
      return plain(s, start, j, lead0);
    }
    int firstLen = firstSep - start;
    if (firstLen > MAX_DIGITS || commas + dots + colons + slashes > MAX_SEPARATORS) {
      return new DigitRun(Kind.TOO_LONG, j, null, firstLen, lead0);
    }
    if (colons > 0) {
      if (commas + dots + slashes == 0 && groupsAtMost(s, start, j, 2)) {
        return new DigitRun(Kind.TIME, j, new BigDecimal(new String(s, start, firstSep - start)), firstLen, lead0);
      }
      return plain(s, start, firstSep, lead0);
    }
    if (slashes > 0) {
      return slashed(s, start, j, firstSep, slashes, commas + dots, lead0);
    }
    return pointed(s, start, j, firstSep, commas, dots, lead0);
  }

  /** A run with {@code /}: a fraction (77/100), a date (6/1/2022), or digits cut before it. */
  private static DigitRun slashed(char[] s, int start, int j, int firstSep, int slashes, int points,
      boolean lead0) {
    int firstLen = firstSep - start;
    if (points > 0 || slashes > 2 || !groupsAtMost(s, start, j, 4)) {
      return plain(s, start, firstSep, lead0);
    }
    BigDecimal a = new BigDecimal(new String(s, start, firstSep - start));
    if (slashes == 2) {
      return new DigitRun(Kind.DATE, j, a, firstLen, lead0);
    }
    BigDecimal b = new BigDecimal(new String(s, firstSep + 1, j - (firstSep + 1)));
    if (b.signum() == 0) {
      return plain(s, start, firstSep, lead0);
    }
    return new DigitRun(Kind.FRACTION, j, a.divide(b, MathContext.DECIMAL128).stripTrailingZeros(), firstLen, lead0);
  }

  /** A run with {@code ,} and {@code .} only: grouped thousands, a decimal, an identifier or junk. */
  private static DigitRun pointed(char[] s, int start, int j, int firstSep, int commas, int dots,
      boolean lead0) {
    int firstLen = firstSep - start;
    StringBuilder digits = new StringBuilder(j - start);
    int m = commas + dots;
    int[] pos = new int[m];
    for (int i = start, k = 0; i < j; i++) {
      if (!isDigit(s[i])) {
        pos[k++] = i;
      }
    }
    int lastSep = pos[m - 1];
    char last = s[lastSep];
    int lastLen = j - lastSep - 1;
    if (m == 1) {
      return last == ',' && lastLen == 3
          ? grouped(s, start, j, lead0, digits)
          : decimal(s, start, j, lastSep, lead0, digits);
    }
    char t = s[pos[0]];
    boolean thousands = firstLen <= 3;
    for (int k = 1; k < m && thousands; k++) {
      if (pos[k] - pos[k - 1] - 1 != 3 || k < m - 1 && s[pos[k]] != t) {
        thousands = false;
      }
    }
    if (!thousands) {
      if (dots == m) {
        return ident(s, start, j, firstSep, firstLen, lead0);
      }
      if (commas == m && indian(pos, start, j)) {
        return grouped(s, start, j, lead0, digits);
      }
      // 1,2,3,4 ; 1234,567 ; 12,5.3: no grouping and no decimal fits. Cut before its first
      // separator, the run gave counts it does not say (1 and 2, then 3.4); it is a list written
      // without spaces or junk, so it is read whole, once, and gives no mention
      return new DigitRun(Kind.TOO_LONG, j, null, firstLen, lead0);
    }
    if (last == t) {
      if (lastLen == 3) {
        return grouped(s, start, j, lead0, digits);
      }
      return t == ',' ? decimal(s, start, j, lastSep, lead0, digits) : ident(s, start, j, firstSep, firstLen, lead0);
    }
    return decimal(s, start, j, lastSep, lead0, digits);
  }

  /**
   * Whether separators at {@code pos} (all commas, at least two) group the run in the Indian way:
   * a first group of 1-2 digits, then groups of 2, the last of 3 (1,20,000; 12,34,56,789).
   */
  private static boolean indian(int[] pos, int start, int end) {
    int first = pos[0] - start;
    if (pos.length < 2 || first < 1 || first > 2 || end - pos[pos.length - 1] - 1 != 3) {
      return false;
    }
    for (int k = 1; k < pos.length; k++) {
      if (pos[k] - pos[k - 1] - 1 != 2) {
        return false;
      }
    }
    return true;
  }

  private static DigitRun ident(char[] s, int start, int end, int firstSep, int firstLen, boolean lead0) {
    return new DigitRun(Kind.IDENT, end, new BigDecimal(new String(s, start, firstSep - start)), firstLen, lead0);
  }

  private static boolean groupsAtMost(char[] s, int start, int end, int max) {
    int len = 0;
    for (int i = start; i < end; i++) {
      if (isDigit(s[i])) {
        if (++len > max) {
          return false;
        }
      } else {
        len = 0;
      }
    }
    return true;
  }

  private static DigitRun plain(char[] s, int start, int end, boolean lead0) {
    int len = end - start;
    if (len > MAX_DIGITS) {
      return new DigitRun(Kind.TOO_LONG, end, null, len, lead0);
    }
    return new DigitRun(Kind.PLAIN, end, new BigDecimal(new String(s, start, end - start)), len, lead0);
  }

  private static DigitRun grouped(char[] s, int start, int end, boolean lead0, StringBuilder b) {
    for (int i = start; i < end; i++) {
      char c = s[i];
      if (isDigit(c)) {
        b.append(c);
      }
    }
    if (b.length() > MAX_DIGITS) {
      return new DigitRun(Kind.TOO_LONG, end, null, b.length(), lead0);
    }
    return new DigitRun(Kind.GROUPED, end, new BigDecimal(b.toString()), b.length(), lead0);
  }

  private static DigitRun decimal(
      char[] s, int start, int end, int mark, boolean lead0, StringBuilder b) {
    for (int i = start; i < mark; i++) {
      char c = s[i];
      if (isDigit(c)) {
        b.append(c);
      }
    }
    int intDigits = b.length();
    if (intDigits > MAX_DIGITS) {
      return new DigitRun(Kind.TOO_LONG, end, null, intDigits, lead0);
    }
    b.append('.');
    int frac = Math.min(end, mark + 1 + MAX_DIGITS);
    for (int i = mark + 1; i < frac; i++) {
      b.append(s[i]);
    }
    return new DigitRun(Kind.DECIMAL, end, new BigDecimal(b.toString()), intDigits, lead0);
  }
}
