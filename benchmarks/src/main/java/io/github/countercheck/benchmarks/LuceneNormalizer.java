package io.github.countercheck.benchmarks;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * The peer of our normalizer: Lucene's {@link ArabicNormalizer} (alef forms, teh marbuta, alef
 * maksura, tatweel, tashkeel) followed by the digit folding of Lucene's {@code DecimalDigitFilter}
 * (every Unicode decimal digit to its ASCII digit), on a reused {@code char[]} buffer. Unlike ours
 * it keeps no alignment to the original text. Not thread-safe: one per thread.
 */
final class LuceneNormalizer {
  private final ArabicNormalizer arabic = new ArabicNormalizer();
  private char[] buffer = new char[1024];

  /**
   * @param text a text
   * @return the length of its normalized form, left in {@link #buffer()}
   */
  int normalize(String text) {
    int n = text.length();
    if (buffer.length < n) {
      buffer = new char[Math.max(n, buffer.length * 2)];
    }
    text.getChars(0, n, buffer, 0);
    int len = arabic.normalize(buffer, n);
    return foldDigits(buffer, len);
  }

  char[] buffer() {
    return buffer;
  }

  /** As {@code DecimalDigitFilter.incrementToken}, for BMP digits (the only ones news carry). */
  private static int foldDigits(char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c > 0x7F && Character.isDigit(c)) {
        buffer[i] = (char) ('0' + Character.digit(c, 10));
      }
    }
    return length;
  }
}
