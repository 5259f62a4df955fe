/**
 * Reports of a {@link io.github.countercheck.reconcile.Reconciliation} for people: {@link
 * io.github.countercheck.reconcile.report.ReconciliationReport} writes a plain-text table for a
 * terminal and markdown, {@link io.github.countercheck.reconcile.report.HtmlReport} one
 * self-contained HTML page with a timeline per group; {@link
 * io.github.countercheck.reconcile.report.ReportOptions} says what they know besides the result
 * (document titles, where the rules are explained, colour). They read only the public API of
 * the {@code reconcile} package, so a caller can write a report of its own the same way.
 *
 * <pre>{@code
 * Reconciliation r = Reconciler.create().reconcile(claims, metadata);
 * System.out.print(ReconciliationReport.table(r, ReportOptions.defaults()));
 * Files.writeString(Path.of("report.html"), HtmlReport.render(r));
 * }</pre>
 */
@NullMarked
package io.github.countercheck.reconcile.report;

import org.jspecify.annotations.NullMarked;
