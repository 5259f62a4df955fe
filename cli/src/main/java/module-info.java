/** Countercheck's command line: extract, reconcile, score. Not API. */
module io.github.countercheck.cli {
  requires io.github.countercheck.core;
  requires io.github.countercheck.claims;
  requires io.github.countercheck.reconcile;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;

  // picocli reads the commands' annotated fields and methods
  opens io.github.countercheck.cli to info.picocli;
}
