/**
 * Countercheck's reconciliation: claims grouped by what they count, compared across sources,
 * with their reports and story grouping.
 */
module io.github.countercheck.reconcile {
  requires transitive io.github.countercheck.claims;
  requires static org.jspecify;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports io.github.countercheck.reconcile;
  exports io.github.countercheck.reconcile.json;
  exports io.github.countercheck.reconcile.report;
  exports io.github.countercheck.reconcile.story;
}
