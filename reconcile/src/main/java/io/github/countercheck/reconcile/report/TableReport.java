package io.github.countercheck.reconcile.report;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Status;
import io.github.countercheck.reconcile.Verdict;
import java.util.List;

/**
 * The plain-text report of {@link ReconciliationReport#table}: wrapped at {@link
 * ReconciliationReport#WIDTH} columns, coloured with ANSI codes when the options ask.
 */
final class TableReport {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";

  private final ReportContext cx;
  private final Reconciliation r;
  private final boolean colour;
  private final StringBuilder sb = new StringBuilder(1 << 12);

  TableReport(ReportContext cx) {
    this.cx = cx;
    this.r = cx.reconciliation();
    this.colour = cx.options().colour();
  }

  String render() {
    sb.append(style(BOLD, ReportText.summary(r))).append('\n');
    wrap(sb, "Verdicts cite rules by number (\"rule 5 AGREE\"): see "
        + cx.options().rulesDocument() + ", section \"Rule 5\".", "  ");
    if (!cx.hasStories()) {
      for (ClaimGroup g : r.groups()) {
        group(g);
      }
      return sb.toString();
    }
    for (ReportContext.StoryBlock story : cx.storyBlocks()) {
      sb.append('\n').append("#".repeat(ReconciliationReport.WIDTH)).append('\n');
      if (story.story() == null) {
        sb.append(style(BOLD, "OUTSIDE ANY STORY")).append('\n');
      } else {
        StringBuilder title = new StringBuilder();
        wrap(title, "STORY: " + ReportText.storyTitle(story.story()), "  ");
        sb.append(style(BOLD, title.toString().stripTrailing())).append('\n');
        wrap(sb, cx.storyLine(story.story()), "  ");
      }
      for (ReportContext.ScopeBlock scope : story.scopes()) {
        if (scope.scope() != io.github.countercheck.claims.Scope.INCIDENT) {
          sb.append('\n').append("-- ").append(ReportText.scopeHeading(scope.scope()))
              .append(" --\n");
        }
        for (int gi : scope.groups()) {
          group(r.groups().get(gi));
        }
      }
    }
    int quiet = cx.storiesWithoutGroups();
    if (quiet > 0) {
      sb.append('\n').append(quiet).append(quiet == 1 ? " story gives" : " stories give")
          .append(" no figures.\n");
    }
    return sb.toString();
  }

  private void group(ClaimGroup g) {
    sb.append('\n').append("=".repeat(ReconciliationReport.WIDTH)).append('\n');
    sb.append(style(BOLD, ReportText.oneLine(ReportText.heading(g)))).append("  ")
        .append(style(statusColour(g.status()), g.status().name())).append('\n');
    StringBuilder chain = new StringBuilder("Chain: ");
    List<FigureChain.Link> links = FigureChain.of(cx, g);
    for (int i = 0; i < links.size(); i++) {
      chain.append(i == 0 ? "" : " → ").append(links.get(i).text());
    }
    wrap(sb, chain.toString(), "  ");
    named(g, Verdict.CONFLICT, "Conflicts:", " vs ");
    named(g, Verdict.UPDATE, "Updates:", " → ");
    NamedRelations.Tally tally = NamedRelations.tally(g);
    if (!tally.counts().isEmpty()) {
      wrap(sb, "Other verdicts: " + tally.text() + " (" + rules(tally) + ")", "  ");
    }
    wrap(sb, "Estimate: " + ReportText.estimate(g) + cx.voicesBehind(g), "  ");
    sb.append("Figures:\n");
    for (int i = 0; i < g.claims().size(); i++) {
      Claim c = g.claims().get(i);
      wrap(sb, "  [" + i + "] " + ReportText.describe(c.quantity()) + " " + c.subject() + " — "
          + cx.voiceOf(g, i) + ", " + ReportText.when(cx.time(c), true), "      ");
      wrap(sb, "      «" + c.text() + "» " + c.document() + " " + c.span(), "      ");
    }
    for (String n : g.notes()) {
      wrap(sb, "Note: " + n, "  ");
    }
  }

  private void named(ClaimGroup g, Verdict verdict, String title, String sep) {
    List<NamedRelations.Named> named = NamedRelations.of(cx, g, verdict);
    if (named.isEmpty()) {
      return;
    }
    sb.append(verdict == Verdict.CONFLICT ? style(RED, title) : title).append('\n');
    for (NamedRelations.Named n : named) {
      StringBuilder line = new StringBuilder("  - ")
          .append(cx.linkText(g, n.first())).append(sep).append(cx.linkText(g, n.second()));
      if (!n.why().isEmpty()) {
        line.append(": ").append(n.why());
      }
      line.append(" (").append(n.citation().isEmpty() ? n.verdict().name() : n.citation());
      if (n.pairs() > 1) {
        line.append("; ").append(n.pairs()).append(" pairs of claims");
      }
      wrap(sb, line.append(')').toString(), "      ");
    }
  }

  private static String rules(NamedRelations.Tally tally) {
    if (tally.rules().isEmpty()) {
      return "see the JSON output for each pair";
    }
    StringBuilder s = new StringBuilder(tally.rules().size() == 1 ? "rule " : "rules ");
    int k = 0;
    for (int rule : tally.rules()) {
      s.append(k++ == 0 ? "" : ", ").append(rule);
    }
    return s.toString();
  }

  private String style(String code, String text) {
    return colour ? code + text + RESET : text;
  }

  private static String statusColour(Status s) {
    return switch (s) {
      case DISPUTED -> RED;
      case CONSISTENT -> GREEN;
      case SINGLE_SOURCE -> YELLOW;
    };
  }

  /**
   * Appends {@code line}, broken at spaces to fit {@link ReconciliationReport#WIDTH}, continuing
   * with {@code indent}. Linear in the line's length: it walks the line by index, copying each
   * char once (a 4 MB publisher name is wrapped in one pass).
   */
  static void wrap(StringBuilder sb, String line, String indent) {
    String text = ReportText.oneLine(line);
    int from = 0;
    int n = text.length();
    boolean first = true;
    while (true) {
      String prefix = first ? "" : indent;
      int room = ReconciliationReport.WIDTH - prefix.length();
      if (n - from <= room) {
        sb.append(prefix).append(text, from, n).append('\n');
        return;
      }
      int cut = text.lastIndexOf(' ', from + room);
      if (cut <= from) {
        cut = text.indexOf(' ', from + room);
        if (cut < 0) {
          sb.append(prefix).append(text, from, n).append('\n');
          return;
        }
      }
      sb.append(prefix).append(text, from, cut).append('\n');
      from = cut + 1;
      first = false;
    }
  }
}
