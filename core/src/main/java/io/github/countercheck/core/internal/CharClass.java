package io.github.countercheck.core.internal;

import io.github.countercheck.core.Language;
import io.github.countercheck.core.Token;
import io.github.countercheck.core.Tokenizer;

/**
 * The one per-character class table of the text pipeline: for every BMP char, the kind of token
 * it starts for {@link Tokenizer} and the flags that the normalizing scan, the sentence splitter
 * and the numeral tokenizer read, computed once from the {@link Character} predicates. Immutable
 * and thread-safe. A hot-path table, public only for the claims module's numeral reader.
 *
 * <ul>
 *   <li>the token kind ({@link #kind}): a separator (white space, a space separator, a control or
 *       format char), a word char (a letter or a combining mark), a digit, punctuation, or a
 *       symbol ({@code %} {@code #} {@code @} {@code &} {@code *} and whatever else is left);
 *   <li>{@link #isLetter}: {@link Character#isLetter}, what a numeral word is made of;
 *   <li>{@link #isSpace}: white space or a space separator;
 *   <li>{@link #isSpaceLike}: those and the invisible format chars (bidi marks, ZWJ), which the
 *       sentence splitter trims;
 *   <li>{@link #isStop}: a char the sentence splitter looks at (a line break, final punctuation,
 *       a quote opener);
 *   <li>{@link #isLatinLetter}: a letter of the Latin script, as {@link Language} counts them.
 * </ul>
 */
public final class CharClass {
  /** Token kind: a separator (in the low three bits, as all kinds). */
  public static final int SEPARATOR = 0;
  /** Token kind: a word char. */
  public static final int WORD_CHAR = 1;
  /** Token kind: a digit. */
  public static final int DIGIT = 2;
  /** Token kind: punctuation. */
  public static final int PUNCT = 3;
  /** Token kind: a symbol. */
  public static final int SYMBOL = 4;
  /** The bits of {@link #bits} that hold the token kind. */
  public static final int KIND_MASK = 7;

  /** Flag bit of {@link #bits}: a letter. */
  public static final int LETTER = 1 << 3;
  private static final int SPACE = 1 << 4;
  private static final int SPACE_LIKE = 1 << 5;
  /** Flag bits of {@link #bits}. */
  static final int STOP = 1 << 6;
  static final int LATIN_LETTER = 1 << 7;
  /**
   * Flag bit of {@link #bits}: ه, which a ta marbuta (ة) is normalized to; the tokenizer looks
   * behind it for a word that lost its space («تسعةأشخاص», see {@link TokenBuffer#hasParts}).
   */
  static final int HEH = 1 << 8;
  /**
   * Flag bit of {@link #bits}: a char that may start or end an HTML character reference or
   * mojibake ({@code & # ;} and Â Ã â ã), after which the scan folds them (see {@link
   * CharReferences}).
   */
  static final int REF = 1 << 9;
  /** The bits of a plain BMP letter that is no ه, under {@link #PLAIN_MASK}. */
  public static final int PLAIN_LETTER = WORD_CHAR | LETTER;
  /** The bits of {@link #bits} that tell a plain letter ({@link #PLAIN_LETTER}). */
  public static final int PLAIN_MASK = KIND_MASK | LETTER | HEH;

  /** Every BMP char's kind and flags. */
  private static final short[] TABLE = build();

  private CharClass() {}

  private static short[] build() {
    short[] t = new short[Character.MAX_VALUE + 1];
    byte[] scripts = CoreAccess.get().letterScripts();
    byte latin = CoreAccess.get().latinLetter();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      int bits = classify(c);
      if (Character.isLetter(ch)) {
        bits |= LETTER;
      }
      if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
        bits |= SPACE | SPACE_LIKE;
      } else if (Character.getType(ch) == Character.FORMAT) {
        bits |= SPACE_LIKE;
      }
      if (SplitChars.isLineBreak(ch) || SplitChars.isTerminal(ch)
          || SplitChars.isQuoteOpener(ch)) {
        bits |= STOP;
      }
      if (scripts[c] == latin) {
        bits |= LATIN_LETTER;
      }
      if (c == '\u0647') {
        bits |= HEH;
      }
      if ("&#;\u00C2\u00C3\u00E2\u00E3".indexOf(ch) >= 0) {
        bits |= REF;
      }
      t[c] = (short) bits;
    }
    return t;
  }

  /**
   * The token kind of a code point: {@link #SEPARATOR}, {@link #WORD_CHAR}, {@link #DIGIT},
   * {@link #PUNCT} or {@link #SYMBOL}; from the table for the BMP (lone surrogates included).
   *
   * @param cp a code point
   * @return its kind
   */
  public static int kind(int cp) {
    return cp < TABLE.length ? TABLE[cp] & KIND_MASK : classify(cp);
  }

  /**
   * @param c a char
   * @return all its kind and flag bits, for a loop that tests several
   */
  public static int bits(char c) {
    return TABLE[c];
  }

  /**
   * @param c a char
   * @return whether it is a letter ({@link Character#isLetter(char)})
   */
  public static boolean isLetter(char c) {
    return (TABLE[c] & LETTER) != 0;
  }

  /**
   * @param c a char
   * @return whether it is white space or a space separator
   */
  public static boolean isSpace(char c) {
    return (TABLE[c] & SPACE) != 0;
  }

  /**
   * White space, a space separator or an invisible format char (a bidi mark, ZWJ).
   *
   * @param c a char
   * @return whether it is one
   */
  public static boolean isSpaceLike(char c) {
    return (TABLE[c] & SPACE_LIKE) != 0;
  }

  /**
   * A char the sentence splitter looks at: a line break, final punctuation, a quote opener.
   *
   * @param c a char
   * @return whether it is one
   */
  public static boolean isStop(char c) {
    return (TABLE[c] & STOP) != 0;
  }

  /**
   * A letter of the Latin script, as {@link Language} counts them.
   *
   * @param c a char
   * @return whether it is one
   */
  public static boolean isLatinLetter(char c) {
    return (TABLE[c] & LATIN_LETTER) != 0;
  }

  private static int classify(int cp) {
    if (isSeparator(cp)) {
      return SEPARATOR;
    } else if (isWordChar(cp)) {
      return WORD_CHAR;
    } else if (Character.isDigit(cp)) {
      return DIGIT;
    }
    return isPunctuation(cp) ? PUNCT : SYMBOL;
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
