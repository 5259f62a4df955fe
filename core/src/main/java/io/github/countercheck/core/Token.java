package io.github.countercheck.core;

import io.github.countercheck.core.internal.Stems;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A token of a {@link NormalizedText}: where it is in both texts, what it is, its normalized form
 * and, for a word, its candidate stems after Arabic proclitics (see {@link Stems}).
 *
 * <p>Candidate stems are suffixes of {@link #form()}, so a lexicon can match a stem in the
 * normalized text from {@link #stemStart(int)} while the evidence stays the whole original word
 * {@link #span()}:
 *
 * <pre>{@code
 * for (int i = 0; i < token.stemCount(); i++) {      // longest first: والمتظاهرين, المتظاهرين, متظاهرين
 *   Entry e = lexicon.get(token.form(), token.stemOffset(i), token.form().length());
 *   if (e != null) { ... token.span() ... }
 * }
 * }</pre>
 *
 * @param span        the token in the original text, including the diacritics of its last letter
 * @param normStart   start in the normalized text, inclusive
 * @param normEnd     end in the normalized text, exclusive
 * @param type        what the token is made of
 * @param form        the normalized text of the token
 * @param stemOffsets bit set of the offsets into {@code form} where a candidate stem starts; bit 0
 *     (the whole word) is always set; only words have other bits
 */
public record Token(
    Span span, int normStart, int normEnd, TokenType type, String form, int stemOffsets) {

  /**
   * Validates the values.
   *
   * @param span        the token in the original text, including the diacritics of its last letter
   * @param normStart   start in the normalized text, inclusive
   * @param normEnd     end in the normalized text, exclusive
   * @param type        what the token is made of
   * @param form        the normalized text of the token
   * @param stemOffsets bit set of the offsets into {@code form} where a candidate stem starts; bit
   *     0 (the whole word) is always set; only words have other bits
   */
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(form, "form");
    if (normStart < 0 || normEnd <= normStart) {
      throw new IllegalArgumentException(
          "invalid normalized range [" + normStart + ", " + normEnd + ")");
    }
    if (form.length() != normEnd - normStart) {
      throw new IllegalArgumentException(
          "form '" + form + "' does not fit [" + normStart + ", " + normEnd + ")");
    }
    if ((stemOffsets & 1) == 0
        || 32 - Integer.numberOfLeadingZeros(stemOffsets) > form.length()
        || type != TokenType.WORD && stemOffsets != 1) {
      throw new IllegalArgumentException(
          "invalid stem offsets " + Integer.toBinaryString(stemOffsets) + " for '" + form + "'");
    }
  }

  /**
   * A token with no proclitic analysis.
   *
   * @param span      the original span
   * @param normStart normalized start
   * @param normEnd   normalized end
   * @param type      the type
   * @param form      the normalized form
   * @return the token, whose only stem is its whole form
   */
  public static Token of(Span span, int normStart, int normEnd, TokenType type, String form) {
    return new Token(span, normStart, normEnd, type, form, 1);
  }

  /** @return the length of the normalized form */
  public int length() {
    return normEnd - normStart;
  }

  /** @return the number of candidate stems, at least 1 */
  public int stemCount() {
    return Integer.bitCount(stemOffsets);
  }

  /**
   * @param i a candidate index, 0 for the whole word, up to {@link #stemCount()} exclusive;
   *     candidates run from the longest to the shortest
   * @return the offset into {@link #form()} where candidate {@code i} starts
   */
  public int stemOffset(int i) {
    Objects.checkIndex(i, stemCount());
    int m = stemOffsets;
    for (int k = 0; k < i; k++) {
      m &= m - 1;
    }
    return Integer.numberOfTrailingZeros(m);
  }

  /**
   * @param i a candidate index
   * @return the normalized index where candidate {@code i} starts
   */
  public int stemStart(int i) {
    return normStart + stemOffset(i);
  }

  /** @return the normalized index where the shortest candidate stem starts, after all proclitics */
  public int stemStart() {
    return normStart + 31 - Integer.numberOfLeadingZeros(stemOffsets);
  }

  /**
   * @param i a candidate index
   * @return candidate stem {@code i}, a suffix of {@link #form()}
   */
  public String stem(int i) {
    return form.substring(stemOffset(i));
  }

  /** @return all candidate stems, longest (the whole form) first */
  public List<String> stemCandidates() {
    List<String> out = new ArrayList<>(stemCount());
    for (int m = stemOffsets; m != 0; m &= m - 1) {
      out.add(form.substring(Integer.numberOfTrailingZeros(m)));
    }
    return List.copyOf(out);
  }

  /**
   * @param original the original text
   * @return the token as written
   */
  public String text(String original) {
    return span.of(original);
  }

  /**
   * The index of the first token of a text-ordered list that starts at or after an original
   * index: {@code tokens.size()} when none does. A binary search.
   *
   * @param tokens        tokens in text order, as a {@link Tokenizer} gives them
   * @param originalIndex an index into the original text
   * @return the index of that token in {@code tokens}
   */
  public static int firstAtOrAfter(List<Token> tokens, int originalIndex) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().start() < originalIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
