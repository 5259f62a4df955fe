/**
 * Reconciliation: groups claims that count the same thing, judges each pair, estimates and
 * explains.
 *
 * <p>The entry point is {@link io.github.countercheck.reconcile.Reconciler}, which turns claims
 * (and what is known of their documents) into a {@link io.github.countercheck.reconcile.Reconciliation}
 * of {@link io.github.countercheck.reconcile.ClaimGroup groups}, each with its
 * {@link io.github.countercheck.reconcile.Relation relations} ({@link
 * io.github.countercheck.reconcile.Verdict verdicts} with reasons naming the rule), {@link
 * io.github.countercheck.reconcile.Estimate estimate}, {@link io.github.countercheck.reconcile.Status
 * status} and {@link io.github.countercheck.reconcile.Voice voices}. Places are folded through the
 * {@link io.github.countercheck.reconcile.PlaceAliases} table (data, replaceable).
 * {@link io.github.countercheck.reconcile.ReconciliationReport} renders a result for people; the
 * {@code json} sub-package writes the contract's JSON.
 *
 * <pre>{@code
 * Reconciliation r = Reconciler.create().reconcile(claims, metadata);
 * System.out.print(ReconciliationReport.table(r, false));
 * }</pre>
 */
package io.github.countercheck.reconcile;
