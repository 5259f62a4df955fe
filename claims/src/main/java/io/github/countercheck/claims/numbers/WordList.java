package io.github.countercheck.claims.numbers;

import io.github.countercheck.claims.internal.DataFile;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A list of single tokens of a data file (a word, or a punctuation mark such as {@code -}),
 * normalized as the text is: a token is in it when its text is one of them. Small lists, matched
 * by comparing chars, so a lookup allocates nothing.
 */
final class WordList {
  private final String[] words;

  private WordList(Set<String> words) {
    this.words = words.toArray(new String[0]);
  }

  /**
   * Reads a member of a data file: a list of words, each normalized; a missing member is an
   * empty list.
   *
   * @throws IllegalArgumentException naming the file, the line and the member if it is no list
   *     of words or a word is blank
   */
  static WordList read(DataFile file, String member) {
    Set<String> w = new LinkedHashSet<>();
    for (String x : file.texts(DataFile.at(member))) {
      String n = Cues.normal(x).strip();
      if (n.isEmpty()) {
        throw file.error(DataFile.at(member), "a blank word");
      }
      w.add(n);
    }
    return new WordList(w);
  }

  /**
   * Reads a member of a data file as {@link #read(DataFile, String)} does, and adds its name to
   * the members a caller knows.
   */
  static WordList read(DataFile file, String member, Set<String> known) {
    known.add(member);
    return read(file, member);
  }

  /** Whether token {@code i} (any kind, in range or not) is one of the words. */
  boolean has(TokenView tk, int i) {
    if (i < 0 || i >= tk.size) {
      return false;
    }
    for (String w : words) {
      if (tk.equalsText(i, w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a normalized string is one of the words. */
  boolean contains(String s) {
    for (String w : words) {
      if (w.equals(s)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the words occurs in {@code s[a, b)}. */
  boolean occursIn(char[] s, int a, int b) {
    for (String w : words) {
      if (occurs(s, a, b, w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s[a, b)} starts with one of the words. */
  boolean starts(char[] s, int a, int b) {
    for (String w : words) {
      if (w.length() <= b - a && occurs(s, a, a + w.length(), w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean occurs(char[] s, int a, int b, String needle) {
    int n = needle.length();
    outer:
    for (int i = a; i + n <= b; i++) {
      for (int k = 0; k < n; k++) {
        if (s[i + k] != needle.charAt(k)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
