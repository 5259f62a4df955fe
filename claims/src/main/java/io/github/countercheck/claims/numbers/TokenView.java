package io.github.countercheck.claims.numbers;

import io.github.countercheck.core.internal.BufferPolicy;
import io.github.countercheck.core.internal.CharClass;
import io.github.countercheck.core.internal.Proclitics;
import io.github.countercheck.core.internal.TokenBuffer;
import io.github.countercheck.core.TokenType;
import java.util.Arrays;

/**
 * The core tokens of a text ({@link io.github.countercheck.core.Tokenizer}, read from a {@link
 * TokenBuffer}) as the numeral grammar reads them: words (runs of letters), digit runs (with the
 * separators inside them, see {@link DigitRun}) and single punctuation characters; whitespace is
 * skipped and remembered on the token after it. A core token is one token here, with its index in
 * the buffer ({@link #core}), except in the few places the grammar reads finer, where it reads the
 * chars of that token alone ({@link #readParts}): a word glued after a ta marbuta
 * ({@code تسعةأشخاص} is تسعة and أشخاص), a word with a mark or a Latin hyphen or apostrophe
 * ({@code twenty-five} is twenty, -, five), a digit run with {@code /} or a doubled separator
 * ({@code 77/100}, {@code 1,,000}: one run over several core tokens) or one cut before a
 * {@code :} that fits no reading ({@code 1:234}), and a control or format char, which is a token
 * here. The core tokenizer marks those words ({@link TokenBuffer#hasParts}) in its own pass, so
 * the text's chars are read once. Parallel arrays, no object per token except a {@link DigitRun}
 * per digit run.
 */
final class TokenView {
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

  /** The core token each token lies in (where it starts), or -1 for a char between them. */
  int[] core;
  /** The core tokens of a text read with no core tokens given (see {@link #read(Source)}). */
  private final TokenBuffer coreTokens = new TokenBuffer();
  /** While reading: the text, the next char and core token to read, the flags of the space before. */
  private Source src;
  private int pos;
  private int c;
  private byte pending;

  /** Each thread's tokens, reused from one text to the next by the quantity recognizer. */
  private static final ThreadLocal<TokenView> REUSED = ThreadLocal.withInitial(() -> new TokenView(64));

  private TokenView(int capacity) {
    start = new int[capacity];
    end = new int[capacity];
    kind = new byte[capacity];
    flags = new byte[capacity];
    runs = new DigitRun[capacity];
    entries = new NumberWords.Entry[capacity];
    prefixes = new byte[capacity];
    cueMask = new int[capacity];
    cueEnd = new int[capacity];
    core = new int[capacity];
  }

  /**
   * The tokens of a text in this thread's reused arrays, valid until the thread's next call: for
   * a caller that is done with them before it reads another text.
   */
  static TokenView reused(Source src) {
    return REUSED.get().read(src);
  }

  /** {@link #reused(Source)} over core tokens already made, {@code tokens[0, count)} of the text. */
  static TokenView reused(Source src, TokenBuffer tokens, int count) {
    return REUSED.get().read(src, tokens, count);
  }

  /**
   * Done with the text: clears the entries and cues of its tokens, which a scan fills on demand,
   * and lets go of this thread's arrays if they grew past {@link BufferPolicy#KEEP} tokens.
   */
  void done() {
    clearEntries();
    coreTokens.trim(BufferPolicy.KEEP);
    if (BufferPolicy.letGo(start.length) && REUSED.get() == this) {
      REUSED.set(new TokenView(64));
    }
  }

  /** Clears the entries and cues of the last text's tokens, which a scan fills on demand. */
  private void clearEntries() {
    java.util.Arrays.fill(entries, 0, size, null);
    java.util.Arrays.fill(prefixes, 0, size, (byte) 0);
    java.util.Arrays.fill(runs, 0, size, null);
    java.util.Arrays.fill(cueEnd, 0, size, 0);
  }

  /**
   * The tokens of a normalized text: its core tokens (see {@link #read}), in a new object.
   */
  static TokenView of(Source src) {
    return new TokenView(Math.max(8, src.n / 4)).read(src);
  }

  private TokenView read(Source src) {
    int count = src.tokenize(coreTokens);
    return read(src, coreTokens, count);
  }

  /**
   * The numeral grammar's tokens over the core tokens of the text, {@code core[0, count)}: each
   * core token is one token here, except where the grammar reads finer, and there it reads the
   * chars of that token alone (see {@link #readParts}). So the text's chars are not read again,
   * and each token knows its core token ({@link #core}).
   */
  TokenView read(Source src, TokenBuffer tokens, int count) {
    text = src.s;
    n = src.n;
    size = 0;
    this.src = src;
    pos = 0;
    pending = 0;
    c = 0;
    while (c < count) {
      readWhole(tokens, count);
      if (c < count) {
        readParts(tokens, count);
      }
    }
    if (pos < n) {
      readParts(tokens, count);
    }
    this.src = null;
    return this;
  }

  /**
   * Adds the core tokens from {@link #c} on, one token each, while they are whole (see {@link
   * #whole}) with only white space before them; stops at the first that is not, for {@link
   * #readParts}. The loop that reads almost every token of a text: its state is in locals, and a
   * one-space gap is read without a loop.
   */
  private void readWhole(TokenBuffer tokens, int count) {
    reserve(size + count - c);
    final char[] s = text;
    final int[] st = start;
    final int[] en = end;
    final int[] co = core;
    final byte[] kd = kind;
    final byte[] fl = flags;
    final DigitRun[] rn = runs;
    int k = size;
    int p = pos;
    int i = c;
    int pend = pending;
    for (; i < count; i++) {
      int cs = tokens.start(i);
      int f = pend;
      if (cs != p) {
        f = cs == p + 1 && s[p] == ' ' ? f | SPACE : gapFlags(p, cs, f);
        if (f < 0) {
          break;
        }
      }
      byte kindOf;
      DigitRun run = null;
      if (tokens.isWord(i)) {
        if (tokens.hasParts(i)) {
          break;
        }
        kindOf = WORD;
      } else if (tokens.type(i) == TokenType.NUMBER) {
        if (!DigitRun.isDigit(s[cs])) {
          break;
        }
        run = DigitRun.read(s, n, cs);
        if (run.end != tokens.end(i)) {
          break;
        }
        kindOf = NUM;
      } else {
        kindOf = PUNCT;
      }
      int ce = tokens.end(i);
      st[k] = cs;
      en[k] = ce;
      kd[k] = kindOf;
      fl[k] = (byte) f;
      co[k] = i;
      rn[k] = run;
      k++;
      p = ce;
      pend = 0;
    }
    size = k;
    pos = p;
    pending = (byte) pend;
    c = i;
  }

  /**
   * The flags of the white space {@code [from, to)} added to {@code f}, or -1 if a char of it is
   * no white space.
   */
  private int gapFlags(int from, int to, int f) {
    for (int k = from; k < to; k++) {
      char ch = text[k];
      if (!CharClass.isSpace(ch)) {
        return -1;
      }
      f |= ch == '\n' || ch == '\r' || ch == '\u2028' || ch == '\u2029' ? SPACE | NEWLINE : SPACE;
    }
    return f;
  }

  /**
   * Whether core token {@code i} is one token as the grammar reads it: a word of letters with no
   * part ({@link TokenBuffer#hasParts}), a digit run that {@link DigitRun} reads to the token's
   * end, or one char of punctuation or a symbol.
   */
  private boolean whole(TokenBuffer tokens, int i) {
    if (tokens.isWord(i)) {
      return !tokens.hasParts(i);
    }
    if (tokens.type(i) != TokenType.NUMBER) {
      return true;
    }
    int st = tokens.start(i);
    if (!DigitRun.isDigit(text[st])) {
      return false;
    }
    return DigitRun.read(text, n, st).end == tokens.end(i);
  }

  /**
   * Reads the chars from {@link #pos} by the grammar's own rules until a whole core token starts
   * where a token would: words are runs of letters, and a ta marbuta (ة, normalized to ه) ends one
   * («تسعةأشخاص» is تسعة and أشخاص); a digit run is what {@link DigitRun} reads (with {@code /}, a
   * doubled separator, or cut before a {@code :} that fits no reading); any other char that is not
   * white space (a mark, a hyphen, a control or format char) is a token of its own. The core
   * tokenizer marks the words this is needed for; it reads only their chars and those around.
   */
  private void readParts(TokenBuffer tokens, int count) {
    char[] s = text;
    int i = pos;
    boolean first = true;
    while (i < n) {
      char ch = s[i];
      if (CharClass.isSpace(ch)) {
        pending |= ch == '\n' || ch == '\r' || ch == '\u2028' || ch == '\u2029' ? SPACE | NEWLINE : SPACE;
        i++;
        continue;
      }
      while (c < count && tokens.start(c) < i) {
        c++;
      }
      if (!first && c < count && tokens.start(c) == i && whole(tokens, c)) {
        pos = i;
        return;
      }
      first = false;
      int owner = c < count && tokens.start(c) == i ? c
          : c > 0 && tokens.end(c - 1) > i ? c - 1 : -1;
      i = readPart(i, owner);
      pending = 0;
    }
    pos = n;
    c = count;
  }

  /** Adds the token of the grammar's rules that starts at {@code i}, in core token {@code owner}. */
  private int readPart(int i, int owner) {
    char[] s = text;
    char ch = s[i];
    int j;
    if (DigitRun.isDigit(ch)) {
      DigitRun r = DigitRun.read(s, n, i);
      j = r.end;
      add(i, j, NUM, pending);
      runs[size - 1] = r;
    } else if (CharClass.isLetter(ch)) {
      j = i + 1;
      while (j < n && CharClass.isLetter(s[j])) {
        if (s[j - 1] == '\u0647' && j - i >= 3 && src.originalChar(j - 1) == '\u0629') {
          break;
        }
        j++;
      }
      add(i, j, WORD, pending);
    } else {
      j = i + 1;
      if (Character.isHighSurrogate(ch) && j < n && Character.isLowSurrogate(s[j])) {
        j++;
      }
      add(i, j, PUNCT, pending);
    }
    core[size - 1] = owner;
    return j;
  }

  /**
   * The offsets at which word token {@code i} may lose a proclitic, as number words are read
   * ({@link Proclitics#NUMBER_WORDS}), for the starter test, the number-word entry, the vague
   * amounts and the label cues; read again each time (a few instructions for most words, less
   * than keeping them).
   */
  int proclitics(int i) {
    return Proclitics.NUMBER_WORDS.offsets(text, start[i], end[i]);
  }

  /** Adds a token; its digit run, if it is one, is set by the caller (the runs are null otherwise). */
  private void add(int s, int e, byte k, byte f) {
    if (size == start.length) {
      reserve(size * 2);
    }
    start[size] = s;
    end[size] = e;
    kind[size] = k;
    flags[size] = f;
    size++;
  }

  /** Grows the arrays to hold {@code cap} tokens, if they hold fewer. */
  private void reserve(int cap) {
    if (cap > start.length) {
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      kind = Arrays.copyOf(kind, cap);
      flags = Arrays.copyOf(flags, cap);
      runs = Arrays.copyOf(runs, cap);
      entries = Arrays.copyOf(entries, cap);
      prefixes = Arrays.copyOf(prefixes, cap);
      cueMask = Arrays.copyOf(cueMask, cap);
      cueEnd = Arrays.copyOf(cueEnd, cap);
      core = Arrays.copyOf(core, cap);
    }
  }

  /**
   * The core token of token {@code i}; for a char between core tokens (a control or format
   * char), that of the nearest token in direction {@code step} (1 or -1) that has one.
   */
  int coreAt(int i, int step) {
    int k = Math.max(0, Math.min(i, size - 1));
    while (core[k] < 0 && k + step >= 0 && k + step < size) {
      k += step;
    }
    return Math.max(0, core[k]);
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
