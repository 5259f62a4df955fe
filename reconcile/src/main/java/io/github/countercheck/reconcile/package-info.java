/**
 * Reconciliation: groups claims that count the same thing, judges each pair, estimates and
 * explains.
 */
package io.github.countercheck.reconcile;
