package io.github.countercheck.reconcile.report;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Estimate;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Relation;
import io.github.countercheck.reconcile.Rules;
import io.github.countercheck.reconcile.Status;
import io.github.countercheck.reconcile.Story;
import io.github.countercheck.reconcile.Verdict;
import io.github.countercheck.reconcile.Voice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

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

  /** Colour-blind-safe colours (Okabe and Ito) for voices, in order; grey for the rest. */
  private static final String[] PALETTE = {
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"
  };
  private static final String OTHER_COLOUR = "#999999";
  private static final String CONFLICT_COLOUR = "#C00000";

  private static final int SVG_WIDTH = 960;
  private static final int SVG_HEIGHT = 280;
  private static final int LEFT = 64;
  private static final int RIGHT = 24;
  private static final int TOP = 18;
  private static final int BOTTOM = 36;
  private static final int UNDATED_WIDTH = 90;
  /** Figures spanning more than this factor are drawn on a logarithmic scale. */
  private static final double LOG_RATIO = 10;

  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","DejaVu Sans",sans-serif;
      margin:2em auto;max-width:1100px;padding:0 1em;color:#222;line-height:1.45}
      h1{font-size:1.6em;margin-bottom:.2em}
      h2{font-size:1.25em;margin:0 0 .4em}
      section.group{border-top:3px solid #ddd;padding-top:1em;margin-top:2em}
      .status{white-space:nowrap;font-size:.8em;padding:.15em .5em;border-radius:.3em;color:#fff;margin-left:.5em;
      vertical-align:middle}
      .DISPUTED{background:#C00000}.CONSISTENT{background:#2e7d32}.SINGLE_SOURCE{background:#757575}
      .verdict{font-weight:600;font-size:.85em;padding:0 .35em;border-radius:.25em;border:1px solid}
      .v-CONFLICT{color:#C00000;border-color:#C00000}.v-UPDATE{color:#1a5fa8;border-color:#1a5fa8}
      .v-AGREE,.v-SUBSET,.v-VAGUER{color:#555;border-color:#bbb}
      .story{font-size:1.05em;margin:.3em 0 .6em;padding:0;list-style:none}
      .story li{margin:.15em 0}
      table{border-collapse:collapse;width:100%;margin:.5em 0}
      th,td{border-bottom:1px solid #e5e5e5;padding:.3em .5em;text-align:start;vertical-align:top}
      th{font-size:.85em;color:#555;font-weight:600}
      tr:target{background:#fff3c4}
      blockquote{margin:0;font-size:1.1em}
      .where{color:#777;font-size:.8em}
      .swatch{display:inline-block;width:.9em;height:.9em;border-radius:50%;margin-right:.3em;
      vertical-align:-.1em}
      .voices{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.5em;font-size:.9em}
      .note{color:#555;font-size:.9em}
      svg{display:block;max-width:100%;height:auto;background:#fcfcfc;border:1px solid #eee}
      svg text{font-family:inherit;font-size:12px;fill:#444}
      details summary{cursor:pointer;color:#555}
      section.storyblock{border-top:6px solid #bbb;margin-top:2.5em;padding-top:.3em}
      section.storyblock>h2{font-size:1.4em;margin:.3em 0 .1em}
      h3.group-heading{font-size:1.15em;margin:0 0 .4em}
      .scope{font-weight:600;color:#555;margin:1.5em 0 .3em}
      tr.story-row th{background:#f3f3f3;color:#222;font-size:.95em}
      .chain{margin:.4em 0}
      a.rule{color:inherit;text-decoration:underline dotted}
      dl dt{font-weight:600;margin-top:.6em}
      a{color:#1a5fa8}
      """;

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
    return new Page(new ReportContext(r, options)).render();
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

  /** One rendering: what the formats share, the rules cited, and the output. */
  private static final class Page {
    private final ReportContext cx;
    private final Reconciliation r;
    private final StringBuilder sb = new StringBuilder(1 << 14);
    /** The rules the page cites, for its legend. */
    private final java.util.Set<Integer> cited = new TreeSet<>();

    Page(ReportContext cx) {
      this.cx = cx;
      this.r = cx.reconciliation();
    }

    String render() {
      int disputed = 0;
      for (ClaimGroup g : r.groups()) {
        disputed += g.status() == Status.DISPUTED ? 1 : 0;
      }
      sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<title>Countercheck: ").append(r.groups().size()).append(" groups of claims")
          .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
      sb.append("<h1>What the sources say, and where they differ</h1>\n<p>")
          .append(r.claimCount()).append(" claims from ").append(r.documents().size())
          .append(" documents");
      if (cx.hasStories()) {
        sb.append(" in ").append(r.stories().size())
            .append(r.stories().size() == 1 ? " story" : " stories");
      }
      sb.append(" in ").append(r.groups().size()).append(" groups, ")
          .append(disputed).append(" disputed.</p>\n")
          .append("<p class=\"where\">In the timelines: a dot is an exact figure, a bar a range or a"
              + " vague amount, a bar ending in an arrow an open-ended one (\u201cmore than\u201d);"
              + " colours are voices; a grey dashed arrow is an update, a red dotted line a"
              + " conflict. Each figure links to its quote.</p>\n");
      if (!cx.hasStories()) {
        List<Integer> order = displayOrder(allGroups());
        glance(List.of(new Row(null, order)));
        for (int gi : order) {
          group(gi, r.groups().get(gi), 2);
        }
      } else {
        List<Row> rows = new ArrayList<>();
        for (ReportContext.StoryBlock story : cx.storyBlocks()) {
          for (ReportContext.ScopeBlock scope : story.scopes()) {
            rows.add(new Row(story, displayOrder(scope.groups())));
          }
        }
        glance(rows);
        int si = 0;
        for (ReportContext.StoryBlock story : cx.storyBlocks()) {
          sb.append("<section class=\"storyblock\" id=\"s").append(si++).append("\">\n<h2>");
          if (story.story() == null) {
            sb.append("Outside any story</h2>\n");
          } else {
            sb.append("Story: <bdi>").append(esc(ReportContext.storyTitle(story.story())))
                .append("</bdi></h2>\n<p class=\"where\">")
                .append(esc(cx.storyLine(story.story()))).append("</p>\n");
          }
          for (ReportContext.ScopeBlock scope : story.scopes()) {
            if (scope.scope() != Scope.INCIDENT) {
              sb.append("<p class=\"scope\">").append(esc(ReportContext.scopeHeading(scope.scope())))
                  .append("</p>\n");
            }
            for (int gi : displayOrder(scope.groups())) {
              group(gi, r.groups().get(gi), 3);
            }
          }
          sb.append("</section>\n");
        }
        int quiet = cx.storiesWithoutGroups();
        if (quiet > 0) {
          sb.append("<p class=\"where\">").append(quiet)
              .append(quiet == 1 ? " story gives" : " stories give").append(" no figures.</p>\n");
        }
      }
      legend();
      sb.append("<p class=\"where\">Made by countercheck. Each figure in a timeline links to its"
          + " quote; the verdicts name the rule that fired.</p>\n</body>\n</html>\n");
      return sb.toString();
    }

    /** A part of the glance table: a story's groups of one scope, or all groups. */
    private record Row(ReportContext.StoryBlock story, List<Integer> groups) {}

    private List<Integer> allGroups() {
      List<Integer> all = new ArrayList<>();
      for (int gi = 0; gi < r.groups().size(); gi++) {
        all.add(gi);
      }
      return all;
    }

    /**
     * The groups in the order people want them: disputed first, then those with updates, then
     * the other groups of several voices, then single sources; the library's order within each.
     * Anchors keep the library's indices ({@code #g3} is {@code groups[3]}).
     */
    private List<Integer> displayOrder(List<Integer> groups) {
      List<Integer> order = new ArrayList<>(groups);
      order.sort(java.util.Comparator.comparingInt(gi -> rank(r.groups().get(gi))));
      return order;
    }

    private static int rank(ClaimGroup g) {
      if (g.status() == Status.DISPUTED) {
        return 0;
      }
      for (Relation rel : g.relations()) {
        if (rel.verdict() == Verdict.UPDATE) {
          return 1;
        }
      }
      return g.status() == Status.CONSISTENT ? 2 : 3;
    }

    private void glance(List<Row> rows) {
      sb.append("<h2>At a glance</h2>\n<table class=\"glance\">\n<tr><th>group</th><th>status</th>"
          + "<th>estimate</th><th>what changed, what conflicts</th></tr>\n");
      ReportContext.StoryBlock shown = null;
      for (Row row : rows) {
        if (row.story() != null && row.story() != shown) {
          shown = row.story();
          sb.append("<tr class=\"story-row\"><th colspan=\"4\">");
          if (shown.story() == null) {
            sb.append("Outside any story");
          } else {
            sb.append("Story: <bdi>").append(esc(ReportContext.storyTitle(shown.story())))
                .append("</bdi> <span class=\"where\">").append(esc(cx.storyLine(shown.story())))
                .append("</span>");
          }
          sb.append("</th></tr>\n");
        }
        for (int gi : row.groups()) {
          ClaimGroup g = r.groups().get(gi);
          sb.append("<tr><td><a href=\"#g").append(gi).append("\">").append(headingHtml(g))
              .append("</a>");
          sb.append("</td><td>").append(status(g.status())).append("</td><td>")
              .append(esc(estimate(g))).append("</td><td>");
          List<String> story = keyLines(gi, g);
          sb.append(story.isEmpty() ? "—" : String.join("<br>", story)).append("</td></tr>\n");
        }
      }
      sb.append("</table>\n");
    }

    /** One line for each update and each conflict of the group, each pair of figures once. */
    private List<String> keyLines(int gi, ClaimGroup g) {
      List<String> lines = new ArrayList<>();
      for (Verdict v : new Verdict[] {Verdict.CONFLICT, Verdict.UPDATE}) {
        for (ReportContext.Named n : cx.named(g, v)) {
          String sep = v == Verdict.UPDATE ? " → " : " vs ";
          StringBuilder line = new StringBuilder(verdict(v)).append(' ')
              .append(figureLink(gi, g, n.first())).append(sep)
              .append(figureLink(gi, g, n.second()));
          if (!n.why().isEmpty()) {
            line.append(": ").append(esc(n.why()));
          }
          if (n.rule() > 0) {
            line.append(" (").append(ruleLink(n.citation(), n.rule())).append(')');
          }
          if (n.pairs() > 1) {
            line.append(" <span class=\"where\">(").append(n.pairs())
                .append(" pairs of claims)</span>");
          }
          lines.add(line.toString());
        }
      }
      return lines;
    }

    private String figureLink(int gi, ClaimGroup g, int ci) {
      Claim c = g.claims().get(ci);
      return "<a href=\"#g" + gi + "-c" + ci + "\">" + esc(ReportContext.figure(g, c))
          + "</a> <span class=\"where\">(<bdi>" + esc(cx.briefVoiceOf(g, ci)) + "</bdi>, "
          + esc(ReportContext.when(cx.time(c), true)) + ")</span>";
    }

    /** A citation such as "rule 5 CONFLICT", linked to the legend, its name as a tooltip. */
    private String ruleLink(String words, int rule) {
      Rules.Rule text = Rules.all().get(rule);
      if (text == null) {
        return esc(words);
      }
      cited.add(rule);
      return "<a class=\"rule\" href=\"#rule-" + rule + "\" title=\"Rule " + rule + ": "
          + esc(text.name()) + " (the rule's text is in the legend at the foot of the page)\">"
          + esc(words) + "</a>";
    }

    /** The reason or note with the rule it cites linked to the legend. */
    private String cite(String reasonOrNote) {
      int rule = Rules.cited(reasonOrNote);
      int colon = reasonOrNote.indexOf(':');
      if (rule <= 0 || colon < 0) {
        return esc(reasonOrNote);
      }
      return ruleLink(reasonOrNote.substring(0, colon), rule)
          + esc(reasonOrNote.substring(colon));
    }

    private void group(int gi, ClaimGroup g, int level) {
      String h = "h" + level;
      String sub = "h" + (level + 1);
      sb.append("<section class=\"group\" id=\"g").append(gi).append("\">\n<").append(h)
          .append(" class=\"group-heading\">").append(headingHtml(g)).append(status(g.status()))
          .append("</").append(h).append(">\n");
      sb.append("<p><strong>Estimate:</strong> ").append(esc(estimate(g))).append(", from ")
          .append(g.voices().size()).append(g.voices().size() == 1 ? " voice" : " voices")
          .append(":</p>\n");
      sb.append("<ul class=\"voices\">\n");
      for (int vi = 0; vi < g.voices().size(); vi++) {
        Voice v = g.voices().get(vi);
        String name = cx.name(v.name());
        sb.append("<li><span class=\"swatch\" style=\"background:").append(colour(vi))
            .append("\"></span><bdi>").append(esc(name)).append("</bdi>");
        List<String> outlets = new ArrayList<>();
        for (String o : v.outlets()) {
          String shown = cx.name(o);
          if (!ReportContext.key(shown).equals(ReportContext.key(name))) {
            outlets.add(shown);
          }
        }
        if (!outlets.isEmpty()) {
          sb.append(" <span class=\"where\">via <bdi>").append(esc(String.join(", ", outlets)))
              .append("</bdi></span>");
        }
        sb.append("</li>\n");
      }
      sb.append("</ul>\n");
      sb.append("<p class=\"chain\"><strong>Chain:</strong> ");
      List<ReportContext.Link> links = cx.chain(g);
      for (int i = 0; i < links.size(); i++) {
        ReportContext.Link link = links.get(i);
        sb.append(i == 0 ? "" : " → ");
        if (link.elided() > 0) {
          sb.append(esc(link.text()));
          continue;
        }
        int ci = link.claims().get(0);
        sb.append("<a href=\"#g").append(gi).append("-c").append(ci).append("\">")
            .append(esc(link.figure())).append("</a> <span class=\"where\">(<bdi>")
            .append(esc(String.join("; ", link.voices()))).append("</bdi>, ")
            .append(esc(link.when())).append(")</span>");
      }
      sb.append("</p>\n");
      List<String> key = keyLines(gi, g);
      if (!key.isEmpty()) {
        sb.append("<ul class=\"story\">\n");
        for (String s : key) {
          sb.append("<li>").append(s).append("</li>\n");
        }
        sb.append("</ul>\n");
      }
      new Timeline(gi, g).draw();
      if (!g.relations().isEmpty()) {
        Map<Verdict, Integer> counts = new TreeMap<>();
        for (Relation rel : g.relations()) {
          counts.merge(rel.verdict(), 1, Integer::sum);
        }
        StringBuilder summary = new StringBuilder();
        counts.forEach((v, n) -> summary.append(summary.length() == 0 ? "" : ", ")
            .append(n).append(' ').append(v.name()));
        int all = g.relations().size();
        sb.append("<details><summary>").append(all == 1 ? "The verdict" : "All " + all + " verdicts")
            .append(" between pairs of figures (").append(summary).append(")</summary>\n");
        verdicts(gi, g.relations());
        sb.append("</details>\n");
      }
      sb.append("<").append(sub).append(">Figures and quotes</").append(sub)
          .append(">\n<table class=\"figures\">\n<tr><th>#</th>"
          + "<th>figure</th><th>counts</th><th>voice</th><th>published</th><th>quote</th></tr>\n");
      for (int ci = 0; ci < g.claims().size(); ci++) {
        Claim c = g.claims().get(ci);
        String lang = c.language() == Language.EN ? "en" : "ar";
        String dir = c.language() == Language.EN ? "ltr" : "rtl";
        int vi = cx.voiceIndex(g, ci);
        String voice = vi >= 0 ? cx.name(g.voices().get(vi).name())
            : c.attribution() != null ? c.attribution() : cx.outlet(c);
        sb.append("<tr id=\"g").append(gi).append("-c").append(ci).append("\"><td>")
            .append(ci).append("</td><td><span class=\"swatch\" style=\"background:")
            .append(colour(vi)).append("\"></span>")
            .append(esc(figure(c.quantity()))).append("</td><td>").append(c.subject())
            .append("</td><td><bdi>").append(esc(voice)).append("</bdi>");
        String outlet = cx.outlet(c);
        if (!ReportContext.key(outlet).equals(ReportContext.key(voice))) {
          sb.append(" <span class=\"where\">via <bdi>").append(esc(outlet)).append("</bdi></span>");
        }
        sb.append("</td><td>").append(esc(ReportContext.when(cx.time(c), true)))
            .append("</td><td><blockquote lang=\"").append(lang).append("\" dir=\"").append(dir)
            .append("\">").append(esc(oneLine(c.text()))).append("</blockquote>")
            .append("<span class=\"where\"><bdi>").append(esc(c.document())).append("</bdi> ")
            .append(c.span().start()).append('–').append(c.span().end())
            .append("</span></td></tr>\n");
      }
      sb.append("</table>\n");
      for (String n : g.notes()) {
        sb.append("<p class=\"note\">Note: ").append(cite(n)).append("</p>\n");
      }
      sb.append("</section>\n");
    }

    private void verdicts(int gi, List<Relation> relations) {
      if (relations.isEmpty()) {
        return;
      }
      sb.append("<ul class=\"verdicts\">\n");
      for (Relation rel : relations) {
        sb.append("<li><a href=\"#g").append(gi).append("-c").append(rel.a()).append("\">[")
            .append(rel.a()).append("]</a>–<a href=\"#g").append(gi).append("-c")
            .append(rel.b()).append("\">[").append(rel.b()).append("]</a> ")
            .append(verdict(rel.verdict())).append(' ').append(cite(rel.reason()))
            .append("</li>\n");
      }
      sb.append("</ul>\n");
    }

    /** The texts of the rules the page cites, from the one place they are kept (rules.json). */
    private void legend() {
      if (cited.isEmpty()) {
        return;
      }
      sb.append("<section class=\"rules\" id=\"rules\">\n<h2>The rules the verdicts cite</h2>\n"
          + "<dl>\n");
      for (int rule : cited) {
        Rules.Rule text = Rules.all().get(rule);
        sb.append("<dt id=\"rule-").append(rule).append("\">Rule ").append(rule).append(": ")
            .append(esc(text.name())).append("</dt>\n<dd>").append(esc(text.text()))
            .append("</dd>\n");
      }
      sb.append("</dl>\n</section>\n");
    }

    /** The inline SVG timeline of one group. */
    private final class Timeline {
      private final int gi;
      private final ClaimGroup g;
      private final boolean log;
      private final double yMax;
      private final double yMin;
      private final double yStep;
      private final boolean anyUndated;
      private final long dayMin;
      private final long dayMax;
      private final double[] x;
      private final boolean[] labelled;

      Timeline(int gi, ClaimGroup g) {
        this.gi = gi;
        this.g = g;
        double top = 1;
        double smallest = Double.MAX_VALUE;
        boolean open = false;
        long dMin = Long.MAX_VALUE;
        long dMax = Long.MIN_VALUE;
        boolean undated = false;
        for (Claim c : g.claims()) {
          Quantity q = c.quantity();
          top = Math.max(top, q.low());
          if (q.high() != null) {
            top = Math.max(top, q.high());
          } else {
            open = true;
          }
          if (q.value() != null) {
            top = Math.max(top, q.value());
            smallest = Math.min(smallest, Math.max(1, q.value()));
          }
          smallest = Math.min(smallest, Math.max(1, q.low()));
          LocalDate d = date(c);
          if (d == null) {
            undated = true;
          } else {
            dMin = Math.min(dMin, d.toEpochDay());
            dMax = Math.max(dMax, d.toEpochDay());
          }
        }
        if (open) {
          top *= 1.3;   // room for the arrows of open-ended figures
        }
        this.log = top / smallest > LOG_RATIO;
        if (log) {
          this.yMin = Math.pow(10, Math.floor(Math.log10(smallest)));
          this.yMax = niceCeil(top * 1.05);
          this.yStep = 0;
        } else {
          this.yMin = 0;
          this.yStep = niceCeil(top * 1.05 / 5);
          this.yMax = yStep * Math.ceil(top * 1.05 / yStep);
        }
        this.anyUndated = undated;
        this.dayMin = dMin == Long.MAX_VALUE ? 0 : dMin;
        this.dayMax = dMax == Long.MIN_VALUE ? 0 : dMax;
        this.labelled = new boolean[g.claims().size()];
        this.x = xPositions();
      }

      private int plotRight() {
        return SVG_WIDTH - RIGHT - (anyUndated ? UNDATED_WIDTH : 0);
      }

      private double bandCentre(long day) {
        double days = dayMax - dayMin + 1;
        double w = (plotRight() - LEFT) / days;
        return LEFT + (day - dayMin + 0.5) * w;
      }

      /** Spreads the claims of one date across its band, in order of publication time. */
      private double[] xPositions() {
        int n = g.claims().size();
        double[] xs = new double[n];
        Map<Long, List<Integer>> byDay = new TreeMap<>();
        for (int i = 0; i < n; i++) {
          LocalDate d = date(g.claims().get(i));
          byDay.computeIfAbsent(d == null ? Long.MAX_VALUE : d.toEpochDay(), k -> new ArrayList<>())
              .add(i);
        }
        double days = dayMax - dayMin + 1;
        double band = (plotRight() - LEFT) / days;
        for (Map.Entry<Long, List<Integer>> e : byDay.entrySet()) {
          boolean undated = e.getKey() == Long.MAX_VALUE;
          double centre = undated ? plotRight() + UNDATED_WIDTH / 2.0 : bandCentre(e.getKey());
          double width = undated ? UNDATED_WIDTH * 0.8 : band * 0.8;
          List<Integer> members = e.getValue();
          members.sort(java.util.Comparator.comparingLong(i -> {
            PublicationTime t = cx.time(g.claims().get(i));
            return t == null ? 0 : t.startEpochSecond();
          }));
          double step = Math.min(34, width / Math.max(1, members.size()));
          for (int k = 0; k < members.size(); k++) {
            int i = members.get(k);
            xs[i] = centre + (k - (members.size() - 1) / 2.0) * step;
            // a label needs about 40 pixels; where marks are closer, label the last of a run
            labelled[i] = step >= 40 || k == members.size() - 1 || !shortFigure(
                g.claims().get(i).quantity()).equals(shortFigure(
                g.claims().get(members.get(k + 1)).quantity()));
          }
        }
        return xs;
      }

      private double y(double v) {
        double bottom = SVG_HEIGHT - BOTTOM;
        double frac;
        if (log) {
          double lv = Math.log10(Math.max(v, yMin));
          frac = (lv - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin));
        } else {
          frac = (v - yMin) / (yMax - yMin);
        }
        frac = Math.max(0, Math.min(1, frac));
        return bottom - frac * (bottom - TOP);
      }

      /** Where a connector meets a figure: the stated number, else the middle or the floor. */
      private double anchorY(Quantity q) {
        if (q.value() != null) {
          return y(q.value());
        }
        if (q.high() == null) {
          return y(q.low());
        }
        return (y(q.low()) + y(q.high())) / 2;
      }

      void draw() {
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SVG_WIDTH)
            .append(' ').append(SVG_HEIGHT).append("\" width=\"").append(SVG_WIDTH)
            .append("\" height=\"").append(SVG_HEIGHT).append("\" role=\"img\" aria-label=\"")
            .append(esc("timeline of ")).append(isolated(heading(g))).append("\">\n");
        sb.append("<defs><marker id=\"arrow-g").append(gi).append("\" viewBox=\"0 0 10 10\" "
            + "refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
            + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#666\"/></marker></defs>\n");
        axes();
        connectors();
        for (int i = 0; i < g.claims().size(); i++) {
          mark(i);
        }
        sb.append("</svg>\n");
      }

      private void axes() {
        int bottom = SVG_HEIGHT - BOTTOM;
        sb.append("<g class=\"axes\">");
        for (double t : yTicks()) {
          double yy = y(t);
          sb.append(String.format(Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e6e6e6\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
              LEFT, yy, SVG_WIDTH - RIGHT, yy, LEFT - 6, yy + 4, number(t)));
        }
        sb.append(String.format(Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
            LEFT, TOP, LEFT, bottom, LEFT, bottom, SVG_WIDTH - RIGHT, bottom));
        TreeSet<Long> days = new TreeSet<>();
        for (Claim c : g.claims()) {
          LocalDate d = date(c);
          if (d != null) {
            days.add(d.toEpochDay());
          }
        }
        for (long d : days) {
          sb.append(String.format(Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", bandCentre(d),
              bottom + 16, LocalDate.ofEpochDay(d)));
        }
        if (anyUndated) {
          sb.append(String.format(Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ccc\" stroke-dasharray=\"3 3\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">undated</text>",
              plotRight(), TOP, plotRight(), bottom, plotRight() + UNDATED_WIDTH / 2.0,
              bottom + 16));
        }
        sb.append(String.format(Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"start\">%s</text>", 4, TOP - 6,
            log ? "count (log scale)" : "count"));
        sb.append(String.format(Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">report date</text>",
            SVG_WIDTH - RIGHT, SVG_HEIGHT - 4));
        sb.append("</g>\n");
      }

      private List<Double> yTicks() {
        List<Double> ticks = new ArrayList<>();
        if (log) {
          for (double t = yMin; t <= yMax * 1.0001; t *= 10) {
            for (double m : new double[] {1, 2, 5}) {
              if (t * m <= yMax * 1.0001) {
                ticks.add(t * m);
              }
            }
          }
        } else {
          for (double t = 0; t <= yMax * 1.0001; t += yStep) {
            ticks.add(t);
          }
        }
        return ticks;
      }

      private void connectors() {
        for (Relation rel : g.relations()) {
          if (rel.verdict() != Verdict.UPDATE && rel.verdict() != Verdict.CONFLICT) {
            continue;
          }
          int a = rel.a();
          int b = rel.b();
          if (x[b] < x[a]) {
            int t = a;
            a = b;
            b = t;
          }
          double ya = anchorY(g.claims().get(a).quantity());
          double yb = anchorY(g.claims().get(b).quantity());
          if (rel.verdict() == Verdict.UPDATE) {
            sb.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#666\" "
                    + "stroke-width=\"1.5\" stroke-dasharray=\"5 3\" marker-end=\"url(#arrow-g%d)\">"
                    + "<title>UPDATE [%d]–[%d]</title></line>\n",
                x[a] + 7, ya, x[b] - 9, yb, gi, rel.a(), rel.b()));
          } else {
            sb.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                    + "stroke-width=\"2\" stroke-dasharray=\"2 3\"><title>CONFLICT [%d]–[%d]</title>"
                    + "</line>\n",
                x[a], ya, x[b], yb, CONFLICT_COLOUR, rel.a(), rel.b()));
          }
        }
      }

      private void mark(int i) {
        Claim c = g.claims().get(i);
        Quantity q = c.quantity();
        String colour = colour(Page.this.cx.voiceIndex(g, i));
        double cx = x[i];
        sb.append("<a href=\"#g").append(gi).append("-c").append(i).append("\"><title>")
            .append(esc("[" + i + "] " + figure(q) + " " + c.subject() + " — "))
            .append(isolated(Page.this.cx.voiceOf(g, i))).append(esc(", "
                + ReportContext.when(Page.this.cx.time(c), true)))
            .append("</title>");
        boolean point = q.high() != null && q.low() == q.high();
        if (point) {
          sb.append(String.format(Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5.5\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"1\"/>",
              cx, y(q.low()), colour));
        } else {
          double yLow = y(q.low());
          double yHigh = q.high() == null ? TOP + 2 : y(q.high());
          sb.append(String.format(Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"%.1f\" rx=\"3\" fill=\"%s\" "
                  + "fill-opacity=\"0.3\" stroke=\"%s\" stroke-width=\"1.5\"/>",
              cx - 5, yHigh, Math.max(2, yLow - yHigh), colour, colour));
          if (q.high() == null) {
            // an open upper end: an arrow head at the top of the plot
            sb.append(String.format(Locale.ROOT,
                "<path class=\"open-end\" d=\"M%.1f,%.1f L%.1f,%.1f L%.1f,%.1f z\" fill=\"%s\"/>",
                cx - 8, yHigh + 9, cx, yHigh - 6, cx + 8, yHigh + 9, colour));
          }
          if (q.value() != null) {
            sb.append(String.format(Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"2\"/>",
                cx, y(q.value()), colour));
          }
        }
        double labelY = point ? y(q.low()) : anchorY(q);
        if (labelled[i]) {
          sb.append(String.format(Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"start\">%s</text>", cx + 9,
              labelY + 4, esc(shortFigure(q))));
        }
        sb.append("</a>\n");
      }
    }

    private LocalDate date(Claim c) {
      PublicationTime t = cx.time(c);
      return t == null ? null : t.date();
    }
  }

  private static String colour(int voice) {
    return voice < 0 || voice >= PALETTE.length ? OTHER_COLOUR : PALETTE[voice];
  }

  private static String status(Status s) {
    String words = switch (s) {
      case DISPUTED -> "DISPUTED";
      case CONSISTENT -> "CONSISTENT";
      case SINGLE_SOURCE -> "SINGLE SOURCE";
    };
    return "<span class=\"status " + s.name() + "\">" + words + "</span>";
  }

  private static String verdict(Verdict v) {
    return "<span class=\"verdict v-" + v.name() + "\">" + v.name() + "</span>";
  }

  /** The group's heading as HTML: escaped, the place (foreign text) isolated in a {@code bdi}. */
  private static String headingHtml(ClaimGroup g) {
    if (g.location() == null) {
      return esc(heading(g));
    }
    String h = heading(g);
    String place = g.location();
    int at = h.indexOf(" · " + place) + 3;
    return esc(h.substring(0, at)) + "<bdi>" + esc(place) + "</bdi>"
        + esc(h.substring(at + place.length()));
  }

  /**
   * Foreign text for a plain-text context (an SVG title, an attribute), escaped and isolated
   * between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, the plain-text {@code
   * <bdi>}: it cannot reorder the text around it.
   */
  static String isolated(String s) {
    return "\u2068" + esc(s) + "\u2069";
  }

  private static String heading(ClaimGroup g) {
    StringBuilder h = new StringBuilder(g.event().name()).append(" · ").append(g.subject().name())
        .append(" · ").append(g.location() == null ? "place not stated" : g.location());
    if (g.modality() != io.github.countercheck.claims.Modality.ASSERTED) {
      h.append(" · ").append(g.modality().name());
    }
    if (g.scope() != Scope.INCIDENT) {
      h.append(" · ").append(g.scope().name().toLowerCase(Locale.ROOT)).append(" figures");
    }
    return h.toString();
  }

  private static String estimate(ClaimGroup g) {
    if (g.estimate().isEmpty()) {
      return "none (the figures count different things)";
    }
    Estimate e = g.estimate().get();
    String range = e.high() == null ? "at least " + number(e.low())
        : e.low() == e.high() ? number(e.low()) : number(e.low()) + " to " + number(e.high());
    return e.best() == null ? range + "; no specific figure"
        : "best " + number(e.best()) + " (" + range + ")";
  }

  /** The figure in words: "12", "about 12 (10–14)", "20–99 (vague)", "more than 1000". */
  static String figure(Quantity q) {
    return switch (q.kind()) {
      case EXACT -> number(q.value());
      case APPROXIMATE -> "about " + number(q.value()) + " (" + number(q.low()) + "–"
          + number(q.high()) + ")";
      case AT_LEAST -> "at least " + number(q.value());
      case MORE_THAN -> "more than " + number(q.value());
      case AT_MOST -> "at most " + number(q.value());
      case LESS_THAN -> "fewer than " + number(q.value());
      case RANGE -> "between " + number(q.low()) + " and " + number(q.high());
      case VAGUE -> number(q.low()) + "–" + number(q.high()) + " (vague)";
    };
  }

  /** The figure as a timeline label: "12", "~12", "20–99", "&gt;1000". */
  private static String shortFigure(Quantity q) {
    return switch (q.kind()) {
      case EXACT -> number(q.value());
      case APPROXIMATE -> "~" + number(q.value());
      case AT_LEAST -> "≥" + number(q.value());
      case MORE_THAN -> ">" + number(q.value());
      case AT_MOST -> "≤" + number(q.value());
      case LESS_THAN -> "<" + number(q.value());
      case RANGE, VAGUE -> number(q.low()) + "–" + number(q.high());
    };
  }

  private static String number(Long n) {
    return n == null ? "∞" : number((double) n);
  }

  private static String number(long n) {
    return number((double) n);
  }

  private static String number(double n) {
    if (n == Math.rint(n) && Math.abs(n) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) n);
    }
    return String.format(Locale.ROOT, "%.1f", n);
  }

  /** The smallest 1, 2, 2.5 or 5 times a power of ten at or above {@code v}. */
  private static double niceCeil(double v) {
    if (v <= 1) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= v - 1e-9) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isWhitespace(ch)) {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(ch);
      }
    }
    return b.toString();
  }

  /**
   * Escapes text for HTML element content and attribute values. The bidi embeddings, overrides
   * and isolates (U+202A to U+202E, U+2066 to U+2069) are dropped, so that no input text can show
   * its neighbours reversed (foreign text is isolated with {@code <bdi>} or {@link #isolated}
   * instead); other control characters become their control pictures (C0, DEL) or U+FFFD (C1).
   */
  static String esc(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      String rep = switch (ch) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        case '\n', '\t', '\r' -> null;
        case '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
            '\u2069' -> "";
        default -> ch < 0x20 ? String.valueOf((char) (0x2400 + ch)) : ch == 0x7F ? "\u2421"
            : ch >= 0x80 && ch <= 0x9F ? "\uFFFD" : null;
      };
      if (rep != null) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(rep);
      } else if (b != null) {
        b.append(ch);
      }
    }
    return b == null ? s : b.toString();
  }
}
