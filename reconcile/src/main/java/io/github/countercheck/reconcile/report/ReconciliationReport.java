package io.github.countercheck.reconcile.report;

import io.github.countercheck.reconcile.Reconciliation;
import java.util.Objects;

/**
 * Renders a {@link Reconciliation} for people: a plain-text {@link #table table} for a terminal
 * and {@link #markdown markdown} for a newsroom's notes.
 *
 * <p>When the documents were told apart into {@linkplain Reconciliation#stories() stories}, the
 * report groups by story first: the story's title, time span, documents and outlets; within it the
 * incident's groups, then cumulative, then background figures. Each group is headed by event,
 * subject and place, and shows its figures as a chain in time (who said what, when: {@code 8
 * (AFP, 5 Jan 2022 14:00) → 12 (state TV, 6 Jan)}), each conflict and update once, a tally of the
 * other verdicts, the estimate with the voices behind it, each figure with its quote, and the
 * notes. The rules that verdicts cite are explained in {@code docs/reconciliation.md}; the
 * markdown links each citation there ({@link ReportOptions#rulesDocument(String)}). The full list
 * of verdicts between pairs is in the JSON output.
 *
 * <pre>{@code
 * System.out.print(ReconciliationReport.table(reconciliation,
 *     ReportOptions.defaults().documentTitles(titles)));
 * }</pre>
 */
public final class ReconciliationReport {

  /** The width the text report wraps to. */
  public static final int WIDTH = 100;

  private ReconciliationReport() {}

  /**
   * Renders the plain-text report, wrapped at {@link #WIDTH} columns, with the default options
   * (no colour).
   *
   * @param r the reconciliation
   * @return the report, ending with a newline
   */
  public static String table(Reconciliation r) {
    return table(r, ReportOptions.defaults());
  }

  /**
   * Renders the plain-text report, wrapped at {@link #WIDTH} columns.
   *
   * @param r       the reconciliation
   * @param options document titles and colour ({@link ReportOptions#colour(boolean)})
   * @return the report, ending with a newline
   */
  public static String table(Reconciliation r, ReportOptions options) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(options, "options");
    return new TableReport(new ReportContext(r, options)).render();
  }

  /**
   * Renders the markdown report with the default options.
   *
   * @param r the reconciliation
   * @return the report, ending with a newline
   */
  public static String markdown(Reconciliation r) {
    return markdown(r, ReportOptions.defaults());
  }

  /**
   * Renders the markdown report.
   *
   * @param r       the reconciliation
   * @param options document titles and where the rules are linked
   * @return the report, ending with a newline
   */
  public static String markdown(Reconciliation r, ReportOptions options) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(options, "options");
    return new MarkdownReport(new ReportContext(r, options)).render();
  }
}
