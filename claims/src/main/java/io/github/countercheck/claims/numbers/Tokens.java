package io.github.countercheck.claims.numbers;

import io.github.countercheck.core.internal.BufferPolicy;
import io.github.countercheck.core.internal.CharClass;
import java.util.Arrays;

/**
 * The tokens of a normalized text, in one pass: words (runs of letters), digit runs (with the
 * separators inside them, see {@link DigitRun}) and single punctuation characters; whitespace is
 * skipped and remembered on the token after it. A digit run glued to letters is its own token
 * ({@code 12شرطيا} is {@code 12} and {@code شرطيا}), so is a proclitic glued to digits
 * ({@code و659}), and so is a word glued after a ta marbuta ({@code تسعةأشخاص}, see {@link
 * #of(Source)}). Parallel arrays, no object per token except a {@link DigitRun} per digit run.
 */
final class Tokens {
  static final byte WORD = 1;
  static final byte NUM = 2;
  static final byte PUNCT = 3;

  /** whitespace before the token. */
  static final byte SPACE = 1;
  /** a line break before the token. */
  static final byte NEWLINE = 2;

  /** The normalized chars, from 0 to {@link #n}. */
  char[] text;
  int n;
  int size;
  int[] start;
  int[] end;
  byte[] kind;
  byte[] flags;
  DigitRun[] runs;
  /** The scan's number-word entry of each token, looked up on demand (see {@link Scan}). */
  NumberWords.Entry[] entries;
  /** The proclitic chars read off each token's entry. */
  byte[] prefixes;
  /** The scan's label cues of each token, looked up on demand, and where the cue ends plus 2 (0: not looked up). */
  int[] cueMask;
  int[] cueEnd;

  /** Each thread's tokens, reused from one text to the next by the quantity recognizer. */
  private static final ThreadLocal<Tokens> REUSED = ThreadLocal.withInitial(() -> new Tokens(64));

  private Tokens(int capacity) {
    start = new int[capacity];
    end = new int[capacity];
    kind = new byte[capacity];
    flags = new byte[capacity];
    runs = new DigitRun[capacity];
    entries = new NumberWords.Entry[capacity];
    prefixes = new byte[capacity];
    cueMask = new int[capacity];
    cueEnd = new int[capacity];
  }

  /**
   * The tokens of a text in this thread's reused arrays, valid until the thread's next call: for
   * a caller that is done with them before it reads another text.
   */
  static Tokens reused(Source src) {
    return REUSED.get().read(src);
  }

  /**
   * Done with the text: clears the entries and cues of its tokens, which a scan fills on demand,
   * and lets go of this thread's arrays if they grew past {@link BufferPolicy#KEEP} tokens.
   */
  void done() {
    clearEntries();
    if (BufferPolicy.letGo(start.length) && REUSED.get() == this) {
      REUSED.set(new Tokens(64));
    }
  }

  /** Clears the entries and cues of the last text's tokens, which a scan fills on demand. */
  private void clearEntries() {
    java.util.Arrays.fill(entries, 0, size, null);
    java.util.Arrays.fill(prefixes, 0, size, (byte) 0);
    java.util.Arrays.fill(runs, 0, size, null);
    java.util.Arrays.fill(cueEnd, 0, size, 0);
  }

  static boolean isLetter(char c) {
    return CharClass.isLetter(c);
  }

  /**
   * The tokens of a normalized text, with one more split that needs the original: a ta marbuta
   * (ة, normalized to ه) is always the last letter of a word, so a letter right after it starts a
   * new word that lost its space («تسعةأشخاص» is تسعة and أشخاص).
   */
  static Tokens of(Source src) {
    return new Tokens(Math.max(8, src.n / 4)).read(src);
  }

  private Tokens read(Source src) {
    char[] s = src.s;
    int n = src.n;
    Tokens t = this;
    t.text = s;
    t.n = n;
    t.size = 0;
    int i = 0;
    byte pending = 0;
    while (i < n) {
      char c = s[i];
      if (CharClass.isSpace(c)) {
        pending |= SPACE;
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
          pending |= NEWLINE;
        }
        i++;
        continue;
      }
      int j;
      if (DigitRun.isDigit(c)) {
        DigitRun r = DigitRun.read(s, n, i);
        j = r.end;
        t.add(i, j, NUM, pending);
        t.runs[t.size - 1] = r;
      } else if (CharClass.isLetter(c)) {
        j = i + 1;
        while (j < n && CharClass.isLetter(s[j])) {
          if (s[j - 1] == '\u0647' && j - i >= 3 && src.originalChar(j - 1) == '\u0629') {
            break;
          }
          j++;
        }
        t.add(i, j, WORD, pending);
      } else {
        j = i + 1;
        if (Character.isHighSurrogate(c) && j < n && Character.isLowSurrogate(s[j])) {
          j++;
        }
        t.add(i, j, PUNCT, pending);
      }
      pending = 0;
      i = j;
    }
    return t;
  }

  /** Adds a token; its digit run, if it is one, is set by the caller (the runs are null otherwise). */
  private void add(int s, int e, byte k, byte f) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      kind = Arrays.copyOf(kind, cap);
      flags = Arrays.copyOf(flags, cap);
      runs = Arrays.copyOf(runs, cap);
      entries = Arrays.copyOf(entries, cap);
      prefixes = Arrays.copyOf(prefixes, cap);
      cueMask = Arrays.copyOf(cueMask, cap);
      cueEnd = Arrays.copyOf(cueEnd, cap);
    }
    start[size] = s;
    end[size] = e;
    kind[size] = k;
    flags[size] = f;
    size++;
  }

  boolean spaceBefore(int i) {
    return (flags[i] & SPACE) != 0;
  }

  boolean newlineBefore(int i) {
    return (flags[i] & NEWLINE) != 0;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kind[i] == WORD;
  }

  boolean isNum(int i) {
    return i >= 0 && i < size && kind[i] == NUM;
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && kind[i] == PUNCT && text[start[i]] == c;
  }

  int length(int i) {
    return end[i] - start[i];
  }

  char first(int i) {
    return text[start[i]];
  }

  boolean isLatinWord(int i) {
    return isWord(i) && first(i) < 0x0250;
  }

  boolean isArabicWord(int i) {
    return isWord(i) && first(i) >= 0x0600 && first(i) <= 0x06FF;
  }

  /** @return the index of the first token that starts at or after {@code pos} */
  int indexAt(int pos) {
    int i = Arrays.binarySearch(start, 0, size, pos);
    return i >= 0 ? i : -i - 1;
  }

  /** @return the index of the token that holds the char at {@code pos} (0 before the first) */
  int containing(int pos) {
    return Math.max(0, indexAt(pos + 1) - 1);
  }

  boolean equalsText(int i, String s) {
    int len = end[i] - start[i];
    if (len != s.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (text[start[i] + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
