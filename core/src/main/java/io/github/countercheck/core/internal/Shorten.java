package io.github.countercheck.core.internal;

/** Cuts a line of text for display: at a space where one is near, never inside a surrogate pair. */
public final class Shorten {

  private Shorten() {}

  /**
   * @param s the text
   * @param max the most characters kept, the ellipsis included ({@code max >= 2})
   * @return {@code s} itself when it is at most {@code max} characters long, otherwise its start cut
   *     at the last space before {@code max} when that space is in the second half (else at
   *     {@code max - 1}), never between the two halves of a surrogate pair, with trailing white
   *     space removed and {@code …} added
   */
  public static String atSpace(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
    }
    return cutAt(s, cut).stripTrailing() + "…";
  }

  /**
   * @param s the text
   * @param max the most characters kept, the ellipsis included ({@code max >= 2})
   * @return {@code s} itself when it is at most {@code max} characters long, otherwise its first
   *     {@code max - 1} characters (one fewer when that would split a surrogate pair) and {@code …}
   */
  public static String atLimit(String s, int max) {
    return s.length() <= max ? s : cutAt(s, max - 1) + "…";
  }

  private static String cutAt(String s, int cut) {
    return s.substring(0, Character.isHighSurrogate(s.charAt(cut - 1)) ? cut - 1 : cut);
  }
}
