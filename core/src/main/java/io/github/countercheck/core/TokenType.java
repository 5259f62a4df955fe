package io.github.countercheck.core;

/** What a {@link Token} is made of. */
public enum TokenType {
  /** Letters (with inner hyphens or apostrophes for Latin words): {@code المتظاهرين}, {@code twenty-five}. */
  WORD,
  /** ASCII digits after normalization, with single inner separators: {@code 1,000}, {@code 12.5}, {@code 10:30}. */
  NUMBER,
  /** One punctuation character: {@code .} {@code ,} {@code "} {@code (} {@code -}. */
  PUNCTUATION,
  /** One symbol or other character: {@code %} {@code $} {@code #} {@code @}, an emoji. */
  SYMBOL
}
