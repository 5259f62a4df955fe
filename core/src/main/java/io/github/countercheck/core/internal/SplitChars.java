package io.github.countercheck.core.internal;

import io.github.countercheck.core.SentenceSplitter;

/**
 * The char classes the {@link SentenceSplitter} reads: the stops it looks at, space, final
 * punctuation, quotes, closers, line marks.
 */
public final class SplitChars {
  private SplitChars() {}

  /**
   * Whether the splitter looks at a char ({@link CharClass#isStop}): a line break, final
   * punctuation or a quote opener. A caller that reads a text's chars anyway hands their
   * positions to {@link SentenceSplitter#sentences} through {@link SplitScratch#stop}, and the
   * splitter reads nothing else of the text but the chars around them.
   *
   * @param c a char
   * @return whether it is one
   */
  public static boolean isStop(char c) {
    return CharClass.isStop(c);
  }

  /**
   * A line break.
   *
   * @param c a char
   * @return whether it is one
   */
  public static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085'
        || c == '\u000B' || c == '\u000C';
  }

  /**
   * White space, a space separator or an invisible format char (a bidi mark, ZWJ).
   *
   * @param c a char
   * @return whether it is one
   */
  public static boolean isSpaceLike(char c) {
    return CharClass.isSpaceLike(c);
  }

  /**
   * Final punctuation.
   *
   * @param c a char
   * @return whether it is one
   */
  public static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u06D4';
  }

  /**
   * A char that opens a quotation.
   *
   * @param c a char
   * @return whether it is one
   */
  public static boolean isQuoteOpener(char c) {
    return c == '"' || c == '\u00AB' || c == '\u201C' || c == '\u201E';
  }

  /**
   * A char that closes a quotation.
   *
   * @param c a char
   * @return whether it is one
   */
  public static boolean isQuoteCloser(char c) {
    return c == '"' || c == '\u00BB' || c == '\u201D' || c == '\u201C';
  }

  /**
   * A quote that may open or close.
   *
   * @param c a char
   * @return whether it is one
   */
  public static boolean isAmbiguousQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201C';
  }

  /**
   * A char that may close a sentence after its final punctuation (a quote or bracket).
   *
   * @param c a char
   * @return whether it is one
   */
  public static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u00BB' || c == '\u201D' || c == '\u2019'
        || c == '\u201C' || c == ')' || c == ']' || c == '}';
  }

  /**
   * A dash or bullet that starts an attribution or list line.
   *
   * @param c a char
   * @return whether it is one
   */
  public static boolean isLineMark(char c) {
    return c == '\u2014' || c == '\u2013' || c == '\u2015' || c == '-' || c == '*'
        || c == '\u2022' || c == '\u00B7' || c == '\u25AA' || c == '\u25A0';
  }

  /**
   * An ASCII, Arabic-Indic or extended Arabic-Indic digit.
   *
   * @param c a char
   * @return whether it is one
   */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9';
  }

  /**
   * An Arabic letter.
   *
   * @param c a char
   * @return whether it is one
   */
  public static boolean isArabicLetter(char c) {
    return c >= '\u0620' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
  }
}
