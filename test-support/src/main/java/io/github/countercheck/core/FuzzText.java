package io.github.countercheck.core;

/**
 * Turns fuzzer bytes into a Java string that can hold anything a {@code String} holds: valid
 * UTF-8 decodes as usual (so a seed file is a readable UTF-8 sentence), an encoded surrogate
 * (ED A0..BF xx) becomes a lone surrogate, and any other stray byte becomes the char of the same
 * value (C1 controls, NUL...). Shared with the {@code claims} fuzz tests through core's test jar.
 */
public final class FuzzText {
  private FuzzText() {}

  /**
   * Decodes fuzzer bytes.
   *
   * @param b the bytes
   * @return the text they stand for
   */
  public static String decode(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length);
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c >= 0xC2 && c < 0xE0 && more(b, i, 1)) {
        sb.append((char) ((c & 0x1F) << 6 | b[i + 1] & 0x3F));
        i += 2;
      } else if (c >= 0xE0 && c < 0xF0 && more(b, i, 2)
          && ((c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6) >= 0x800) {
        sb.append((char) ((c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F));
        i += 3;
      } else if (c >= 0xF0 && c < 0xF5 && more(b, i, 3)) {
        int cp = (c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
        if (cp >= 0x10000 && cp <= Character.MAX_CODE_POINT) {
          sb.appendCodePoint(cp);
          i += 4;
        } else {
          sb.append((char) c);
          i++;
        }
      } else {
        sb.append((char) c);
        i++;
      }
    }
    return sb.toString();
  }

  private static boolean more(byte[] b, int i, int n) {
    if (i + n >= b.length) {
      return false;
    }
    for (int k = 1; k <= n; k++) {
      if ((b[i + k] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}
