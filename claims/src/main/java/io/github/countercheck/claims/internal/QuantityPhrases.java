package io.github.countercheck.claims.internal;

import io.github.countercheck.claims.numbers.QuantityMention;
import java.util.List;
import java.util.Objects;

/**
 * The quantity phrases of a text with the tokens each lies on, as {@link
 * NumbersAccess#findIn(io.github.countercheck.claims.numbers.QuantityRecognizer,
 * io.github.countercheck.core.internal.TextScanner, io.github.countercheck.core.internal.TokenBuffer)}
 * finds them: phrase {@code k} covers the tokens
 * {@code [firstToken(k), endToken(k))} of the buffer it was given (a phrase that starts or ends
 * inside a token, «وأكثر من 20», covers that whole token). Immutable. Not API.
 */
public final class QuantityPhrases {
  private final List<QuantityMention> phrases;
  private final int[] tokens;

  /**
   * @param phrases the phrases in text order
   * @param tokens  for phrase {@code k}, its first token at {@code 2k} and the token after its
   *     last at {@code 2k + 1}
   */
  public QuantityPhrases(List<QuantityMention> phrases, int[] tokens) {
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
