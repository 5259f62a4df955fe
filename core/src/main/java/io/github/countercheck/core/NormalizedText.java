package io.github.countercheck.core;

import io.github.countercheck.core.internal.CharReferences;
import java.util.Arrays;
import java.util.Objects;

/**
 * A normalized view of a text that keeps a two-way alignment with the original.
 *
 * <p>Normalization (see {@link TextNormalizer}) maps characters one to one or deletes them, and
 * folds a character reference or mojibake into the char of its first one; it never inserts. So every normalized character comes from exactly one original character, and the
 * alignment is a monotonic array from normalized to original indices. Any range found in
 * {@link #normalized()} maps back with {@link #toOriginal(int, int)} to the exact original
 * characters, including the diacritics that normalization removed from inside and from the end of
 * the range. Immutable and thread-safe.
 */
public final class NormalizedText {
  private final String original;
  private final String normalized;
  /** normalized index to original index; one extra entry, {@code original.length()}, at the end. */
  private final int[] toOriginal;

  NormalizedText(String original, String normalized, int[] toOriginal) {
    this.original = original;
    this.normalized = normalized;
    this.toOriginal = toOriginal;
  }

  /** The alignment array itself (normalized index to original index, one entry more): not to be changed. */
  int[] alignment() {
    return toOriginal;
  }

  /** @return the original text */
  public String original() {
    return original;
  }

  /** @return the normalized text */
  public String normalized() {
    return normalized;
  }

  /** @return the length of the normalized text */
  public int length() {
    return normalized.length();
  }

  /**
   * @param normalizedIndex an index into the normalized text, from 0 to its length inclusive
   * @return the index of the original character it came from ({@code original().length()} for the
   *     end)
   */
  public int originalIndex(int normalizedIndex) {
    Objects.checkIndex(normalizedIndex, toOriginal.length);
    return toOriginal[normalizedIndex];
  }

  /**
   * Maps a normalized range back to the original text.
   *
   * <p>The original range starts at the first original character of the range and ends after its
   * last one, extended over the marks that normalization deleted right after it (tashkeel,
   * tatweel), which belong to the same word. An empty range maps to an empty range.
   *
   * @param start normalized start, inclusive
   * @param end   normalized end, exclusive
   * @return the original span
   */
  public Span toOriginal(int start, int end) {
    Objects.checkFromToIndex(start, end, normalized.length());
    return toOriginal(toOriginal, original, start, end);
  }

  /** {@link #toOriginal(int, int)} over an alignment array of the original text, unchecked. */
  static Span toOriginal(int[] align, String original, int start, int end) {
    int s = align[start];
    return new Span(s, start == end ? s : originalEnd(align, original, end));
  }

  /**
   * The original end of a non-empty normalized range that ends at {@code end}: after its last
   * char and the marks deleted right after it.
   */
  static int originalEnd(int[] align, String original, int end) {
    int e = align[end - 1] + 1;
    int limit = align[end];
    if (e < limit) {
      int folded = CharReferences.foldedEnd(original, e - 1); // "&#39;" folded to "'"
      e = folded > e && folded <= limit ? folded : e;
    }
    while (e < limit && TextNormalizer.isWordMark(original.charAt(e))) {
      e++;
    }
    return e;
  }

  /**
   * Maps an original index to the normalized text: the index of the first normalized character
   * that comes from at or after it.
   *
   * @param originalIndex an index into the original text, from 0 to its length inclusive
   * @return the normalized index
   */
  public int normalizedIndex(int originalIndex) {
    Objects.checkIndex(originalIndex, original.length() + 1);
    int i = Arrays.binarySearch(toOriginal, originalIndex);
    if (i >= 0) {
      // the end sentinel may repeat an index only when the text ends with deleted characters
      while (i > 0 && toOriginal[i - 1] == originalIndex) {
        i--;
      }
      return i;
    }
    return -i - 1;
  }

  /**
   * Maps an original span to the normalized text.
   *
   * @param span a span of the original text
   * @return the normalized {@code [start, end)} as a span of the normalized text
   */
  public Span toNormalized(Span span) {
    return new Span(normalizedIndex(span.start()), normalizedIndex(span.end()));
  }

  @Override
  public String toString() {
    return "NormalizedText[" + normalized.length() + " of " + original.length() + " chars]";
  }
}
