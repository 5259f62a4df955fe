package io.github.countercheck.claims;

import io.github.countercheck.core.Language;

/**
 * What every rule reader reads its sentence through: the shared {@link SentenceView}, and the
 * view's words, lexicon, language and token range, named once here rather than copied into
 * each reader.
 */
abstract class RuleReader {
  /** The sentence. */
  final SentenceView v;
  /** Its words (the view's). */
  final TokenWords w;
  /** The lexicon of its language. */
  final Lexicon lex;
  /** Its language. */
  final Language language;
  /** Its first token. */
  final int from;
  /** Its end token, exclusive. */
  final int to;

  RuleReader(SentenceView view) {
    this.v = view;
    this.w = view.w;
    this.lex = view.lex;
    this.language = view.language;
    this.from = view.from;
    this.to = view.to;
  }
}
