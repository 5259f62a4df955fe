package io.github.countercheck.core;

import java.util.Locale;

/** The language of a document or a claim, by its ISO 639-1 code. */
public enum Language {
  /** Arabic. */
  AR("ar"),
  /** English. */
  EN("en"),
  /** Arabic and Latin script in comparable shares; claims in it carry the language of their sentence. */
  MIXED("mixed");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** @return the code used in JSON: {@code ar}, {@code en} or {@code mixed} */
  public String code() {
    return code;
  }

  /**
   * Reads a language code.
   *
   * @param code {@code ar}, {@code en} or {@code mixed}, in any case
   * @return the language
   * @throws IllegalArgumentException if the code names no supported language
   */
  public static Language fromCode(String code) {
    String c = code.trim().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.code.equals(c)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language code: '" + code + "' (expected ar, en or mixed)");
  }

  static final byte ARABIC_LETTER = 1;
  static final byte LATIN_LETTER = 2;
  /** For every char: an Arabic-block letter, a Latin letter below U+0250, or neither. */
  static final byte[] LETTER_SCRIPT = letterScripts();

  private static byte[] letterScripts() {
    byte[] t = new byte[0x10000];
    for (int c = 0; c < t.length; c++) {
      boolean arabicBlock = c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F
          || c >= 0xFB50 && c <= 0xFEFC;
      if (arabicBlock) {
        t[c] = Character.isLetter(c) ? ARABIC_LETTER : 0;
      } else if (c < 0x0250 && Character.isLetter(c)) {
        t[c] = LATIN_LETTER;
      }
    }
    return t;
  }

  /**
   * Detects the language of a text by its share of Arabic and Latin letters.
   *
   * <p>A text whose letters are at least 80% Arabic is {@link #AR}, at least 80% Latin is {@link #EN},
   * otherwise {@link #MIXED}. A text with no letters at all is {@link #AR}, the library's default.
   *
   * @param text the text
   * @return the detected language
   */
  public static Language detect(CharSequence text) {
    return detect(text, 0, text.length());
  }

  /**
   * Detects the language of part of a text, as {@link #detect(CharSequence)} does for
   * {@code text.subSequence(start, end)}, without copying it.
   *
   * @param text  the text
   * @param start start of the part, inclusive
   * @param end   end of the part, exclusive
   * @return the detected language
   */
  public static Language detect(CharSequence text, int start, int end) {
    java.util.Objects.checkFromToIndex(start, end, text.length());
    long arabic = 0;
    long latin = 0;
    final byte[] scripts = LETTER_SCRIPT;
    for (int i = start; i < end; i++) {
      byte k = scripts[text.charAt(i)];
      if (k == ARABIC_LETTER) {
        arabic++;
      } else if (k == LATIN_LETTER) {
        latin++;
      }
    }
    return of(arabic, latin);
  }

  /**
   * {@link #detect(CharSequence, int, int)} over chars.
   *
   * @param text  the chars
   * @param start start of the part, inclusive
   * @param end   end of the part, exclusive
   * @return the detected language
   */
  static Language detect(char[] text, int start, int end) {
    long arabic = 0;
    long latin = 0;
    final byte[] scripts = LETTER_SCRIPT;
    for (int i = start; i < end; i++) {
      byte k = scripts[text[i]];
      if (k == ARABIC_LETTER) {
        arabic++;
      } else if (k == LATIN_LETTER) {
        latin++;
      }
    }
    return of(arabic, latin);
  }

  /** The language of a text by its counts of Arabic and Latin letters. */
  private static Language of(long arabic, long latin) {
    long total = arabic + latin;
    if (total == 0) {
      return AR;
    }
    if (arabic * 5 >= total * 4) {
      return AR;
    }
    if (latin * 5 >= total * 4) {
      return EN;
    }
    return MIXED;
  }
}
