package io.github.countercheck.reconcile.report;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.core.Language;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Relation;
import io.github.countercheck.reconcile.Rules;
import io.github.countercheck.reconcile.Status;
import io.github.countercheck.reconcile.Verdict;
import io.github.countercheck.reconcile.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One rendering of the HTML page: the summary, the groups at a glance, each group's section
 * (estimate and voices, chain, conflicts and updates, {@link HtmlTimeline timeline}, verdicts,
 * figures and quotes, notes) and the legend of the rules the page cites.
 */
final class HtmlPage {
  private final ReportContext cx;
  private final Reconciliation r;
  private final StringBuilder sb = new StringBuilder(1 << 14);
  /** The rules the page cites, for its legend. */
  private final java.util.Set<Integer> cited = new TreeSet<>();

  HtmlPage(ReportContext cx) {
    this.cx = cx;
    this.r = cx.reconciliation();
  }

  String render() {
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Countercheck: ").append(ReportText.count(r.groups().size(), "group"))
        .append(" of claims")
        .append("</title>\n<style>\n").append(Html.STYLE).append("</style>\n</head>\n<body>\n");
    sb.append("<h1>What the sources say, and where they differ</h1>\n<p>")
        .append(Html.esc(ReportText.summary(r))).append("</p>\n")
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
          sb.append("Story: <bdi>").append(Html.esc(ReportText.storyTitle(story.story())))
              .append("</bdi></h2>\n<p class=\"where\">")
              .append(Html.esc(cx.storyLine(story.story(), Html::unbroken))).append("</p>\n");
        }
        for (ReportContext.ScopeBlock scope : story.scopes()) {
          if (scope.scope() != Scope.INCIDENT) {
            sb.append("<p class=\"scope\">").append(Html.esc(ReportText.scopeHeading(scope.scope())))
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
          sb.append("Story: <bdi>").append(Html.esc(ReportText.storyTitle(shown.story())))
              .append("</bdi> <span class=\"where\">")
              .append(Html.esc(cx.storyLine(shown.story(), Html::unbroken)))
              .append("</span>");
        }
        sb.append("</th></tr>\n");
      }
      for (int gi : row.groups()) {
        ClaimGroup g = r.groups().get(gi);
        sb.append("<tr><td><a href=\"#g").append(gi).append("\">").append(Html.headingHtml(g))
            .append("</a>");
        sb.append("</td><td>").append(Html.status(g.status())).append("</td><td>")
            .append(Html.esc(Html.estimate(g))).append("</td><td>");
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
      for (NamedRelations.Named n : NamedRelations.of(cx, g, v)) {
        String sep = v == Verdict.UPDATE ? " → " : " vs ";
        StringBuilder line = new StringBuilder(Html.verdict(v)).append(' ')
            .append(figureLink(gi, g, n.first())).append(sep)
            .append(figureLink(gi, g, n.second()));
        if (!n.why().isEmpty()) {
          line.append(": ").append(Html.esc(n.why()));
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
    return "<a href=\"#g" + gi + "-c" + ci + "\">" + Html.esc(ReportText.figure(g, c))
        + "</a> <span class=\"where\">(<bdi>" + Html.esc(cx.briefVoiceOf(g, ci)) + "</bdi>, "
        + Html.esc(Html.unbroken(ReportText.when(cx.time(c), true))) + ")</span>";
  }

  /** A citation such as "rule 5 CONFLICT", linked to the legend, its name as a tooltip. */
  private String ruleLink(String words, int rule) {
    Rules.Rule text = Rules.all().get(rule);
    if (text == null) {
      return Html.esc(words);
    }
    cited.add(rule);
    return "<a class=\"rule\" href=\"#rule-" + rule + "\" title=\"Rule " + rule + ": "
        + Html.esc(text.name()) + " (the rule's text is in the legend at the foot of the page)\">"
        + Html.esc(words) + "</a>";
  }

  /** The reason or note with the rule it cites linked to the legend. */
  private String cite(String reasonOrNote) {
    int rule = Rules.cited(reasonOrNote);
    int colon = reasonOrNote.indexOf(':');
    if (rule <= 0 || colon < 0) {
      return Html.esc(reasonOrNote);
    }
    return ruleLink(reasonOrNote.substring(0, colon), rule)
        + Html.esc(reasonOrNote.substring(colon));
  }

  private void group(int gi, ClaimGroup g, int level) {
    String h = "h" + level;
    String sub = "h" + (level + 1);
    sb.append("<section class=\"group\" id=\"g").append(gi).append("\">\n<").append(h)
        .append(" class=\"group-heading\">").append(Html.headingHtml(g)).append(Html.status(g.status()))
        .append("</").append(h).append(">\n");
    sb.append("<p><strong>Estimate:</strong> ").append(Html.esc(Html.estimate(g))).append(", from ")
        .append(g.voices().size()).append(g.voices().size() == 1 ? " voice" : " voices")
        .append(":</p>\n");
    voices(g);
    chain(gi, g);
    keyList(keyLines(gi, g));
    new HtmlTimeline(cx, sb, gi, g).draw();
    if (!g.relations().isEmpty()) {
      verdictDetails(gi, g);
    }
    figures(gi, g, sub);
    for (String n : g.notes()) {
      sb.append("<p class=\"note\">Note: ").append(cite(n)).append("</p>\n");
    }
    sb.append("</section>\n");
  }

  /** The group's voices, each with its colour and the outlets that carried it. */
  private void voices(ClaimGroup g) {
    sb.append("<ul class=\"voices\">\n");
    for (int vi = 0; vi < g.voices().size(); vi++) {
      Voice v = g.voices().get(vi);
      String name = cx.name(v.name());
      sb.append("<li><span class=\"swatch\" style=\"background:").append(Html.colour(vi))
          .append("\"></span><bdi>").append(Html.esc(name)).append("</bdi>");
      List<String> outlets = new ArrayList<>();
      for (String o : v.outlets()) {
        String shown = cx.name(o);
        if (!ReportText.key(shown).equals(ReportText.key(name))) {
          outlets.add(shown);
        }
      }
      if (!outlets.isEmpty()) {
        sb.append(" <span class=\"where\">via <bdi>").append(Html.esc(String.join(", ", outlets)))
            .append("</bdi></span>");
      }
      sb.append("</li>\n");
    }
    sb.append("</ul>\n");
  }

  /** The chain of figures, each linked to its row in the table. */
  private void chain(int gi, ClaimGroup g) {
    sb.append("<p class=\"chain\"><strong>Chain:</strong> ");
    List<FigureChain.Link> links = FigureChain.of(cx, g);
    for (int i = 0; i < links.size(); i++) {
      FigureChain.Link link = links.get(i);
      sb.append(i == 0 ? "" : " → ");
      if (link.elided() > 0) {
        sb.append(Html.esc(link.text()));
        continue;
      }
      int ci = link.claims().get(0);
      sb.append("<a href=\"#g").append(gi).append("-c").append(ci).append("\">")
          .append(Html.esc(link.figure())).append("</a> <span class=\"where\">(<bdi>")
          .append(Html.esc(String.join("; ", link.voices()))).append("</bdi>, ")
          .append(Html.esc(Html.unbroken(link.when()))).append(")</span>");
    }
    sb.append("</p>\n");
  }

  /** The group's key lines (its updates and conflicts) as a list, if it has any. */
  private void keyList(List<String> key) {
    if (!key.isEmpty()) {
      sb.append("<ul class=\"story\">\n");
      for (String s : key) {
        sb.append("<li>").append(s).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
  }

  /** The verdicts between pairs of figures, folded under a count of each verdict. */
  private void verdictDetails(int gi, ClaimGroup g) {
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

  /** The table of the group's figures with their quotes. */
  private void figures(int gi, ClaimGroup g, String sub) {
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
          .append(Html.colour(vi)).append("\"></span>")
          .append(Html.esc(Html.figure(c.quantity()))).append("</td><td>").append(c.subject())
          .append("</td><td><bdi>").append(Html.esc(voice)).append("</bdi>");
      String outlet = cx.outlet(c);
      if (!ReportText.key(outlet).equals(ReportText.key(voice))) {
        sb.append(" <span class=\"where\">via <bdi>").append(Html.esc(outlet)).append("</bdi></span>");
      }
      sb.append("</td><td>").append(Html.esc(Html.unbroken(ReportText.when(cx.time(c), true))))
          .append("</td><td><blockquote lang=\"").append(lang).append("\" dir=\"").append(dir)
          .append("\">").append(Html.esc(Html.oneLine(c.text()))).append("</blockquote>")
          .append("<span class=\"where\"><bdi>").append(Html.esc(c.document())).append("</bdi> ")
          .append(c.span().start()).append('–').append(c.span().end())
          .append("</span></td></tr>\n");
    }
    sb.append("</table>\n");
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
          .append(Html.verdict(rel.verdict())).append(' ').append(cite(rel.reason()))
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
          .append(Html.esc(text.name())).append("</dt>\n<dd>").append(Html.esc(text.text()))
          .append("</dd>\n");
    }
    sb.append("</dl>\n</section>\n");
  }
}
