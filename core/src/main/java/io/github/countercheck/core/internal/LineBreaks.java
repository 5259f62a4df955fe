package io.github.countercheck.core.internal;

import static io.github.countercheck.core.internal.SplitChars.isCloser;
import static io.github.countercheck.core.internal.SplitChars.isLineBreak;
import static io.github.countercheck.core.internal.SplitChars.isLineMark;
import static io.github.countercheck.core.internal.SplitChars.isQuoteCloser;
import static io.github.countercheck.core.internal.SplitChars.isQuoteOpener;
import static io.github.countercheck.core.internal.SplitChars.isSpaceLike;
import static io.github.countercheck.core.internal.SplitChars.isTerminal;

import io.github.countercheck.core.SentenceSplitter;

/**
 * The line level of {@link SentenceSplitter}: where the lines of a text are, and which line breaks
 * end a sentence (see "Line breaks" there).
 */
public final class LineBreaks {
  private LineBreaks() {}

  /**
   * Finds the line boundaries of a text, {@code [start, end)} without the terminator, at the line
   * breaks among its stops.
   *
   * @param text the chars
   * @param n    how many of them
   * @param l    holds the stops' positions; receives the lines
   */
  public static void lines(char[] text, int n, SplitScratch l) {
    l.count = 0;
    if (n == 0) {
      return;
    }
    int s = 0;
    int[] stops = l.stops;
    for (int k = 0, stopCount = l.stopCount; k < stopCount; k++) {
      int i = stops[k];
      char c = text[i];
      if (i >= s && isLineBreak(c)) {
        l.add(s, i, c == '\u2029' || c == '\u000C');
        if (c == '\r' && i + 1 < n && text[i + 1] == '\n') {
          i++;
        }
        s = i + 1;
      }
    }
    l.add(s, n, false);
  }

  /**
   * Decides which of the lines found by {@link #lines} end a sentence at their break.
   *
   * @param text           the chars
   * @param lines          the lines
   * @param maxQuoteLength quotations longer than this do not protect their breaks
   * @return for each line, whether a sentence ends after it
   */
  public static boolean[] decideBreaks(char[] text, SplitScratch lines, int maxQuoteLength) {
    int count = lines.count;
    lines.lines(count);
    int[] ts = lines.ts;
    int[] te = lines.te;
    int firstNonBlank = -1;
    for (int i = 0; i < count; i++) {
      int s = lines.start[i];
      int e = lines.end[i];
      while (s < e && isSpaceLike(text[s])) {
        s++;
      }
      while (e > s && isSpaceLike(text[e - 1])) {
        e--;
      }
      ts[i] = s;
      te[i] = e;
      if (firstNonBlank < 0 && s < e) {
        firstNonBlank = i;
      }
    }
    boolean[] split = lines.split;
    boolean[] open = lines.open;
    int openLong = 0;
    for (int i = 0; i + 1 < count; i++) {
      boolean blank = ts[i] == te[i];
      boolean nextBlank = ts[i + 1] == te[i + 1];
      if (lines.hard[i] || blank || nextBlank || i == firstNonBlank
          || endsWithTerminal(text, ts[i], te[i]) || text[te[i] - 1] == ':'
          || isWrappedLine(text, ts[i], te[i], maxQuoteLength)
          || isLineMark(text[ts[i]]) || isLineMark(text[ts[i + 1]])) {
        split[i] = true;
      } else if (te[i] - ts[i] > SentenceSplitter.DEFAULT_WRAP_WIDTH) {
        split[i] = true;
        openLong++;
      } else {
        open[i] = true;
      }
    }
    // A chain of open breaks after short lines continues a sentence only if the line it leads to
    // ends the sentence; a list of headlines or subheadings leads nowhere.
    int joinable = 0;
    for (int i = 0; i + 1 < count; ) {
      if (!open[i]) {
        i++;
        continue;
      }
      int k = i;
      while (k + 1 < count && open[k]) {
        k++;
      }
      // lines i..k-1 are followed by open breaks; line k ends the chain
      if (te[k] - ts[k] <= SentenceSplitter.DEFAULT_WRAP_WIDTH && endsWithFullStop(text, ts[k], te[k])) {
        joinable += k - i;
      } else {
        for (int j = i; j < k; j++) {
          open[j] = false;
          split[j] = true;
        }
      }
      i = k;
    }
    boolean wrapped = joinable >= 3 && joinable >= 2 * openLong;
    for (int i = 0; i + 1 < count; i++) {
      if (open[i]) {
        split[i] = !wrapped;
      }
    }
    return split;
  }

  private static boolean endsWithTerminal(char[] text, int s, int e) {
    int i = e - 1;
    while (i >= s && isCloser(text[i])) {
      i--;
    }
    return i >= s && isTerminal(text[i]);
  }

  /** Whether a line ends with final punctuation other than an ellipsis (headlines end with "..")). */
  private static boolean endsWithFullStop(char[] text, int s, int e) {
    int i = e - 1;
    while (i >= s && isCloser(text[i])) {
      i--;
    }
    if (i < s || !isTerminal(text[i]) || text[i] == '\u2026') {
      return false;
    }
    return text[i] != '.' || i == s || text[i - 1] != '.';
  }

  /** Whether a line is wholly quoted or bracketed, a subheading: {@code "العشرات لقوا حتفهم"}. */
  private static boolean isWrappedLine(char[] text, int s, int e, int maxQuoteLength) {
    if (e - s < 2 || e - s > maxQuoteLength) {
      return false;
    }
    char first = text[s];
    char last = text[e - 1];
    if (first == '(' && last == ')' || first == '[' && last == ']') {
      return true;
    }
    if (!isQuoteOpener(first) || !isQuoteCloser(last)) {
      return false;
    }
    for (int i = s + 1; i < e - 1; i++) {
      char c = text[i];
      if (isQuoteOpener(c) || isQuoteCloser(c)) {
        return false;
      }
    }
    return true;
  }
}
