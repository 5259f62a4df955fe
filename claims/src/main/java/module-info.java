/**
 * Countercheck's claim extraction: quantitative claims read from Arabic and English news, the
 * numeral grammar and the JSON contract. {@code io.github.countercheck.claims.internal} (the data
 * file loader, the claim JSON writer) is exported only to the library's own modules.
 */
module io.github.countercheck.claims {
  requires transitive io.github.countercheck.core;
  requires static org.jspecify;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports io.github.countercheck.claims;
  exports io.github.countercheck.claims.json;
  exports io.github.countercheck.claims.numbers;
  exports io.github.countercheck.claims.internal to io.github.countercheck.reconcile;

  // the lexicon file is bound to a record by Jackson
  opens io.github.countercheck.claims to com.fasterxml.jackson.databind;
}
