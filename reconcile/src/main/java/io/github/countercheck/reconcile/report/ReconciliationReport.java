package io.github.countercheck.reconcile.report;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Estimate;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Rules;
import io.github.countercheck.reconcile.Status;
import io.github.countercheck.reconcile.Story;
import io.github.countercheck.reconcile.Verdict;
import java.util.List;
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

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";

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
    return new Table(new ReportContext(r, options)).render();
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
    return new Markdown(new ReportContext(r, options)).render();
  }

  /** The plain-text report. */
  private static final class Table {
    private final ReportContext cx;
    private final Reconciliation r;
    private final boolean colour;
    private final StringBuilder sb = new StringBuilder(1 << 12);

    Table(ReportContext cx) {
      this.cx = cx;
      this.r = cx.reconciliation();
      this.colour = cx.options().colour();
    }

    String render() {
      sb.append(style(BOLD, summary(r))).append('\n');
      wrap(sb, "Verdicts cite rules by number (\"rule 5 AGREE\"): see "
          + cx.options().rulesDocument() + ", section \"Rule 5\".", "  ");
      if (!cx.hasStories()) {
        for (ClaimGroup g : r.groups()) {
          group(g);
        }
        return sb.toString();
      }
      for (ReportContext.StoryBlock story : cx.storyBlocks()) {
        sb.append('\n').append("#".repeat(WIDTH)).append('\n');
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
      sb.append('\n').append("=".repeat(WIDTH)).append('\n');
      sb.append(style(BOLD, ReportText.oneLine(heading(g)))).append("  ")
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
      wrap(sb, "Estimate: " + estimate(g) + voicesBehind(cx, g), "  ");
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
            .append(linkText(cx, g, n.first())).append(sep).append(linkText(cx, g, n.second()));
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
  }

  /** The markdown report. */
  private static final class Markdown {
    private final ReportContext cx;
    private final Reconciliation r;
    private final StringBuilder sb = new StringBuilder(1 << 12);

    Markdown(ReportContext cx) {
      this.cx = cx;
      this.r = cx.reconciliation();
    }

    String render() {
      sb.append("# Reconciliation\n\n").append(summary(r)).append('\n');
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
      sb.append('\n').append(level).append(text(heading(g))).append(" — ").append(g.status())
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
      sb.append("**Estimate:** ").append(text(estimate(g) + voicesBehind(cx, g))).append("\n\n");
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
            .append(text(linkText(cx, g, n.first()))).append(sep)
            .append(text(linkText(cx, g, n.second())));
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

  /** A figure of a named conflict or update: {@code 12 (AFP, 6 Jan 2022)}. */
  private static String linkText(ReportContext cx, ClaimGroup g, int ci) {
    Claim c = g.claims().get(ci);
    return ReportText.figure(g, c) + " (" + cx.briefVoiceOf(g, ci) + ", "
        + ReportText.when(cx.time(c), true) + ")";
  }

  /** ", from 3 voices: A; B (via C); D" */
  private static String voicesBehind(ReportContext cx, ClaimGroup g) {
    StringBuilder s = new StringBuilder("; from ").append(g.voices().size())
        .append(g.voices().size() == 1 ? " voice: " : " voices: ");
    for (int i = 0; i < g.voices().size(); i++) {
      s.append(i == 0 ? "" : "; ").append(cx.voice(g.voices().get(i)));
    }
    return s.toString();
  }

  private static String summary(Reconciliation r) {
    return ReportText.summary(r);
  }


  private static String heading(ClaimGroup g) {
    return g.event() + " · " + g.subject() + " · " + (g.location() == null ? "place not stated" : g.location())
        + (g.modality() == Modality.ASSERTED ? "" : " · " + g.modality())
        + (g.scope() == io.github.countercheck.claims.Scope.INCIDENT ? ""
            : " · " + g.scope().name().toLowerCase(java.util.Locale.ROOT) + " figures");
  }

  private static String estimate(ClaimGroup g) {
    Estimate e = g.estimate();
    if (e == null) {
      return "none (the figures count different things)";
    }
    return "low " + e.low() + ", best " + (e.best() == null ? "— (no specific figure)" : e.best())
        + ", high " + (e.high() == null ? "unbounded" : e.high());
  }

  private static String statusColour(Status s) {
    return switch (s) {
      case DISPUTED -> RED;
      case CONSISTENT -> GREEN;
      case SINGLE_SOURCE -> YELLOW;
    };
  }

  /**
   * Appends {@code line}, broken at spaces to fit {@link #WIDTH}, continuing with {@code indent}.
   * Linear in the line's length: it walks the line by index, copying each char once (a 4 MB
   * publisher name is wrapped in one pass).
   */
  static void wrap(StringBuilder sb, String line, String indent) {
    String text = ReportText.oneLine(line);
    int from = 0;
    int n = text.length();
    boolean first = true;
    while (true) {
      String prefix = first ? "" : indent;
      int room = WIDTH - prefix.length();
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
