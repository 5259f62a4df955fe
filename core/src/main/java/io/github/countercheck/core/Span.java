package io.github.countercheck.core;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a text.
 *
 * <p>Spans that leave a library call always index the <em>original</em> document text, so that
 * {@code text.substring(span.start(), span.end())} is the evidence as the author wrote it.
 *
 * @param start first index, inclusive, at least 0
 * @param end   last index, exclusive, at least {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /**
   * Validates the bounds.
   *
   * @param start first index, inclusive, at least 0
   * @param end   last index, exclusive, at least {@code start}
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /**
   * Creates a span.
   *
   * @param start first index, inclusive
   * @param end   last index, exclusive
   * @return the span
   */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /** @return the number of code units covered */
  public int length() {
    return end - start;
  }

  /** @return whether the span covers nothing */
  public boolean isEmpty() {
    return start == end;
  }

  /**
   * @param other another span
   * @return whether the two spans share at least one code unit
   */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /**
   * @param other another span
   * @return whether {@code other} lies within this span
   */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * @param index a code unit index
   * @return whether the index lies within this span
   */
  public boolean contains(int index) {
    return start <= index && index < end;
  }

  /**
   * @param other another span
   * @return the smallest span that covers both
   */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /**
   * Returns the covered text, checking that the span fits it.
   *
   * @param text the text this span indexes
   * @return {@code text.substring(start, end)}
   * @throws IllegalArgumentException if the span reaches past the end of the text
   */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span " + this + " reaches past the end of a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
