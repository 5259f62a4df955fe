/**
 * JSON output of reconciliation, per section 5 of the claim contract, and its reading back: {@link
 * io.github.countercheck.reconcile.json.ReconciliationJson}.
 */
@NullMarked
package io.github.countercheck.reconcile.json;

import org.jspecify.annotations.NullMarked;
