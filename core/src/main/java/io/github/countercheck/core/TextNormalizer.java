package io.github.countercheck.core;

import io.github.countercheck.core.internal.CharReferences;
import io.github.countercheck.core.internal.TextScanner;
import java.util.Objects;

/**
 * One-pass, table-driven normalization of Arabic and Latin text for matching, with offset
 * alignment (see {@link NormalizedText}).
 *
 * <p>Each character is looked up once in a table built at class load; the rules are:
 *
 * <ol>
 *   <li><b>Alef forms</b>: أ إ آ ٱ (U+0623, U+0625, U+0622, U+0671) → ا (U+0627).
 *   <li><b>Alef maqsura</b>: ى (U+0649) → ي (U+064A), so that على and علي, مستشفى and مستشفي match.
 *   <li><b>Persian letters in Arabic text</b>: Farsi yeh ی (U+06CC) → ي, keheh ک (U+06A9) → ك
 *       (U+0643), as typed on Persian keyboards.
 *   <li><b>Teh marbuta</b>: ة (U+0629) → ه (U+0647), so that عشرة and عشره match.
 *   <li><b>Hamza carriers</b>: ؤ (U+0624) → و, ئ (U+0626) → ي; a bare hamza ء is kept.
 *   <li><b>Tashkeel</b>: harakat, tanwin, shadda, sukun (U+064B–U+065F), superscript alef (U+0670)
 *       and the small Quranic marks (U+0610–U+061A, U+06D6–U+06ED) are deleted.
 *   <li><b>Tatweel</b> (U+0640) is deleted.
 *   <li><b>Digits</b>: Arabic-Indic ٠–٩ (U+0660–U+0669) and Persian ۰–۹ (U+06F0–U+06F9) → 0–9.
 *   <li><b>Arabic punctuation</b>: ، → {@code ,}, ؛ → {@code ;}, ؟ → {@code ?}, the Arabic
 *       decimal separator ٫ → {@code .}, the Arabic thousands separator ٬ → {@code ,}, the Arabic
 *       percent sign ٪ → {@code %}.
 *   <li><b>Spaces</b>: no-break, figure, thin, narrow and other fixed-width spaces (U+00A0,
 *       U+2000–U+200A, U+202F, U+205F, U+3000) → an ordinary space.
 *   <li><b>Invisible format characters</b> are deleted: zero-width space, non-joiner and joiner
 *       (U+200B–U+200D), the bidi marks and embeddings (U+200E, U+200F, U+061C, U+202A–U+202E,
 *       U+2066–U+2069), the word joiner (U+2060), the soft hyphen (U+00AD) and the byte-order mark
 *       (U+FEFF).
 *   <li><b>Latin case</b>: letters are lower-cased one char to one char, as
 *       {@link Character#toLowerCase(char)} does independently of the default locale.
 *   <li><b>Quotes and dashes</b>: ‘ ’ ‚ ‛ ′ → {@code '}; “ ” „ ‟ « » ″ → {@code "}; the hyphens
 *       and dashes U+2010–U+2015 and the minus sign U+2212 → {@code -}.
 * </ol>
 *
 * <p>Then, in {@link #normalize(String)} only, what the web leaves in news text folds into the
 * char it stands for (see {@link CharReferences}): HTML character references ({@code &amp;#39;},
 * {@code &amp;quot;}, and {@code " #39;"} where a feed turned the {@code &amp;} into a space) and
 * UTF-8 read as Latin-1 ({@code "â€™"}, {@code "Â"} before a lost no-break space). The folded char
 * is aligned with the reference's first char. {@link #normalizeForm} and {@link #map} read one
 * char at a time and do not fold: lexicon entries hold no references.
 *
 * <p>Surrogates, including lone ones, pass through unchanged. No rule inserts characters, so the
 * normalized text is never longer than the original.
 */
public final class TextNormalizer {
  private static final char ALEF = '\u0627';
  private static final char ALEF_MADDA = '\u0622';
  private static final char ALEF_HAMZA_ABOVE = '\u0623';
  private static final char ALEF_HAMZA_BELOW = '\u0625';
  private static final char ALEF_WASLA = '\u0671';
  private static final char ALEF_MAKSURA = '\u0649';
  private static final char YEH = '\u064A';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char HEH = '\u0647';
  private static final char WAW_HAMZA = '\u0624';
  private static final char WAW = '\u0648';
  private static final char YEH_HAMZA = '\u0626';
  private static final char TATWEEL = '\u0640';
  private static final char SUPERSCRIPT_ALEF = '\u0670';

  /** Marks a character that normalization deletes. U+FFFF is a noncharacter: never valid text. */
  static final char DELETE = '\uFFFF';

  /** Every char's normalized form, or {@link #DELETE}; read by {@link TextScanner} too. */
  static final char[] TABLE = buildTable();

  private TextNormalizer() {}

  private static char[] buildTable() {
    char[] t = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      t[c] = Character.isSurrogate(ch) ? ch : Character.toLowerCase(ch);
    }
    t[DELETE] = DELETE;
    // 1. alef forms
    t[ALEF_MADDA] = ALEF;
    t[ALEF_HAMZA_ABOVE] = ALEF;
    t[ALEF_HAMZA_BELOW] = ALEF;
    t[ALEF_WASLA] = ALEF;
    // 2-4. alef maqsura, teh marbuta, hamza carriers
    t[ALEF_MAKSURA] = YEH;
    t[TEH_MARBUTA] = HEH;
    t['\u06CC'] = YEH;
    t['\u06A9'] = '\u0643';
    t[WAW_HAMZA] = WAW;
    t[YEH_HAMZA] = YEH;
    // 5-6. tashkeel and tatweel
    for (int c = 0x064B; c <= 0x065F; c++) {
      t[c] = DELETE;
    }
    t[SUPERSCRIPT_ALEF] = DELETE;
    for (int c = 0x0610; c <= 0x061A; c++) {
      t[c] = DELETE;
    }
    for (int c = 0x06D6; c <= 0x06ED; c++) {
      if (c != 0x06DD && c != 0x06DE && c != 0x06E5 && c != 0x06E6 && c != 0x06E9) {
        t[c] = DELETE;
      }
    }
    t[TATWEEL] = DELETE;
    // 7. digits
    for (int d = 0; d < 10; d++) {
      t[0x0660 + d] = (char) ('0' + d);
      t[0x06F0 + d] = (char) ('0' + d);
    }
    // 8. Arabic punctuation
    t['\u060C'] = ',';
    t['\u061B'] = ';';
    t['\u061F'] = '?';
    t['\u066B'] = '.';
    t['\u066C'] = ',';
    t['\u066A'] = '%';
    // 9. spaces
    t['\u00A0'] = ' ';
    for (int c = 0x2000; c <= 0x200A; c++) {
      t[c] = ' ';
    }
    t['\u202F'] = ' ';
    t['\u205F'] = ' ';
    t['\u3000'] = ' ';
    // 10. invisible format characters
    for (int c = 0x200B; c <= 0x200F; c++) {
      t[c] = DELETE;
    }
    t['\u061C'] = DELETE;
    for (int c = 0x202A; c <= 0x202E; c++) {
      t[c] = DELETE;
    }
    for (int c = 0x2066; c <= 0x2069; c++) {
      t[c] = DELETE;
    }
    t['\u2060'] = DELETE;
    t['\u00AD'] = DELETE;
    t['\uFEFF'] = DELETE;
    // 12. quotes and dashes
    for (char c : new char[] {'\u2018', '\u2019', '\u201A', '\u201B', '\u2032'}) {
      t[c] = '\'';
    }
    for (char c : new char[] {'\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033'}) {
      t[c] = '"';
    }
    for (int c = 0x2010; c <= 0x2015; c++) {
      t[c] = '-';
    }
    t['\u2212'] = '-';
    return t;
  }

  /**
   * Normalizes a text, keeping the alignment with the original.
   *
   * @param text the original text
   * @return the aligned normalized text
   */
  public static NormalizedText normalize(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    char[] in = text.toCharArray();
    char[] out = new char[n];
    int[] align = new int[n + 1];
    int j = normalize(in, n, out, align);
    int[] alignment = j == n ? align : java.util.Arrays.copyOf(align, j + 1);
    String normalized = j == n && equalsPrefix(text, out) ? text : new String(out, 0, j);
    return new NormalizedText(text, normalized, alignment);
  }

  /**
   * Normalizes the first {@code n} chars of {@code in} into {@code out}, writing for each
   * normalized char the index of the char it comes from into {@code align}, and {@code n} after
   * the last one.
   *
   * @param in    the original chars
   * @param n     how many to read
   * @param out   receives the normalized chars; at least {@code n} long
   * @param align receives the alignment; at least {@code n + 1} long
   * @return the length of the normalized text
   */
  static int normalize(char[] in, int n, char[] out, int[] align) {
    final char[] table = TABLE;
    boolean refs = false;
    int j = 0;
    for (int i = 0; i < n; i++) {
      char c = in[i];
      char m = table[c];
      refs |= CharReferences.mayStart(c);
      if (m != DELETE || c == DELETE) {
        out[j] = m;
        align[j++] = i;
      }
    }
    align[j] = n;
    return refs ? CharReferences.fold(in, n, out, align, j, table, DELETE) : j;
  }

  private static boolean equalsPrefix(String text, char[] out) {
    for (int i = 0; i < out.length; i++) {
      if (text.charAt(i) != out[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Normalizes a word or phrase for lookup, without alignment: the form in which lexicon entries
   * are stored and compared.
   *
   * @param text a word or phrase
   * @return its normalized form
   */
  public static String normalizeForm(CharSequence text) {
    Objects.requireNonNull(text, "text");
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      char m = TABLE[c];
      if (m != DELETE || c == DELETE) {
        sb.append(m);
      }
    }
    return sb.toString();
  }

  /**
   * Maps one character as normalization does.
   *
   * @param c a character
   * @return its normalized form, or {@code U+FFFF} if normalization deletes it
   */
  public static char map(char c) {
    return c == DELETE ? c : TABLE[c];
  }

  /**
   * @param c a character
   * @return whether {@code c} is a mark that normalization deletes and that belongs to the letter
   *     before it (tashkeel, superscript alef, Quranic marks, tatweel)
   */
  static boolean isWordMark(char c) {
    return c >= 0x064B && c <= 0x065F || c == SUPERSCRIPT_ALEF || c == TATWEEL
        || c >= 0x0610 && c <= 0x061A || c >= 0x06D6 && c <= 0x06ED && TABLE[c] == DELETE;
  }
}
