package io.github.countercheck.claims;

import io.github.countercheck.core.Span;
import io.github.countercheck.core.Token;
import io.github.countercheck.core.TokenBuffer;
import io.github.countercheck.core.TokenType;
import java.util.List;

/**
 * A {@link WordSeq} over the tokens of a sentence: their forms as ranges of one char array, their
 * types, stems and original spans in arrays. A form is made into a string only when a rule asks
 * for it, which most never are: lexicon lookups read the chars in place.
 */
final class TokenWords implements WordSeq {
  private final int size;
  private final char[] chars;
  private final int[] start;
  private final int[] end;
  private final int[] stems;
  private final byte[] types;
  private final int[] spanStart;
  private final int[] spanEnd;
  /** The forms made so far. */
  private final String[] forms;
  /** Candidate stems per token, computed once on first use: every lexicon reuses them. */
  private final String[][] stemCache;

  private static final byte WORD = 1;
  private static final byte PUNCTUATION = 2;

  /** The lexicon key bits of each token, or null when they are not known. */
  private final int[] keys;

  /**
   * Over tokens {@code [from, to)} of a scanner's tokens, whose forms are ranges of its
   * normalized chars; token {@code i} here is token {@code from + i} there.
   *
   * @param keys the lexicon key bits of the buffer's tokens, by their index in it
   */
  TokenWords(TokenBuffer tokens, int from, int to, int[] keys) {
    size = to - from;
    chars = tokens.chars();
    start = new int[size];
    end = new int[size];
    stems = new int[size];
    types = new byte[size];
    spanStart = new int[size];
    spanEnd = new int[size];
    this.keys = new int[size];
    for (int i = 0; i < size; i++) {
      int t = from + i;
      start[i] = tokens.start(t);
      end[i] = tokens.end(t);
      stems[i] = tokens.stemOffsets(t);
      types[i] = code(tokens.type(t));
      spanStart[i] = tokens.originalStart(t);
      spanEnd[i] = tokens.originalEnd(t);
      this.keys[i] = keys[t];
    }
    forms = new String[size];
    stemCache = new String[size][];
  }

  /** Over a list of tokens, whose forms are copied into one array. */
  TokenWords(List<Token> tokens) {
    size = tokens.size();
    int total = 0;
    for (Token t : tokens) {
      total += t.form().length();
    }
    chars = new char[total];
    start = new int[size];
    end = new int[size];
    stems = new int[size];
    types = new byte[size];
    spanStart = new int[size];
    spanEnd = new int[size];
    forms = new String[size];
    int at = 0;
    for (int i = 0; i < size; i++) {
      Token t = tokens.get(i);
      String form = t.form();
      form.getChars(0, form.length(), chars, at);
      start[i] = at;
      at += form.length();
      end[i] = at;
      stems[i] = t.stemOffsets();
      types[i] = code(t.type());
      spanStart[i] = t.span().start();
      spanEnd[i] = t.span().end();
      forms[i] = form;
    }
    stemCache = new String[size][];
    keys = null;
  }

  private static byte code(TokenType type) {
    return type == TokenType.WORD ? WORD : type == TokenType.PUNCTUATION ? PUNCTUATION : 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public char[] chars() {
    return chars;
  }

  @Override
  public int start(int i) {
    return start[i];
  }

  @Override
  public int end(int i) {
    return end[i];
  }

  @Override
  public String form(int i) {
    String f = forms[i];
    if (f == null) {
      f = forms[i] = new String(chars, start[i], end[i] - start[i]);
    }
    return f;
  }

  @Override
  public int stemMask(int i) {
    return stems[i];
  }

  @Override
  public String[] stems(int i) {
    String[] s = stemCache[i];
    if (s == null) {
      s = stemCache[i] = WordSeq.super.stems(i);
    }
    return s;
  }

  /**
   * @param i a token
   * @return the lexicon key bits of its word (0 for another token), as the extractor found them
   */
  int keys(int i) {
    return keys[i];
  }

  /** @return the original start of token {@code i} */
  int spanStart(int i) {
    return spanStart[i];
  }

  /** @return the original end of token {@code i}, with the marks of its last letter */
  int spanEnd(int i) {
    return spanEnd[i];
  }

  /** @return the original span of token {@code i} */
  Span span(int i) {
    return new Span(spanStart[i], spanEnd[i]);
  }

  /**
   * @param i a token
   * @param s a normalized form
   * @return whether token {@code i}'s form is {@code s}, compared in place
   */
  boolean is(int i, String s) {
    int len = end[i] - start[i];
    if (len != s.length()) {
      return false;
    }
    for (int k = 0, at = start[i]; k < len; k++) {
      if (chars[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  boolean isWord(int i) {
    return types[i] == WORD;
  }

  boolean isPunctuation(int i) {
    return types[i] == PUNCTUATION;
  }
}
