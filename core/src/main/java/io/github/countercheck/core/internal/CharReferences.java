package io.github.countercheck.core.internal;

import java.nio.CharBuffer;

/**
 * Folds what the web leaves in news text into the char it stands for, in place over a normalized
 * buffer and its alignment: HTML character references ({@code &amp;#39;} {@code &amp;quot;}
 * {@code &amp;#x2019;}, and the forms whose {@code &amp;} a feed turned into a space: {@code
 * " #39;"}, {@code " quot;"}) and UTF-8 read as Latin-1 or Windows-1252 ({@code "â€™"} for ’,
 * {@code "Â"} before a no-break space, {@code "Ã©"} for é). A reference folds to one char aligned
 * with its first char (the space a feed put for {@code &amp;} included), so the normalized text
 * only gets shorter and every range still maps back to the original text, reference and all.
 *
 * <p>Only texts with a {@link CharClass#REF} char are folded, so the pass costs nothing on others.
 * A {@code #} that is no reference ("#1 hit") and an {@code &amp;} that starts none ("AT&amp;T")
 * stay as they are. Stateless and thread-safe.
 */
public final class CharReferences {
  /** Windows-1252 chars of the bytes 0x80-0x9F; U+FFFD where the byte is undefined. */
  private static final String CP1252 =
      "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD"
          + "\u017D\uFFFD\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A"
          + "\u0153\uFFFD\u017E\u0178";
  /** The named references a news feed uses, with the chars they name (HTML 4 names). */
  private static final String[] NAMES = {
    "amp", "&", "quot", "\"", "apos", "'", "lt", "<", "gt", ">", "nbsp", "\u00A0",
    "mdash", "\u2014", "ndash", "\u2013", "lsquo", "\u2018", "rsquo", "\u2019",
    "ldquo", "\u201C", "rdquo", "\u201D", "hellip", "\u2026", "laquo", "\u00AB",
    "raquo", "\u00BB", "eacute", "\u00E9", "shy", "\u00AD", "euro", "\u20AC", "pound", "\u00A3"
  };
  /** The named references that also come with their {@code &amp;} turned into a space. */
  private static final int BARE_NAMES = 12;
  /** Packed result bits: the length of a match, and whether a space before it goes with it. */
  private static final int LENGTH_SHIFT = 16;
  private static final long WITH_SPACE = 1L << 40;
  /** Packed result bits: how many chars before {@code i} belong to the match (the feed's space). */
  private static final int BACK_SHIFT = 40;

  private CharReferences() {}

  /**
   * @param c a char
   * @return whether a text with {@code c} may hold a reference or mojibake to {@link #fold}
   */
  public static boolean mayStart(char c) {
    return (CharClass.bits(c) & CharClass.REF) != 0;
  }

  /**
   * Folds the references and mojibake of a normalized buffer in place.
   *
   * @param in     the original chars
   * @param n      how many there are
   * @param out    the normalized chars, rewritten
   * @param align  their original indices, rewritten, with {@code n} after the last
   * @param length how many normalized chars there are
   * @param table  every char's normalized form, or {@code deleted}
   * @param deleted the mark of a char that normalization deletes
   * @return the new normalized length, at most {@code length}
   */
  public static int fold(char[] in, int n, char[] out, int[] align, int length, char[] table,
      char deleted) {
    int w = 0;
    int k = 0;
    while (k < length) {
      char o = out[k];
      if ((CharClass.bits(o) & CharClass.REF) == 0) { // normalized & # ; â ã come from themselves
        if (w != k) {
          out[w] = o;
          align[w] = align[k];
        }
        w++;
        k++;
        continue;
      }
      int i = align[k];
      long m = o == ';' ? bareName(in, i, align, w) : match(in, n, i);
      if (m < 0) {
        out[w] = o;
        align[w++] = i;
        k++;
        continue;
      }
      int start = i - (int) (m >>> BACK_SHIFT & 0xFF);
      int end = i + (int) ((m >>> LENGTH_SHIFT) & 0xFFFF);
      while (w > 0 && align[w - 1] >= start) {
        w--; // the space that stood for the '&', or the name before a ';'
      }
      char r = table[(char) m]; // U+FFFF: the char goes
      if (r != deleted) {
        out[w] = r;
        align[w++] = start;
      }
      while (k < length && align[k] < end) {
        k++;
      }
    }
    align[w] = n;
    return w;
  }

  /**
   * A named reference whose '&' a feed turned into a space, found at its ';' at {@code i}
   * (" quot;"), if the space and the name went to the normalized text one to one; else -1.
   */
  private static long bareName(char[] in, int i, int[] align, int w) {
    for (int k = 0; k < BARE_NAMES; k += 2) {
      String name = NAMES[k];
      int len = name.length();
      int space = i - len - 1;
      if (space >= 0 && in[space] == ' ' && w > len && align[w - len - 1] == space
          && align[w - 1] == i - 1 && name.contentEquals(CharBuffer.wrap(in, i - len, len))) {
        return (long) (len + 1) << BACK_SHIFT | 1L << LENGTH_SHIFT | NAMES[k + 1].charAt(0);
      }
    }
    return -1;
  }

  /**
   * Where the reference or mojibake that a normalized char aligned with {@code i} was folded from
   * ends, so that a range ending with that char maps back over all of it.
   *
   * @param original the original text
   * @param i        the original index a normalized char is aligned with
   * @return the original end of the reference that starts there, or -1 if none does
   */
  public static int foldedEnd(CharSequence original, int i) {
    char c = original.charAt(i);
    if (!mayStart(c) && c != ' ') {
      return -1;
    }
    int from = Math.max(0, i - 1);
    int to = Math.min(original.length(), i + 16);
    char[] w = new char[to - from];
    for (int k = 0; k < w.length; k++) {
      w[k] = original.charAt(from + k);
    }
    int at = i - from;
    long m = match(w, w.length, at);
    if (m < 0 && c == ' ' && at + 1 < w.length && w[at + 1] == '#') {
      m = match(w, w.length, ++at);
    }
    if (m < 0 && c == ' ') {
      for (int k = 0; k < BARE_NAMES; k += 2) {
        int semi = at + 1 + NAMES[k].length();
        if (semi < w.length && w[semi] == ';'
            && NAMES[k].contentEquals(CharBuffer.wrap(w, at + 1, NAMES[k].length()))) {
          return from + semi + 1;
        }
      }
    }
    return m < 0 ? -1 : from + at + (int) ((m >>> LENGTH_SHIFT) & 0xFFFF);
  }

  /**
   * The reference or mojibake at {@code i}: the char it stands for in the low 16 bits, its
   * length above them, {@link #WITH_SPACE} if the space before it is its {@code &amp;}; or -1.
   */
  static long match(char[] in, int n, int i) {
    char c = in[i];
    if (c == '&') {
      return reference(in, n, i + 1, 1, false);
    }
    if (c == '#') {
      // a feed's "&" turned into a space: " #39;"
      boolean spaced = i > 0 && in[i - 1] == ' ';
      if (!(i == 0 || spaced || in[i - 1] == '\n')) {
        return -1;
      }
      long r = reference(in, n, i, 0, false);
      return r < 0 || !spaced ? r : r | WITH_SPACE;
    }
    return mojibake(in, n, i);
  }

  /** A reference after its '&' at {@code at}; {@code lead} chars before it belong to it. */
  private static long reference(char[] in, int n, int at, int lead, boolean bareName) {
    int semi = -1;
    for (int e = at; e < n && e < at + 10; e++) {
      if (in[e] == ';') {
        semi = e;
        break;
      }
    }
    if (semi < 0 || semi == at) {
      return -1;
    }
    int cp;
    if (in[at] == '#' && !bareName) {
      cp = number(in, at + 1, semi);
    } else if (in[at] == '#') {
      return -1;
    } else {
      cp = name(in, at, semi, bareName ? BARE_NAMES : NAMES.length);
    }
    if (cp < 0) {
      return -1;
    }
    return (long) (semi + 1 - at + lead) << LENGTH_SHIFT | cp;
  }

  /** The BMP char of a decimal or hex number in {@code [from, to)}, as a browser reads it; -1. */
  private static int number(char[] in, int from, int to) {
    boolean hex = from < to && (in[from] == 'x' || in[from] == 'X');
    int radix = hex ? 16 : 10;
    int d = hex ? from + 1 : from;
    if (d == to || to - d > 6) {
      return -1;
    }
    int v = 0;
    for (int e = d; e < to; e++) {
      int digit = Character.digit(in[e], radix);
      if (digit < 0 || in[e] > 'f') {
        return -1;
      }
      v = v * radix + digit;
    }
    if (v >= 0x80 && v <= 0x9F) {
      v = CP1252.charAt(v - 0x80);
    }
    boolean usable = v >= 0x20 || v == '\t' || v == '\n';
    return usable && v <= 0xFFFD && !Character.isSurrogate((char) v) ? v : -1;
  }

  private static int name(char[] in, int from, int to, int names) {
    for (int k = 0; k < names; k += 2) {
      String s = NAMES[k];
      if (s.length() == to - from && new String(in, from, to - from).equals(s)) {
        return NAMES[k + 1].charAt(0);
      }
    }
    return -1;
  }

  /**
   * UTF-8 read as Latin-1 or Windows-1252: "â€" and a byte (U+2000-U+203F, quotes and dashes),
   * "Ã" and a byte (U+00C0-U+00FF), "Â" and a byte (U+00A0-U+00BF), and a "Â" whose no-break
   * space was lost (before a space or at the end), which goes.
   */
  private static long mojibake(char[] in, int n, int i) {
    char c = in[i];
    int b = i + 1 < n ? continuation(in[i + 1]) : -1;
    if (c == '\u00E2' && b == 0x80 && i + 2 < n) {
      int b2 = continuation(in[i + 2]);
      return b2 < 0 ? -1 : 3L << LENGTH_SHIFT | (0x2000 + b2 - 0x80);
    }
    if (c == '\u00C3' && b >= 0) {
      return 2L << LENGTH_SHIFT | (0xC0 + b - 0x80);
    }
    if (c == '\u00C2' && (b >= 0xA0 || i + 1 < n && in[i + 1] == '\uFFFD')) {
      return 2L << LENGTH_SHIFT | (b >= 0xA0 ? b : 0xA0); // U+FFFD: the no-break space lost
    }
    if (c == '\u00C2' && (i + 1 == n || in[i + 1] == ' ' || in[i + 1] == '\n' || in[i + 1] == '\r')) {
      return 1L << LENGTH_SHIFT | 0xFFFF;
    }
    return -1;
  }

  /** The byte 0x80-0xBF that a char read as Latin-1 or Windows-1252 was, or -1. */
  private static int continuation(char x) {
    if (x >= 0x80 && x <= 0xBF) {
      return x;
    }
    if (x == '\uFFFD') {
      return 0x9D; // an undefined Windows-1252 byte: in "â€" it is the closing quote ”
    }
    int k = CP1252.indexOf(x);
    return k >= 0 ? 0x80 + k : -1;
  }
}
