/**
 * The example as a named module: it compiles on the module path, so it reads only what
 * countercheck exports (its internal packages are not visible here).
 */
module io.github.countercheck.examples.consumer {
  requires io.github.countercheck.reconcile;
}
