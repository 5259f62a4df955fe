package io.github.countercheck.claims.numbers;

import java.util.List;
import java.util.Objects;

/**
 * The quantity phrases of a text with the tokens each lies on, as {@link
 * QuantityRecognizer#findIn(io.github.countercheck.core.TextScanner,
 * io.github.countercheck.core.TokenBuffer)} finds them: phrase {@code k} covers the tokens
 * {@code [firstToken(k), endToken(k))} of the buffer it was given (a phrase that starts or ends
 * inside a token, «وأكثر من 20», covers that whole token). Immutable.
 */
public final class QuantityPhrases {
  private final List<QuantityMention> phrases;
  private final int[] tokens;

  QuantityPhrases(List<QuantityMention> phrases, int[] tokens) {
    this.phrases = List.copyOf(phrases);
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    if (tokens.length < 2 * phrases.size()) {
      throw new IllegalArgumentException("two tokens per phrase");
    }
  }

  /** @return the phrases in text order */
  public List<QuantityMention> phrases() {
    return phrases;
  }

  /**
   * @param k a phrase
   * @return the first token it lies on
   */
  public int firstToken(int k) {
    Objects.checkIndex(k, phrases.size());
    return tokens[2 * k];
  }

  /**
   * @param k a phrase
   * @return the token after the last it lies on
   */
  public int endToken(int k) {
    Objects.checkIndex(k, phrases.size());
    return tokens[2 * k + 1];
  }

  @Override
  public String toString() {
    return "QuantityPhrases[" + phrases.size() + " phrases]";
  }
}
