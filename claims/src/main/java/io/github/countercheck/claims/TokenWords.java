package io.github.countercheck.claims;

import io.github.countercheck.core.Token;
import io.github.countercheck.core.TokenType;
import java.util.List;

/** A {@link WordSeq} over a document's tokens. */
final class TokenWords implements WordSeq {
  private final List<Token> tokens;

  TokenWords(List<Token> tokens) {
    this.tokens = tokens;
  }

  @Override
  public int size() {
    return tokens.size();
  }

  @Override
  public String form(int i) {
    return tokens.get(i).form();
  }

  @Override
  public int stemMask(int i) {
    return tokens.get(i).stemOffsets();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  boolean isWord(int i) {
    return tokens.get(i).type() == TokenType.WORD;
  }

  boolean isPunctuation(int i) {
    return tokens.get(i).type() == TokenType.PUNCTUATION;
  }
}
