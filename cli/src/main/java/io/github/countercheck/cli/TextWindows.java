package io.github.countercheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a long UTF-8 text in windows of at most a given number of chars, so that a huge file or
 * an endless standard input is read in bounded memory. Each window is cut after the last
 * paragraph break in its second half, else the last line end, else the last sentence end followed
 * by a space, else the last space, else at the window's end (never inside a surrogate pair); the
 * rest is carried to the next window. The windows' texts, one after another, are exactly the
 * input (a leading byte-order mark dropped, as {@code Document.decodeUtf8} does), and each comes
 * with its offset in it, so that spans found in a window index the whole text.
 *
 * <p>Decoding is strict, as for whole files: invalid UTF-8 or a NUL stops the reading with a
 * message giving the char where it happened (the windows before it have been read); so does a
 * text longer than {@link Integer#MAX_VALUE} chars, past which offsets cannot be written.
 */
final class TextWindows {

  private TextWindows() {}

  /** Receives one window; returns whether to go on. */
  interface Sink {
    boolean accept(String text, long offset);
  }

  /** Why reading stopped before the end of the input. */
  static final class Stopped extends RuntimeException {
    Stopped(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Reads {@code in} in windows of at most {@code window} chars.
   *
   * @param in     UTF-8 bytes; not closed
   * @param source what they come from, for messages
   * @param window the most chars a window holds (at least 2)
   * @param sink   receives the windows in order
   * @throws IOException if reading fails
   * @throws Stopped     on invalid UTF-8, a NUL, or a text past {@link Integer#MAX_VALUE} chars
   */
  static void read(InputStream in, String source, int window, Sink sink) throws IOException {
    if (window < 2) {
      throw new IllegalArgumentException("window " + window);
    }
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    char[] buf = new char[window];
    int len = 0;
    long offset = 0;
    boolean eof = false;
    boolean first = true;
    while (true) {
      int checked = len;
      try {
        while (len < window && !eof) {
          int n = reader.read(buf, len, window - len);
          if (n < 0) {
            eof = true;
          } else {
            len += n;
          }
        }
      } catch (CharacterCodingException e) {
        throw new Stopped(String.format(Locale.ROOT, "not valid UTF-8 text after char %,d; the "
            + "text before it was read", offset + len));
      }
      if (first) {
        first = false;
        if (len > 0 && buf[0] == '\uFEFF') {
          System.arraycopy(buf, 1, buf, 0, --len);
          checked = 0;
        }
      }
      for (int i = checked; i < len; i++) {
        if (buf[i] == 0) {
          throw new Stopped(String.format(Locale.ROOT, "binary data (a NUL at char %,d), not "
              + "text; the text before it was read", offset + i));
        }
      }
      if (len == 0) {
        return;
      }
      int cut = eof ? len : cut(buf, len);
      if (offset + cut > Integer.MAX_VALUE) {
        throw new Stopped(String.format(Locale.ROOT, "longer than %,d chars, past which spans "
            + "cannot be written; the rest is not read", Integer.MAX_VALUE));
      }
      if (!sink.accept(new String(buf, 0, cut), offset)) {
        return;
      }
      offset += cut;
      System.arraycopy(buf, cut, buf, 0, len - cut);
      len -= cut;
      if (eof && len == 0) {
        return;
      }
    }
  }

  /** Where to end a full window of {@code len} chars: see the class comment. */
  static int cut(char[] buf, int len) {
    int half = len / 2;
    for (int i = len - 1; i > half; i--) {
      if (buf[i] == '\n' && (buf[i - 1] == '\n' || i >= 2 && buf[i - 1] == '\r' && buf[i - 2] == '\n')) {
        return i + 1;
      }
    }
    for (int i = len - 1; i >= half; i--) {
      if (buf[i] == '\n' || buf[i] == '\u2029') {
        return i + 1;
      }
    }
    for (int i = len - 2; i >= half; i--) {
      if (isSentenceEnd(buf[i]) && Character.isWhitespace(buf[i + 1])) {
        return i + 2;
      }
    }
    for (int i = len - 1; i >= half; i--) {
      if (Character.isWhitespace(buf[i])) {
        return i + 1;
      }
    }
    return Character.isHighSurrogate(buf[len - 1]) ? len - 1 : len;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4' || c == '\u3002';
  }
}
