package io.github.countercheck.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a {@link NormalizedText} into {@link Token tokens} in one pass over its characters.
 * Immutable and thread-safe; build it once and share it.
 *
 * <pre>{@code
 * NormalizedText nt = TextNormalizer.normalize("قتل 12شرطياً والمتظاهرين");
 * List<Token> tokens = Tokenizer.defaults().tokenize(nt);
 * // قتل | 12 | شرطيا | والمتظاهرين (stems المتظاهرين, متظاهرين)
 * }</pre>
 *
 * <p>The rules, on the normalized text:
 *
 * <ul>
 *   <li>White space, control and format characters separate tokens and are not tokens.
 *   <li>A {@link TokenType#WORD} is a run of letters and combining marks. A hyphen or apostrophe
 *       between two Latin letters stays inside the word ({@code twenty-five}, {@code internet's});
 *       between Arabic letters it separates ({@code إنترفاكس-كازاخستان} is three tokens).
 *   <li>A {@link TokenType#NUMBER} is a run of digits; a single {@code .} {@code ,} or {@code :}
 *       between two digits stays inside it ({@code 1,000}, {@code 12.5}, {@code 23,00},
 *       {@code 10:30}). Digits glued to letters are a token of their own: {@code 12شرطيا} is
 *       {@code 12} and {@code شرطيا}, {@code الـ23,00} is {@code ال} and {@code 23,00}.
 *   <li>Every other character is a token of one character (one code point):
 *       {@link TokenType#SYMBOL} for symbols, {@code %} {@code #} {@code @} {@code &}
 *       {@code *}, unassigned code points and lone surrogates; {@link TokenType#PUNCTUATION} for
 *       the rest of punctuation.
 * </ul>
 *
 * Each word carries its candidate stems after Arabic proclitics (see {@link Stems}). The only
 * per-token allocations are the token, its span and its form.
 */
public final class Tokenizer {
  private static final Tokenizer DEFAULT = new Tokenizer();

  private Tokenizer() {}

  /** @return the tokenizer */
  public static Tokenizer defaults() {
    return DEFAULT;
  }

  /**
   * Normalizes and tokenizes a text.
   *
   * @param text an original text
   * @return its tokens; spans index {@code text}
   */
  public List<Token> tokenize(String text) {
    return tokenize(TextNormalizer.normalize(text));
  }

  /**
   * Tokenizes a normalized text.
   *
   * @param text a normalized text
   * @return its tokens in order; spans index {@code text.original()}
   */
  public List<Token> tokenize(NormalizedText text) {
    Objects.requireNonNull(text, "text");
    String s = text.normalized();
    int n = s.length();
    List<Token> out = new ArrayList<>(n / 5 + 1);
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      int w = Character.charCount(cp);
      if (isSeparator(cp)) {
        i += w;
        continue;
      }
      int j;
      TokenType type;
      if (isWordChar(cp)) {
        type = TokenType.WORD;
        j = i + w;
        while (j < n) {
          int c = s.codePointAt(j);
          if (isWordChar(c)) {
            j += Character.charCount(c);
          } else if ((c == '-' || c == '\'') && j + 1 < n
              && isLatinLetter(s.charAt(j - 1)) && isLatinLetter(s.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
      } else if (Character.isDigit(cp)) {
        type = TokenType.NUMBER;
        j = i + w;
        while (j < n) {
          int c = s.codePointAt(j);
          if (Character.isDigit(c)) {
            j += Character.charCount(c);
          } else if ((c == '.' || c == ',' || c == ':') && j + 1 < n
              && Character.isDigit(s.codePointAt(j + 1))) {
            j++;
          } else {
            break;
          }
        }
      } else {
        type = isPunctuation(cp) ? TokenType.PUNCTUATION : TokenType.SYMBOL;
        j = i + w;
      }
      int stems = type == TokenType.WORD ? Stems.mask(s, i, j, text) : 1;
      out.add(new Token(text.toOriginal(i, j), i, j, type, s.substring(i, j), stems));
      i = j;
    }
    return List.copyOf(out);
  }

  private static boolean isSeparator(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.CONTROL || t == Character.FORMAT;
  }

  private static boolean isWordChar(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  private static boolean isLatinLetter(char c) {
    return c < 0x0250 && Character.isLetter(c);
  }

  private static boolean isPunctuation(int cp) {
    switch (cp) {
      case '%', '#', '@', '&', '*', '\u2030', '\u066A' -> {
        return false;
      }
      default -> {
        int t = Character.getType(cp);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
            || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
            || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
            || t == Character.OTHER_PUNCTUATION;
      }
    }
  }
}
