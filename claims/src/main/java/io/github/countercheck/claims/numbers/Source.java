package io.github.countercheck.claims.numbers;

import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.Span;
import io.github.countercheck.core.internal.TextScanner;
import io.github.countercheck.core.internal.TokenBuffer;

/**
 * The normalized chars a scan reads and the way back to the original text: a {@link
 * NormalizedText}, or the buffers of a {@link TextScanner} (read in place, valid until its next
 * text).
 */
final class Source {
  /** The normalized chars, from 0 to {@link #n}. */
  final char[] s;
  final int n;
  /** The original text. */
  final String original;
  private final NormalizedText text;
  private final TextScanner scanner;

  private Source(char[] s, int n, String original, NormalizedText text, TextScanner scanner) {
    this.s = s;
    this.n = n;
    this.original = original;
    this.text = text;
    this.scanner = scanner;
  }

  static Source of(NormalizedText text) {
    String norm = text.normalized();
    return new Source(norm.toCharArray(), norm.length(), text.original(), text, null);
  }

  static Source of(TextScanner scanner) {
    return new Source(scanner.normalizedChars(), scanner.normalizedLength(), scanner.text(), null,
        scanner);
  }

  /** Fills a buffer with the core tokens of the whole text; returns how many. */
  int tokenize(TokenBuffer out) {
    return text != null ? out.fill(text)
        : scanner.tokenize(0, Integer.MAX_VALUE, out);
  }

  /** The original char that the normalized char at {@code k} comes from. */
  char originalChar(int k) {
    return original.charAt(text != null ? text.originalIndex(k) : scanner.originalIndex(k));
  }

  /** A normalized range mapped back to the original text. */
  Span toOriginal(int start, int end) {
    return text != null ? text.toOriginal(start, end) : scanner.toOriginal(start, end);
  }

  /** The normalized chars of a range, as a string. */
  String substring(int start, int end) {
    return new String(s, start, end - start);
  }
}
