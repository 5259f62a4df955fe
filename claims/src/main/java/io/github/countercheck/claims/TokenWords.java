package io.github.countercheck.claims;

import io.github.countercheck.core.Token;
import io.github.countercheck.core.TokenType;
import java.util.List;

/** A {@link WordSeq} over a document's tokens. */
final class TokenWords implements WordSeq {
  private final List<Token> tokens;
  /** Candidate stems per token, computed once on first use: every lexicon reuses them. */
  private final String[][] stems;

  TokenWords(List<Token> tokens) {
    this.tokens = tokens;
    this.stems = new String[tokens.size()][];
  }

  @Override
  public String[] stems(int i) {
    String[] s = stems[i];
    if (s == null) {
      s = stems[i] = WordSeq.super.stems(i);
    }
    return s;
  }

  /** Compares in place: no stem is copied out of the form. */
  @Override
  public boolean matchesWord(int i, String word) {
    Token t = tokens.get(i);
    String form = t.form();
    int len = word.length();
    for (int m = t.stemOffsets(); m != 0; m &= m - 1) {
      int k = Integer.numberOfTrailingZeros(m);
      if (form.length() - k == len && form.regionMatches(k, word, 0, len)) {
        return true;
      }
    }
    return false;
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
