package io.github.countercheck.core;

import java.util.Objects;

/**
 * Makes foreign text (article quotes, file names, publishers) safe to print for people on one
 * line of a terminal: nothing in it can move the cursor, clear the screen, retitle the window or
 * reorder the line around it.
 *
 * <ul>
 *   <li>C0 controls (U+0000 to U+001F) are shown as their Unicode control pictures (ESC as ␛,
 *       BEL as ␇), DEL as ␡, and C1 controls (U+0080 to U+009F) as U+FFFD; a run of whitespace
 *       (space, tab, line breaks) becomes one space;
 *   <li>the bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069), which
 *       could show a neighbouring word reversed, are dropped; the marks (U+200E, U+200F, U+061C),
 *       which only steer neutral characters, are kept;
 *   <li>line and paragraph separators (U+2028, U+2029) become a space.
 * </ul>
 *
 * <pre>{@code
 * Printable.oneLine("a\u001b[2Jb\nc")   // "a␛[2Jb c"
 * }</pre>
 */
public final class Printable {

  private Printable() {}

  /**
   * @param text any text
   * @return the text on one line with no character that a terminal would act on
   */
  public static String oneLine(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder sb = null;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f'
          || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        if (c == ' ' && !space && sb == null) {
          space = true;
          continue;
        }
        if (sb == null) {
          sb = new StringBuilder(text.length()).append(text, 0, i);
        }
        if (!space) {
          sb.append(' ');
        }
        space = true;
        continue;
      }
      space = false;
      char shown;
      if (c < 0x20) {
        shown = (char) (0x2400 + c);
      } else if (c == 0x7F) {
        shown = '\u2421';
      } else if (c >= 0x80 && c <= 0x9F) {
        shown = '\uFFFD';
      } else if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
        shown = 0; // dropped
      } else {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (shown != 0) {
        sb.append(shown);
      }
    }
    return sb == null ? text : sb.toString();
  }
}
