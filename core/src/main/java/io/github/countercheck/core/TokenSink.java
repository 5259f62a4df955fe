package io.github.countercheck.core;

/**
 * Receives the tokens of a {@link TextScanner#tokens} pass, for filters that look at every token
 * of a text before anything is built. The chars are the scanner's buffer: read them during the
 * call, never keep or change them.
 */
public interface TokenSink {

  /**
   * One word token, as {@link Tokenizer} makes it.
   *
   * @param normalized  the normalized chars of the whole text
   * @param start       the word's normalized start, inclusive
   * @param end         its normalized end, exclusive
   * @param stemOffsets its candidate stem offsets, as {@link Token#stemOffsets()}
   */
  void word(char[] normalized, int start, int end, int stemOffsets);

  /**
   * One number token (a run of digits with the separators inside it), as {@link Tokenizer}
   * makes it. Ignored by default.
   *
   * @param normalized the normalized chars of the whole text
   * @param start      its normalized start, inclusive
   * @param end        its normalized end, exclusive
   */
  default void number(char[] normalized, int start, int end) {}
}
