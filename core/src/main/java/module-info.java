/**
 * Countercheck's text model: documents, normalization with alignment, sentences and tokens.
 * {@code io.github.countercheck.core.internal} holds the extraction's hot path and is exported
 * only to the library's own modules.
 */
module io.github.countercheck.core {
  requires static org.jspecify;

  exports io.github.countercheck.core;
  exports io.github.countercheck.core.internal to
      io.github.countercheck.claims,
      io.github.countercheck.reconcile,
      io.github.countercheck.cli;
}
