package io.github.countercheck.reconcile.report;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Relation;
import io.github.countercheck.reconcile.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The inline SVG timeline of one group: the report date across (undated reports in a column of
 * their own at the right), the figure up (logarithmic when the figures span more than a factor
 * of ten); a dot for an exact figure, a bar for a bounded or vague one, an arrow for an open
 * end; marks in their voice's colour; updates and conflicts joined.
 */
final class HtmlTimeline {

  private static final int SVG_WIDTH = 960;
  private static final int SVG_HEIGHT = 280;
  private static final int LEFT = 64;
  private static final int RIGHT = 24;
  private static final int TOP = 18;
  private static final int BOTTOM = 36;
  private static final int UNDATED_WIDTH = 90;
  /** Figures spanning more than this factor are drawn on a logarithmic scale. */
  private static final double LOG_RATIO = 10;

  private final ReportContext context;
  /** Where the page is written. */
  private final StringBuilder sb;
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

  HtmlTimeline(ReportContext context, StringBuilder sb, int gi, ClaimGroup g) {
    this.context = context;
    this.sb = sb;
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
        PublicationTime t = context.time(g.claims().get(i));
        return t == null ? 0 : t.startEpochSecond();
      }));
      double step = Math.min(34, width / Math.max(1, members.size()));
      for (int k = 0; k < members.size(); k++) {
        int i = members.get(k);
        xs[i] = centre + (k - (members.size() - 1) / 2.0) * step;
        // a label needs about 40 pixels; where marks are closer, label the last of a run
        labelled[i] = step >= 40 || k == members.size() - 1 || !Html.shortFigure(
            g.claims().get(i).quantity()).equals(Html.shortFigure(
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
        .append(Html.esc("timeline of ")).append(Html.isolated(Html.heading(g))).append("\">\n");
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
          LEFT, yy, SVG_WIDTH - RIGHT, yy, LEFT - 6, yy + 4, Html.number(t)));
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
            x[a], ya, x[b], yb, Html.CONFLICT_COLOUR, rel.a(), rel.b()));
      }
    }
  }

  private void mark(int i) {
    Claim c = g.claims().get(i);
    Quantity q = c.quantity();
    String colour = Html.colour(context.voiceIndex(g, i));
    double cx = x[i];
    sb.append("<a href=\"#g").append(gi).append("-c").append(i).append("\"><title>")
        .append(Html.esc("[" + i + "] " + Html.figure(q) + " " + c.subject() + " — "))
        .append(Html.isolated(context.voiceOf(g, i))).append(Html.esc(", "
            + Html.unbroken(ReportText.when(context.time(c), true))))
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
          labelY + 4, Html.esc(Html.shortFigure(q))));
    }
    sb.append("</a>\n");
  }

  private LocalDate date(Claim c) {
    PublicationTime t = context.time(c);
    return t == null ? null : t.date();
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
}
