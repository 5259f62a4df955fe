package io.github.countercheck.core;

import io.github.countercheck.core.internal.CharClass;
import io.github.countercheck.core.internal.CoreAccess.TokenSink;
import io.github.countercheck.core.internal.Stems;
import io.github.countercheck.core.internal.TextScanner;
import java.util.ArrayList;
import java.util.Collections;
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
  private static final int SEPARATOR = CharClass.SEPARATOR;
  private static final int WORD_CHAR = CharClass.WORD_CHAR;
  private static final int DIGIT = CharClass.DIGIT;
  private static final int PUNCT = CharClass.PUNCT;
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
    int n = text.normalized().length();
    List<Token> out = new ArrayList<>(n / 5 + 1);
    tokens(text, 0, Integer.MAX_VALUE, out);
    return Collections.unmodifiableList(out);
  }

  /**
   * Tokenizes part of a normalized text: at most {@code maxTokens} tokens, the first starting at
   * or after normalized index {@code from}. Started where a token of {@link #tokenize(NormalizedText)}
   * starts (or at a separator before one), it returns the same tokens as that method does from there.
   *
   * @param text      a normalized text
   * @param from      a normalized index, {@code 0 <= from <= text.length()}
   * @param maxTokens the most tokens to return, {@code >= 0}
   * @return the tokens in order; spans index {@code text.original()}
   */
  public List<Token> tokenize(NormalizedText text, int from, int maxTokens) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(from, text.normalized().length(), text.normalized().length());
    if (maxTokens < 0) {
      throw new IllegalArgumentException("maxTokens must be >= 0, not " + maxTokens);
    }
    List<Token> out = new ArrayList<>(Math.min(maxTokens, 64));
    tokens(text, from, maxTokens, out);
    return Collections.unmodifiableList(out);
  }

  private static void tokens(NormalizedText text, int from, int maxTokens, List<Token> out) {
    String str = text.normalized();
    char[] s = str.toCharArray();
    scan(s, s.length, from, maxTokens, text.original(), text.alignment(),
        (start, end, type, stems, parts) -> out.add(
            new Token(text.toOriginal(start, end), start, end, type, str.substring(start, end),
                stems)));
  }

  /** The bit of {@link #tokenEnd}'s answer that says a word has parts. */
  private static final long PARTS = 1L << 32;

  /**
   * The one tokenizing loop, for {@link #tokenize} and {@link TextScanner#tokenize}: hands the
   * tokens of the first {@code n} normalized chars of {@code s}, at most {@code maxTokens} from
   * {@code from}, to {@code sink}.
   *
   * @param original the original text, and {@code align} the alignment into it, for the stems
   */
  static void scan(char[] s, int n, int from, int maxTokens, String original, int[] align,
      TokenSink sink) {
    int i = from;
    int count = 0;
    while (i < n && count < maxTokens) {
      int cp = codePointAt(s, i, n);
      int kind = kind(cp);
      if (kind == SEPARATOR) {
        i += Character.charCount(cp);
        continue;
      }
      int j;
      if (kind == WORD_CHAR) {
        long ends = wordEnd(s, n, i, i + Character.charCount(cp), original, align);
        j = (int) ends;
        sink.token(i, j, TokenType.WORD, Stems.mask(s, i, j, original, align),
            (ends & PARTS) != 0);
      } else {
        j = tokenEnd(s, n, i, cp, kind);
        sink.token(i, j, type(kind), 1, false);
      }
      count++;
      i = j;
    }
  }

  /** The type of the tokens of a class. */
  private static TokenType type(int kind) {
    return kind == WORD_CHAR ? TokenType.WORD : kind == DIGIT ? TokenType.NUMBER
        : kind == PUNCT ? TokenType.PUNCTUATION : TokenType.SYMBOL;
  }

  /** {@link Character#codePointAt(char[], int, int)} with a fast path for the BMP. */
  private static int codePointAt(char[] s, int i, int n) {
    char c = s[i];
    return Character.isHighSurrogate(c) ? Character.codePointAt(s, i, n) : c;
  }

  /**
   * The end of the token that starts at {@code i} with code point {@code cp} of class {@code kind}
   * in the first {@code n} chars of {@code s}: a number or a char (a word: {@link #wordEnd}).
   */
  private static int tokenEnd(char[] s, int n, int i, int cp, int kind) {
    int j = i + Character.charCount(cp);
    if (kind == DIGIT) {
      while (j < n) {
        char ch = s[j];
        int c = Character.isSurrogate(ch) ? codePointAt(s, j, n) : ch;
        if (kind(c) == DIGIT) {
          j += Character.charCount(c);
        } else if ((c == '.' || c == ',' || c == ':') && j + 1 < n
            && kind(codePointAt(s, j + 1, n)) == DIGIT) {
          j++;
        } else {
          break;
        }
      }
    }
    return j;
  }

  /**
   * The end of the word that starts at {@code i} and goes on at {@code j}, with {@link #PARTS}
   * if it has parts (see {@link TokenBuffer#hasParts}), read in the same loop: a BMP letter
   * that is no ه is one table read, any other char is left to {@link #wordGoesOn}.
   */
  private static long wordEnd(char[] s, int n, int i, int j, String original, int[] align) {
    long parts = j - i == 1 && CharClass.isLetter(s[i]) ? 0 : PARTS;
    while (j < n) {
      if ((CharClass.bits(s[j]) & CharClass.PLAIN_MASK) == CharClass.PLAIN_LETTER) {
        j++;
        continue;
      }
      long next = wordGoesOn(s, n, i, j, original, align);
      if (next < 0) {
        break;
      }
      j = (int) next;
      parts |= next & PARTS;
    }
    return j | parts;
  }

  /**
   * Where the word from {@code i} goes on after the char at {@code j}, which is no plain BMP
   * letter, with {@link #PARTS} if that char makes it a word with parts; -1 if the word ends
   * before it. A hyphen or apostrophe between Latin letters stays in the word, and so do a mark,
   * a letter outside the BMP and ه; a ta marbuta (ه from ة) at the third letter or later with a
   * word char after it is where a space was lost.
   */
  private static long wordGoesOn(char[] s, int n, int i, int j, String original, int[] align) {
    char ch = s[j];
    int bits = CharClass.bits(ch);
    if (!Character.isSurrogate(ch) && (bits & CharClass.KIND_MASK) == WORD_CHAR) {
      if ((bits & CharClass.LETTER) == 0) {
        return (j + 1) | PARTS; // a mark
      }
      boolean lostSpace = j - i >= 2 && j + 1 < n
          && kind(codePointAt(s, j + 1, n)) == WORD_CHAR && isTaMarbuta(original, align, j);
      return lostSpace ? (j + 1) | PARTS : j + 1;
    }
    if ((ch == '-' || ch == '\'') && j + 1 < n && isLatinLetter(s[j - 1]) && isLatinLetter(s[j + 1])) {
      return (j + 2) | PARTS;
    }
    if (Character.isSurrogate(ch)) {
      int c = codePointAt(s, j, n);
      if (kind(c) == WORD_CHAR) {
        return (j + Character.charCount(c)) | PARTS;
      }
    }
    return -1;
  }

  /** Whether the normalized ه at {@code k} was a ta marbuta (ة) in the original. */
  private static boolean isTaMarbuta(String original, int[] align, int k) {
    return original != null && original.charAt(align[k]) == '\u0629';
  }

  /** The class of a code point, from {@link CharClass}. */
  private static int kind(int cp) {
    return CharClass.kind(cp);
  }

  private static boolean isLatinLetter(char c) {
    return c < 0x0250 && Character.isLetter(c);
  }
}
