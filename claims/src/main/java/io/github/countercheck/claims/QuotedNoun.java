package io.github.countercheck.claims;

/**
 * Quotation marks between a number and its counted noun, read by {@link CountedNounReader#findNoun}
 * (the normalizer writes every double quotation mark as {@code "}):
 *
 * <ul>
 *   <li>the number set in quotation marks, the noun after them: «7» متوفين، "7" متوفين;
 *   <li>(issue 16) the noun set in quotation marks right after the number, as a source's word that
 *       the writer quotes: «توثيق 141 "شهيداً"»، «23 «قتيلا» في دمشق».
 * </ul>
 */
final class QuotedNoun {
  private QuotedNoun() {}

  /**
   * @param w    the sentence's words
   * @param from the first token of the sentence
   * @param to   the end of the sentence
   * @param s    the count
   * @param i    where its noun would start
   * @return where its noun starts past the quotation marks, or {@code i}
   */
  static int skip(TokenWords w, int from, int to, CountSlot s, int i) {
    if (i + 1 >= to || !w.isPunctuation(i) || !w.isWord(i + 1)) {
      return i;
    }
    if ((w.is(i, "\"") || w.is(i, "\u00bb") || w.is(i, ")")) && s.from > from
        && w.isPunctuation(s.from - 1)
        && (w.is(s.from - 1, "\"") || w.is(s.from - 1, "\u00ab") || w.is(s.from - 1, "("))) {
      return i + 1;
    }
    boolean quoted = i + 2 < to && w.isPunctuation(i + 2)
        && (w.is(i, "\"") && w.is(i + 2, "\"") || w.is(i, "\u00ab") && w.is(i + 2, "\u00bb"));
    return quoted ? i + 1 : i;
  }

  /**
   * @param v the sentence
   * @param i a word
   * @return whether a number and its closing quotation mark or bracket stand right before it
   */
  static boolean afterNumber(SentenceView v, int i) {
    TokenWords w = v.w;
    return i - 2 >= v.from && w.isPunctuation(i - 1) && v.inQuantity(i - 2)
        && (w.is(i - 1, "\"") || w.is(i - 1, "\u00bb") || w.is(i - 1, ")"));
  }
}
