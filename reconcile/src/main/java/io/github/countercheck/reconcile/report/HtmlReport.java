package io.github.countercheck.reconcile.report;

import io.github.countercheck.reconcile.Reconciliation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a {@link Reconciliation} as one self-contained HTML page, for people to look at: no
 * scripts, no external fonts, styles or images, no network requests.
 *
 * <p>The page opens with a table of the groups at a glance (status, estimate, and each update and
 * conflict once). When the documents were told apart into {@linkplain Reconciliation#stories()
 * stories}, the groups come story by story (title, time span, documents and outlets), and within a
 * story the incident's groups first, then cumulative, then background figures. Then, for each
 * group:
 *
 * <ul>
 *   <li>the estimate and the voices behind it (with their colours);
 *   <li>the figures as a chain in time, each with who said it and when ({@code 8 (AFP, 5 Jan 2022
 *       14:00) → 12 (state TV, 6 Jan)}), and each conflict and update once, however many pairs of
 *       claims repeat it, with links to the quotes;
 *   <li>a timeline drawn as inline SVG: the report date on the horizontal axis (undated reports in
 *       a column of their own at the right), the figure on the vertical (logarithmic when the
 *       figures span more than a factor of 10). An exact figure is a dot; an approximate, bounded,
 *       ranged or vague figure an interval bar (with a dot at the stated number, if any); an
 *       open-ended figure ("more than 1000") a bar ending in an arrow. Marks are coloured by
 *       voice; a grey dashed arrow joins the two figures of an {@code UPDATE}, a red dashed line
 *       those of a {@code CONFLICT}. Each mark links to its quote;
 *   <li>every verdict between pairs of figures, folded in a {@code details} element;
 *   <li>the figures with their voice, outlet, publication time, and the quote in its original
 *       language ({@code lang} and {@code dir} set, so Arabic lays out right to left);
 *   <li>the group's notes.
 * </ul>
 *
 * <p>Each rule a verdict or note cites ("rule 5 AGREE") links to a legend at the foot of the page,
 * with the rule's name as a tooltip; the texts come from the one place they are kept (see {@code
 * docs/reconciliation.md}). A document without a publisher is named by its title when the options
 * give one ({@link ReportOptions#documentTitles(Map)}). The page uses only the public API of
 * {@link Reconciliation}, so a caller can write its own.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.html"), HtmlReport.render(reconciliation));
 * }</pre>
 */
public final class HtmlReport {

  private HtmlReport() {}

  /**
   * Renders the page with the default options.
   *
   * @param r the reconciliation
   * @return the HTML document, UTF-8 text ending with a newline
   */
  public static String render(Reconciliation r) {
    return render(r, ReportOptions.defaults());
  }

  /**
   * Renders the page.
   *
   * @param r       the reconciliation
   * @param options document titles (a document without a publisher is named by its title)
   * @return the HTML document, UTF-8 text ending with a newline
   */
  public static String render(Reconciliation r, ReportOptions options) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(options, "options");
    return new HtmlPage(new ReportContext(r, options)).render();
  }

  /**
   * Writes the page with the default options.
   *
   * @param r   the reconciliation
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Reconciliation r, Writer out) {
    write(r, ReportOptions.defaults(), out);
  }

  /**
   * Writes the page.
   *
   * @param r       the reconciliation
   * @param options document titles
   * @param out     where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Reconciliation r, ReportOptions options, Writer out) {
    Objects.requireNonNull(out, "out");
    String html = render(r, options);
    try {
      out.write(html);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the HTML report: " + e.getMessage(), e);
    }
  }
}
