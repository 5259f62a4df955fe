package io.github.countercheck.core.internal;

import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.Span;
import io.github.countercheck.core.Token;
import io.github.countercheck.core.TokenType;
import java.util.Arrays;
import java.util.Objects;

/**
 * The tokens of part of a text in parallel arrays, as {@link TextScanner#tokenize(int, int,
 * TokenBuffer)} fills them: what a list of {@link Token}s says, without an object per token. The
 * forms are ranges of the scanner's normalized chars, and the original offsets are read from its
 * alignment: both valid until the scanner reads another text. Mutable and not thread-safe;
 * refilled by each call.
 *
 * <pre>{@code
 * TokenBuffer tokens = new TokenBuffer();
 * scanner.tokenize(from, 40, tokens);
 * for (int i = 0; i < tokens.size(); i++) {
 *   if (tokens.type(i) == TokenType.WORD) { ... tokens.chars(), tokens.start(i), tokens.end(i) ... }
 * }
 * }</pre>
 */
public final class TokenBuffer {
  private char[] chars = new char[0];
  private int[] align = new int[1];
  private String text = "";
  private int size;
  private int[] start = new int[16];
  private int[] end = new int[16];
  private int[] stems = new int[16];
  private byte[] types = new byte[16];
  /** Receives the tokenizer's tokens into this buffer: one sink for every fill, no object per call. */
  final CoreAccess.TokenSink sink = this::add;

  private static final TokenType[] TYPES = TokenType.values();
  /** The type's ordinal is in the low bits of {@link #types}; this bit marks a word with parts. */
  private static final byte PARTS = 0x10;
  private static final byte TYPE_MASK = 0x0F;
  private static final byte WORD = (byte) TokenType.WORD.ordinal();
  private static final byte PUNCTUATION = (byte) TokenType.PUNCTUATION.ordinal();

  /** An empty buffer. */
  public TokenBuffer() {}

  /** Empties the buffer for tokens of a scanner's normalized chars, with its alignment. */
  void reset(char[] normalized, int[] alignment, String original) {
    chars = normalized;
    align = alignment;
    text = original;
    size = 0;
  }

  /**
   * Lets go of the arrays if they have grown past a size, so that a buffer kept for the next text
   * does not hold on to the memory of one huge text. Empties the buffer.
   *
   * @param limit the most tokens the buffer may keep room for
   */
  public void trim(int limit) {
    size = 0;
    if (start.length > limit) {
      start = new int[16];
      end = new int[16];
      stems = new int[16];
      types = new byte[16];
    }
  }

  /**
   * Fills the buffer with every token of a normalized text, as the tokenizer makes them, with no
   * object per token; what it held is dropped. Its forms index a copy of the normalized chars
   * ({@link #chars()}).
   *
   * @param text a normalized text
   * @return how many tokens it holds
   */
  public int fill(NormalizedText text) {
    Objects.requireNonNull(text, "text");
    CoreAccess core = CoreAccess.get();
    char[] s = text.normalized().toCharArray();
    int[] align = core.alignment(text);
    reset(s, align, text.original());
    core.tokens(s, s.length, 0, Integer.MAX_VALUE, text.original(), align, sink);
    return size;
  }

  void add(int s, int e, TokenType type, int stemOffsets, boolean parts) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      stems = Arrays.copyOf(stems, cap);
      types = Arrays.copyOf(types, cap);
    }
    start[size] = s;
    end[size] = e;
    stems[size] = stemOffsets;
    types[size] = (byte) (type.ordinal() | (parts ? PARTS : 0));
    size++;
  }

  /** @return how many tokens the buffer holds */
  public int size() {
    return size;
  }

  /** @return the normalized chars the forms are ranges of: read them, never change them */
  public char[] chars() {
    return chars;
  }

  /**
   * @param i a token
   * @return where its normalized form starts in {@link #chars()}
   */
  public int start(int i) {
    Objects.checkIndex(i, size);
    return start[i];
  }

  /**
   * @param i a token
   * @return where its normalized form ends in {@link #chars()}, exclusive
   */
  public int end(int i) {
    Objects.checkIndex(i, size);
    return end[i];
  }

  /**
   * @param i a token
   * @return where it starts in the original text, as {@link Token#span()}
   */
  public int originalStart(int i) {
    Objects.checkIndex(i, size);
    return align[start[i]];
  }

  /**
   * @param i a token
   * @return where it ends in the original text, exclusive, as {@link Token#span()}
   */
  public int originalEnd(int i) {
    Objects.checkIndex(i, size);
    return CoreAccess.get().originalEnd(align, text, end[i]);
  }

  /**
   * @param i a token
   * @return its span in the original text
   */
  public Span span(int i) {
    return new Span(originalStart(i), originalEnd(i));
  }

  /**
   * @param i a token
   * @return what it is made of
   */
  public TokenType type(int i) {
    Objects.checkIndex(i, size);
    return TYPES[types[i] & TYPE_MASK];
  }

  /**
   * @param i a token
   * @return whether it is a {@link TokenType#WORD}
   */
  public boolean isWord(int i) {
    Objects.checkIndex(i, size);
    return (types[i] & TYPE_MASK) == WORD;
  }

  /**
   * @param i a token
   * @return whether it is {@link TokenType#PUNCTUATION}
   */
  public boolean isPunctuation(int i) {
    Objects.checkIndex(i, size);
    return types[i] == PUNCTUATION;
  }

  /**
   * Whether a word has parts that a finer reading (the numeral grammar's, which reads words as
   * runs of letters) splits it into: a char of it is no letter of the BMP (a combining mark, a
   * hyphen or apostrophe between Latin letters, a letter outside the BMP), or a letter follows a
   * ta marbuta (ة, normalized to ه) that is its third letter or later, where a space was lost
   * («تسعةأشخاص» is تسعة and أشخاص). Read in the tokenizing pass; false for any other token.
   *
   * @param i a token
   * @return whether it is a word with parts
   */
  public boolean hasParts(int i) {
    Objects.checkIndex(i, size);
    return (types[i] & PARTS) != 0;
  }

  /**
   * @param i a token
   * @return its candidate stem offsets, as {@link Token#stemOffsets()}
   */
  public int stemOffsets(int i) {
    Objects.checkIndex(i, size);
    return stems[i];
  }

  /**
   * @param i a token
   * @return its normalized form, a new string
   */
  public String form(int i) {
    Objects.checkIndex(i, size);
    return new String(chars, start[i], end[i] - start[i]);
  }

  @Override
  public String toString() {
    return "TokenBuffer[" + size + " tokens]";
  }
}
