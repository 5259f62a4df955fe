package io.github.countercheck.claims.numbers;

import io.github.countercheck.core.internal.CharClass;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.BinaryOperator;

/**
 * A character trie of normalized words and phrases, built once and then read by many threads.
 *
 * <p>A space in a stored phrase matches a run of spaces and tabs in the text (not a line break).
 * A match that ends on a letter must be followed by a non-letter, so that a stored word never
 * matches the start of a longer word. Lookups allocate nothing.
 *
 * @param <V> the value stored for each phrase
 */
final class PhraseTrie<V> {
  private static final char[] NO_KEYS = new char[0];
  private static final Node[] NO_KIDS = new Node[0];
  /** The widest range of child keys a node indexes directly (the Arabic letters span 42). */
  private static final int DIRECT_SPAN = 64;

  private static final class Node {
    char[] keys = NO_KEYS;
    Node[] kids = NO_KIDS;
    /** The children by {@code c - base}, or null when the keys span more than DIRECT_SPAN chars. */
    Node[] direct;
    char base;
    Object value;

    Node child(char c) {
      Node[] d = direct;
      if (d != null) {
        int i = c - base;
        return i >= 0 && i < d.length ? d[i] : null;
      }
      char[] k = keys;
      if (k.length <= 8) {
        for (int i = 0; i < k.length; i++) {
          if (k[i] == c) {
            return kids[i];
          }
        }
        return null;
      }
      int i = Arrays.binarySearch(k, c);
      return i >= 0 ? kids[i] : null;
    }

    /**
     * Indexes the children by {@code c - base} when their keys span few chars (the letters of one
     * script), so that a lookup is one array read; kept in step by {@link #childOrAdd}.
     */
    private void index() {
      int span = keys[keys.length - 1] - keys[0] + 1;
      if (span > DIRECT_SPAN) {
        direct = null;
        return;
      }
      Node[] d = new Node[span];
      for (int i = 0; i < keys.length; i++) {
        d[keys[i] - keys[0]] = kids[i];
      }
      base = keys[0];
      direct = d;
    }

    Node childOrAdd(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return kids[i];
      }
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node[] n = new Node[kids.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(kids, 0, n, 0, at);
      k[at] = c;
      n[at] = new Node();
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(kids, at, n, at + 1, kids.length - at);
      keys = k;
      kids = n;
      index();
      return n[at];
    }
  }

  private final Node root = new Node();
  /** The root's children by char, for the Latin and Arabic blocks: the busiest lookup. */
  private final Node[] rootTable = new Node[ROOT_TABLE];
  private static final int ROOT_TABLE = 0x0700;
  private int size;
  /**
   * The last two chars of each stored phrase (a space for a space or tab), and the char of each
   * phrase of one char, a hashed bit each: see {@link #mayEndAt}.
   */
  private final long[] ends = new long[ENDS >>> 6];
  private static final int ENDS = 1 << 14;

  /**
   * Stores a phrase (already normalized; runs of spaces are folded to one).
   *
   * @param phrase the phrase
   * @param value  its value
   * @param merge  how to merge with a value already stored for the same phrase
   */
  void put(String phrase, V value, BinaryOperator<V> merge) {
    Objects.requireNonNull(value, "value");
    String p = phrase.strip().replaceAll("\\s+", " ");
    if (p.isEmpty()) {
      throw new IllegalArgumentException("empty phrase in a lexicon");
    }
    Node n = root;
    for (int i = 0; i < p.length(); i++) {
      n = n.childOrAdd(p.charAt(i));
      if (i == 0 && p.charAt(0) < ROOT_TABLE) {
        rootTable[p.charAt(0)] = n;
      }
    }
    int len = p.length();
    int bit = endBit(len > 1 ? p.charAt(len - 2) : NO_CHAR, p.charAt(len - 1));
    ends[bit >>> 6] |= 1L << bit;
    if (n.value == null) {
      size++;
      n.value = value;
    } else {
      @SuppressWarnings("unchecked")
      V old = (V) n.value;
      n.value = merge.apply(old, value);
    }
  }

  /**
   * Visits every stored phrase with its value, in no particular order.
   *
   * @param visitor receives each phrase (normalized, single spaces) and its value
   */
  void forEach(java.util.function.BiConsumer<String, V> visitor) {
    walk(root, new StringBuilder(), visitor);
  }

  @SuppressWarnings("unchecked")
  private void walk(Node n, StringBuilder prefix, java.util.function.BiConsumer<String, V> visitor) {
    if (n.value != null) {
      visitor.accept(prefix.toString(), (V) n.value);
    }
    for (int i = 0; i < n.keys.length; i++) {
      prefix.append(n.keys[i]);
      walk(n.kids[i], prefix, visitor);
      prefix.setLength(prefix.length() - 1);
    }
  }

  /** Stands for the char before a phrase of one char in {@link #ends}. */
  private static final char NO_CHAR = '\uFFFF';

  private static int endBit(char a, char b) {
    return (a * 31 + b) * 0x9E3779B9 >>> 18;
  }

  /**
   * Whether a stored phrase may end at {@code end} of the text, by its last two chars: a lookup
   * that must end there ({@code QuantityRecognizer.phraseBefore}, {@code Scan.cueBefore}) is
   * answered without a walk for most words. Exact when false; true may still be none.
   *
   * @param s   the normalized chars
   * @param end where the phrase would end, {@code > 0}
   * @return false if no stored phrase ends with the chars before {@code end}
   */
  boolean mayEndAt(char[] s, int end) {
    char b = s[end - 1];
    int one = endBit(NO_CHAR, b);
    if ((ends[one >>> 6] & 1L << one) != 0) {
      return true;
    }
    if (end < 2) {
      return false;
    }
    // a space of a phrase matches a space or a tab, and never ends one
    char a = s[end - 2] == '\t' ? ' ' : s[end - 2];
    int two = endBit(a, b);
    return (ends[two >>> 6] & 1L << two) != 0;
  }

  /** @return the number of phrases stored */
  int size() {
    return size;
  }

  /**
   * Finds the longest stored phrase that starts at {@code from}.
   *
   * @param s     the normalized chars
   * @param from  where the phrase must start
   * @param limit where the search must stop
   * @param out   receives the value and the end of the match
   * @return whether a phrase matched
   */
  boolean longest(char[] s, int from, int limit, Match<V> out) {
    if (from >= limit) {
      return false;
    }
    char c0 = s[from];
    Node n = c0 < ROOT_TABLE ? rootTable[c0] : root.child(c0);
    if (n == null) {
      return false;
    }
    int i = from + 1;
    int bestEnd = -1;
    Object bestValue = null;
    if (n.value != null && (!CharClass.isLetter(c0) || i >= limit || !CharClass.isLetter(s[i]))) {
      bestEnd = i;
      bestValue = n.value;
    }
    while (i < limit) {
      char c = s[i];
      if (c == ' ' || c == '\t') {
        n = n.child(' ');
        if (n == null) {
          break;
        }
        while (i < limit && (s[i] == ' ' || s[i] == '\t')) {
          i++;
        }
        continue;
      }
      n = n.child(c);
      if (n == null) {
        break;
      }
      i++;
      if (n.value != null && (!CharClass.isLetter(c) || i >= limit || !CharClass.isLetter(s[i]))) {
        bestEnd = i;
        bestValue = n.value;
      }
    }
    if (bestEnd < 0) {
      return false;
    }
    @SuppressWarnings("unchecked")
    V v = (V) bestValue;
    out.value = v;
    out.end = bestEnd;
    return true;
  }

  /**
   * The result of a lookup: reused by one caller, never shared.
   *
   * @param <V> the value type
   */
  static final class Match<V> {
    V value;
    int end;
    /** chars of proclitic read off before the match. */
    int prefix;
  }
}
