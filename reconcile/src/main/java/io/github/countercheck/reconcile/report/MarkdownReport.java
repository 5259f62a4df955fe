package io.github.countercheck.reconcile.report;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Rules;
import io.github.countercheck.reconcile.Verdict;
import java.util.List;

/**
 * The markdown report of {@link ReconciliationReport#markdown}: every field escaped so that no
 * markup can be made of it, each rule a verdict cites linked to its section of the rules.
 */
final class MarkdownReport {

  private final ReportContext cx;
  private final Reconciliation r;
  private final StringBuilder sb = new StringBuilder(1 << 12);

  MarkdownReport(ReportContext cx) {
    this.cx = cx;
    this.r = cx.reconciliation();
  }

  String render() {
    sb.append("# Reconciliation\n\n").append(ReportText.summary(r)).append('\n');
    sb.append("\nVerdicts cite rules by number: [the rules](")
        .append(cx.options().rulesDocument()).append(").\n");
    if (!cx.hasStories()) {
      for (ClaimGroup g : r.groups()) {
        group(g, "## ");
      }
      return sb.toString();
    }
    for (ReportContext.StoryBlock story : cx.storyBlocks()) {
      if (story.story() == null) {
        sb.append("\n## Outside any story\n");
      } else {
        sb.append("\n## Story: ").append(text(ReportText.storyTitle(story.story())))
            .append("\n\n").append(text(cx.storyLine(story.story()))).append('\n');
      }
      for (ReportContext.ScopeBlock scope : story.scopes()) {
        sb.append("\n### ").append(ReportText.scopeHeading(scope.scope())).append('\n');
        for (int gi : scope.groups()) {
          group(r.groups().get(gi), "#### ");
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

  private void group(ClaimGroup g, String level) {
    sb.append('\n').append(level).append(text(ReportText.heading(g))).append(" — ").append(g.status())
        .append("\n\n");
    sb.append("**Chain:** ");
    List<FigureChain.Link> links = FigureChain.of(cx, g);
    for (int i = 0; i < links.size(); i++) {
      sb.append(i == 0 ? "" : " → ").append(text(links.get(i).text()));
    }
    sb.append("\n\n");
    named(g, Verdict.CONFLICT, "**Conflicts**", " vs ");
    named(g, Verdict.UPDATE, "**Updates**", " → ");
    NamedRelations.Tally tally = NamedRelations.tally(g);
    if (!tally.counts().isEmpty()) {
      sb.append("Other verdicts: ").append(tally.text());
      if (!tally.rules().isEmpty()) {
        sb.append(" (");
        int k = 0;
        for (int rule : tally.rules()) {
          sb.append(k++ == 0 ? "" : ", ").append(ruleLink("rule " + rule, rule));
        }
        sb.append(')');
      }
      sb.append("\n\n");
    }
    sb.append("**Estimate:** ").append(text(ReportText.estimate(g) + cx.voicesBehind(g))).append("\n\n");
    sb.append("| # | figure | subject | voice | outlet | date | quote |\n");
    sb.append("|---|---|---|---|---|---|---|\n");
    for (int i = 0; i < g.claims().size(); i++) {
      Claim c = g.claims().get(i);
      int vi = cx.voiceIndex(g, i);
      String voice = vi >= 0 ? cx.name(g.voices().get(vi).name())
          : c.attribution() != null ? c.attribution() : cx.outlet(c);
      sb.append("| ").append(i).append(" | ")
          .append(ReportText.oneLine(ReportText.describe(c.quantity())))
          .append(" | ").append(c.subject()).append(" | ").append(cell(voice))
          .append(" | ").append(cell(cx.outlet(c))).append(" | ")
          .append(cell(ReportText.when(cx.time(c), true)))
          .append(" | «").append(cell(c.text())).append("» (").append(cell(c.document()))
          .append(' ').append(c.span()).append(") |\n");
    }
    for (String n : g.notes()) {
      int rule = Rules.cited(n);
      int colon = n.indexOf(':');
      sb.append("\n> ");
      if (rule > 0 && colon > 0) {
        sb.append(ruleLink(n.substring(0, colon), rule)).append(text(n.substring(colon)));
      } else {
        sb.append(text(n));
      }
      sb.append('\n');
    }
  }

  private void named(ClaimGroup g, Verdict verdict, String title, String sep) {
    List<NamedRelations.Named> named = NamedRelations.of(cx, g, verdict);
    if (named.isEmpty()) {
      return;
    }
    sb.append(title).append("\n\n");
    for (NamedRelations.Named n : named) {
      sb.append("- **").append(n.verdict()).append("** ")
          .append(text(cx.linkText(g, n.first()))).append(sep)
          .append(text(cx.linkText(g, n.second())));
      if (!n.why().isEmpty()) {
        sb.append(": ").append(text(n.why()));
      }
      sb.append(" (");
      sb.append(n.rule() > 0 ? ruleLink(n.citation(), n.rule()) : n.verdict().name());
      if (n.pairs() > 1) {
        sb.append("; ").append(n.pairs()).append(" pairs of claims");
      }
      sb.append(")\n");
    }
    sb.append('\n');
  }

  private String ruleLink(String words, int rule) {
    return "[" + text(words) + "](" + cx.options().rulesDocument() + "#rule-" + rule + ")";
  }

  /**
   * Input text on one line, with the characters markdown would read as markup escaped: HTML's
   * {@code < > &} as entities; {@code \ ` * _ ~ [ ] #} with a backslash (no emphasis, code, link,
   * image or heading can be made of a field).
   */
  private static String text(String s) {
    String line = ReportText.oneLine(s);
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\\', '`', '*', '_', '~', '[', ']', '#' -> b.append('\\').append(ch);
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  private static String cell(String s) {
    return text(s).replace("|", "\\|");
  }
}
