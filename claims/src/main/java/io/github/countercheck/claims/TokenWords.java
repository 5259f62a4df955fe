package io.github.countercheck.claims;

import io.github.countercheck.core.Span;
import io.github.countercheck.core.Token;
import io.github.countercheck.core.internal.TokenBuffer;
import io.github.countercheck.core.TokenType;
import java.util.List;

/**
 * A {@link WordSeq} over the tokens of a sentence: a view of a scanner's {@link TokenBuffer}
 * (token {@code i} here is token {@code base + i} there), or arrays copied from a list of tokens.
 * Forms are read in place as ranges of one char array; a form is made into a string only when a
 * rule asks for it, which most never are.
 */
final class TokenWords implements WordSeq {
  private final int size;
  private final char[] chars;
  /** The viewed buffer and where the view starts in it, or null for copied tokens. */
  private final TokenBuffer buffer;
  private final int base;
  /** The lexicon key bits of the buffer's tokens, by their index in it; null when unknown. */
  private final long[] keys;
  /** The stem offsets of the buffer's word tokens at which an entry starts; null when unknown. */
  private final int[] entryStems;
  /**
   * The key ids of the stems of the buffer's words, packed as {@link WordSeq#stemIds}, for the
   * view's tokens before {@link #idsEnd} (those looked up), and whose key table.
   */
  private final long[] ids;
  private final int idsEnd;
  private final Object keyTable;
  // the copied tokens, when there is no buffer
  private final Copied copied;
  /** The forms made so far, and the candidate stems: allocated when first asked for. */
  private String[] forms;
  private String[][] stemCache;

  /**
   * A view of tokens {@code [from, to)} of a buffer.
   *
   * @param keys       the lexicon key bits of the buffer's tokens, by their index in it
   * @param entryStems the stem offsets of its word tokens at which some entry of the lexicon
   *     starts, by their index in it
   * @param ids        the key ids of its words' stems, by the index in it, as {@link #stemIds}
   * @param idsTo      the end of the tokens looked up (whose ids are known), at most {@code to}
   * @param keyTable   the lexicon whose key table gave the bits and ids
   */
  TokenWords(TokenBuffer tokens, int from, int to, long[] keys, int[] entryStems, long[] ids,
      int idsTo, Object keyTable) {
    this.size = to - from;
    this.chars = tokens.chars();
    this.buffer = tokens;
    this.base = from;
    this.keys = keys;
    this.entryStems = entryStems;
    this.ids = ids;
    this.idsEnd = idsTo - from;
    this.keyTable = keyTable;
    this.copied = null;
  }

  /** Over a list of tokens, whose forms are copied into one array. */
  TokenWords(List<Token> tokens) {
    size = tokens.size();
    int total = 0;
    for (Token t : tokens) {
      total += t.form().length();
    }
    chars = new char[total];
    buffer = null;
    base = 0;
    keys = null;
    entryStems = null;
    ids = null;
    idsEnd = 0;
    keyTable = null;
    copied = new Copied(size);
    int[] start = copied.start;
    int[] end = copied.end;
    int[] stems = copied.stems;
    byte[] types = copied.types;
    Span[] spans = copied.spans;
    int at = 0;
    for (int i = 0; i < size; i++) {
      Token t = tokens.get(i);
      String form = t.form();
      form.getChars(0, form.length(), chars, at);
      start[i] = at;
      at += form.length();
      end[i] = at;
      stems[i] = t.stemOffsets();
      types[i] = (byte) t.type().ordinal();
      spans[i] = t.span();
    }
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
    return buffer != null ? buffer.start(base + i) : copied.start[i];
  }

  @Override
  public int end(int i) {
    return buffer != null ? buffer.end(base + i) : copied.end[i];
  }

  @Override
  public String form(int i) {
    if (forms == null) {
      forms = new String[size];
    }
    String f = forms[i];
    if (f == null) {
      int s = start(i);
      f = forms[i] = new String(chars, s, end(i) - s);
    }
    return f;
  }

  @Override
  public int stemMask(int i) {
    return buffer != null ? buffer.stemOffsets(base + i) : copied.stems[i];
  }

  /**
   * The stems of word {@code i} at which an entry may start: only those the lexicon's key table
   * found, when it was asked; else all its stems.
   */
  @Override
  public int entryStems(int i) {
    return entryStems != null && i < size ? entryStems[base + i] : stemMask(i);
  }

  @Override
  public long stemIds(int i) {
    return ids != null && i < idsEnd ? ids[base + i] : PhraseIndex.NO_IDS;
  }

  @Override
  public Object keyTable() {
    return keyTable;
  }

  @Override
  public String[] stems(int i) {
    if (stemCache == null) {
      stemCache = new String[size][];
    }
    String[] s = stemCache[i];
    if (s == null) {
      s = stemCache[i] = WordSeq.super.stems(i);
    }
    return s;
  }

  boolean isWord(int i) {
    return buffer != null ? buffer.isWord(base + i) : copied.types[i] == TokenType.WORD.ordinal();
  }

  boolean isPunctuation(int i) {
    return buffer != null ? buffer.isPunctuation(base + i)
        : copied.types[i] == TokenType.PUNCTUATION.ordinal();
  }

  /**
   * @param i a token
   * @return the lexicon key bits of its word (0 for another token), as the extractor found them
   */
  long keys(int i) {
    return keys[base + i];
  }

  /** @return the original start of token {@code i} */
  int spanStart(int i) {
    return buffer != null ? buffer.originalStart(base + i) : copied.spans[i].start();
  }

  /** @return the original end of token {@code i}, with the marks of its last letter */
  int spanEnd(int i) {
    return buffer != null ? buffer.originalEnd(base + i) : copied.spans[i].end();
  }

  /** @return the original span of token {@code i} */
  Span span(int i) {
    return new Span(spanStart(i), spanEnd(i));
  }

  /** @return the length of token {@code i}'s form */
  int length(int i) {
    return end(i) - start(i);
  }

  /** @return char {@code k} of token {@code i}'s form */
  char charAt(int i, int k) {
    return chars[start(i) + k];
  }

  /**
   * @param i a token
   * @param s a normalized form
   * @return whether token {@code i}'s form is {@code s}, compared in place
   */
  boolean is(int i, String s) {
    return length(i) == s.length() && startsWith(i, s, 0);
  }

  /** Whether token {@code i}'s form has {@code prefix} at {@code offset}, compared in place. */
  boolean startsWith(int i, String prefix, int offset) {
    int from = start(i) + offset;
    if (offset < 0 || from + prefix.length() > end(i)) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (chars[from + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i}'s form ends with {@code suffix}, compared in place. */
  boolean endsWith(int i, String suffix) {
    return startsWith(i, suffix, length(i) - suffix.length());
  }

  /**
   * The tokens copied from a list, in arrays of their own: apart from the view's fields, so that
   * a view of a buffer (one per sentence read) carries one null for them, not five.
   */
  private static final class Copied {
    final int[] start;
    final int[] end;
    final int[] stems;
    final byte[] types;
    final Span[] spans;

    Copied(int size) {
      start = new int[size];
      end = new int[size];
      stems = new int[size];
      types = new byte[size];
      spans = new Span[size];
    }
  }
}
