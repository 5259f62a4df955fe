package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * Tokens {@code [from, to)} of one sentence with the lexicon they are read with: the small view the
 * rule classes of issue 16 ({@link TollReach}, {@link GroupMembers}, {@link ClauseBounds},
 * {@link DiseaseCases}) read a sentence through, so that they can move onto a shared sentence view
 * without change.
 */
final class WordView {
  final Lexicon lex;
  final TokenWords w;
  final int from;
  final int to;

  WordView(Lexicon lex, TokenWords w, int from, int to) {
    this.lex = lex;
    this.w = w;
    this.from = from;
    this.to = to;
  }

  /** Looks up an index at word {@code i}, at the cost of a bit test when no entry starts there. */
  <V> Match<V> match(PhraseIndex<V> index, int i) {
    return i < from || i >= to || !w.isWord(i) || (w.keys(i) & index.bit()) == 0
        ? null : index.match(w, i);
  }

  /** The construction role of the phrase that starts at word {@code i}, or null. */
  Construction construction(int i) {
    Match<Construction> m = match(lex.constructions, i);
    return m == null ? null : m.value();
  }

  /** Whether the phrase at word {@code i} plays construction role {@code role}. */
  boolean is(int i, Construction role) {
    return construction(i) == role;
  }

  /** Whether token {@code i} is punctuation that ends a sentence or a clause: . ; ? ! */
  boolean isStop(int i) {
    if (!w.isPunctuation(i) || w.length(i) != 1) {
      return false;
    }
    char c = w.charAt(i, 0);
    return c == '.' || c == ';' || c == '?' || c == '!' || c == '\u061F' || c == '\u061B';
  }

  /** Whether token {@code i} is a comma (the normalizer writes the Arabic comma as ','). */
  boolean isComma(int i) {
    return i >= from && i < to && w.isPunctuation(i) && w.is(i, ",");
  }
}
