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
 The {@code report} sub-package renders a result for people (text, markdown, HTML); the
 * {@code json} sub-package writes and reads the contract's JSON; {@code story} tells documents
 * apart into stories.
 *
 * <pre>{@code
 * Reconciliation r = Reconciler.create().reconcile(claims, metadata);
 * for (ClaimGroup g : r.groups()) {
 *   System.out.println(g.event() + " " + g.subject() + ": " + g.status());
 * }
 * }</pre>
 */
@NullMarked
package io.github.countercheck.reconcile;

import org.jspecify.annotations.NullMarked;
