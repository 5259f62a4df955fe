package io.github.countercheck.core;

import java.util.Objects;

/**
 * A sentence of a document: its span in the <em>original</em> text and its position among the
 * document's sentences.
 *
 * <p>The span never starts or ends with white space. See {@link SentenceSplitter} for how sentences
 * are found.
 *
 * @param span  the sentence in the original text
 * @param index its position among the sentences of the text, from 0
 */
public record Sentence(Span span, int index) {

  /**
   * Validates the values.
   *
   * @param span  the sentence in the original text
   * @param index its position among the sentences of the text, from 0
   */
  public Sentence {
    Objects.requireNonNull(span, "span");
    if (index < 0) {
      throw new IllegalArgumentException("sentence index is negative: " + index);
    }
  }

  /** @return the original start index, inclusive */
  public int start() {
    return span.start();
  }

  /** @return the original end index, exclusive */
  public int end() {
    return span.end();
  }

  /**
   * Returns the sentence as written.
   *
   * @param original the original text the sentence was found in
   * @return the covered original text
   * @throws IllegalArgumentException if the span reaches past the end of {@code original}
   */
  public String text(String original) {
    return span.of(original);
  }
}
