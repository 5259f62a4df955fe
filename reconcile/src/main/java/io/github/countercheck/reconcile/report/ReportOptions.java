package io.github.countercheck.reconcile.report;

import java.util.Map;
import java.util.Objects;

/**
 * How {@link ReconciliationReport} and {@link HtmlReport} render: what they know of the documents
 * besides their metadata, where the rules are explained, and whether to colour. Immutable; each
 * {@code with}-style method returns a new options object.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.defaults()
 *     .documentTitles(Map.of("004.txt", "Kazakhstan's president asks the CSTO for help"));
 * String md = ReconciliationReport.markdown(reconciliation, options);
 * }</pre>
 */
public final class ReportOptions {

  /** Where the markdown report links the rules it cites, unless told otherwise. */
  public static final String RULES_DOCUMENT = "docs/reconciliation.md";

  private static final ReportOptions DEFAULTS = new ReportOptions(Map.of(), RULES_DOCUMENT, false);

  private final Map<String, String> documentTitles;
  private final String rulesDocument;
  private final boolean colour;

  private ReportOptions(Map<String, String> documentTitles, String rulesDocument, boolean colour) {
    this.documentTitles = documentTitles;
    this.rulesDocument = rulesDocument;
    this.colour = colour;
  }

  /** @return no document titles, rules linked to {@value #RULES_DOCUMENT}, no colour */
  public static ReportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Titles for documents, by document id: a document without a publisher is named by its title
   * (in quotes) instead of its id. Blank titles are ignored; a report shows at most the first 60
   * characters of a title, on one line.
   *
   * @param titles a title for each document id, where known (copied)
   * @return options with these titles, in place of any given before
   * @throws NullPointerException if the map, a key or a value is null
   */
  public ReportOptions documentTitles(Map<String, String> titles) {
    Objects.requireNonNull(titles, "titles");
    return new ReportOptions(Map.copyOf(titles), rulesDocument, colour);
  }

  /**
   * @param path where the markdown report links the rules it cites ({@code path#rule-5}): a path
   *     relative to where the report is read, or a URL
   * @return options with this link
   * @throws IllegalArgumentException if blank or holding whitespace, parentheses or angle brackets
   */
  public ReportOptions rulesDocument(String path) {
    Objects.requireNonNull(path, "path");
    for (int i = 0; i < path.length(); i++) {
      char ch = path.charAt(i);
      if (Character.isWhitespace(ch) || Character.isISOControl(ch) || "()<>".indexOf(ch) >= 0) {
        throw new IllegalArgumentException("rules document '" + path + "' must be a path or URL"
            + " without spaces, parentheses or angle brackets");
      }
    }
    if (path.isEmpty()) {
      throw new IllegalArgumentException("rules document is empty");
    }
    return new ReportOptions(documentTitles, path, colour);
  }

  /**
   * @param on whether the plain-text table colours headings, statuses and conflicts with ANSI
   *     escapes (the other formats ignore it)
   * @return options with colour on or off
   */
  public ReportOptions colour(boolean on) {
    return new ReportOptions(documentTitles, rulesDocument, on);
  }

  /** @return the document titles, by document id (unmodifiable) */
  public Map<String, String> documentTitles() {
    return documentTitles;
  }

  /** @return where the markdown report links the rules it cites */
  public String rulesDocument() {
    return rulesDocument;
  }

  /** @return whether the table is coloured */
  public boolean colour() {
    return colour;
  }
}
