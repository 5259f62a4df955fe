package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.core.DocumentMetadata;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a {@link Reconciliation} for people: a plain-text {@link #table table} for a terminal
 * and {@link #markdown markdown} for a newsroom's notes. One block per group, headed by event,
 * subject and place, with each figure, its voice, outlet, date and quote, the verdicts in words,
 * the estimate, the voices and the notes.
 *
 * <pre>{@code
 * System.out.print(ReconciliationReport.table(reconciliation, false));
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
   * Renders the plain-text report, wrapped at {@link #WIDTH} columns.
   *
   * @param r      the reconciliation
   * @param colour whether to colour headings, statuses and conflicts with ANSI escapes
   * @return the report, ending with a newline
   */
  public static String table(Reconciliation r, boolean colour) {
    Objects.requireNonNull(r, "r");
    Map<String, DocumentMetadata> docs = index(r);
    StringBuilder sb = new StringBuilder();
    sb.append(style(colour, BOLD, summary(r))).append('\n');
    for (ClaimGroup g : r.groups()) {
      sb.append('\n').append("=".repeat(WIDTH)).append('\n');
      sb.append(style(colour, BOLD, heading(g))).append("  ")
          .append(style(colour, statusColour(g.status()), g.status().name())).append('\n');
      sb.append("Estimate: ").append(estimate(g)).append('\n');
      sb.append("Figures:\n");
      for (int i = 0; i < g.claims().size(); i++) {
        Claim c = g.claims().get(i);
        wrap(sb, "  [" + i + "] " + Figures.describe(c.quantity()) + " " + c.subject() + " — "
            + source(c, docs) + ", " + date(c, docs), "      ");
        wrap(sb, "      «" + oneLine(c.text()) + "» " + c.document() + " " + c.span(), "      ");
      }
      if (!g.relations().isEmpty()) {
        sb.append("Verdicts:\n");
        for (Relation rel : g.relations()) {
          String v = rel.verdict() == Verdict.CONFLICT
              ? style(colour, RED, rel.verdict().name()) : rel.verdict().name();
          wrap(sb, "  [" + rel.a() + "]–[" + rel.b() + "] " + v + ": " + words(rel), "      ");
        }
      }
      StringBuilder voices = new StringBuilder("Voices: ");
      for (int i = 0; i < g.voices().size(); i++) {
        Voice v = g.voices().get(i);
        voices.append(i == 0 ? "" : "; ").append(v.name()).append(" (via ")
            .append(String.join(", ", v.outlets())).append(')');
      }
      wrap(sb, voices.toString(), "  ");
      for (String n : g.notes()) {
        wrap(sb, "Note: " + n, "  ");
      }
    }
    return sb.toString();
  }

  /**
   * Renders the markdown report.
   *
   * @param r the reconciliation
   * @return the report, ending with a newline
   */
  public static String markdown(Reconciliation r) {
    Objects.requireNonNull(r, "r");
    Map<String, DocumentMetadata> docs = index(r);
    StringBuilder sb = new StringBuilder("# Reconciliation\n\n").append(summary(r)).append('\n');
    for (ClaimGroup g : r.groups()) {
      sb.append("\n## ").append(heading(g)).append(" — ").append(g.status()).append("\n\n");
      sb.append("**Estimate:** ").append(estimate(g)).append("\n\n");
      sb.append("| # | figure | subject | voice | outlet | date | quote |\n");
      sb.append("|---|---|---|---|---|---|---|\n");
      for (int i = 0; i < g.claims().size(); i++) {
        Claim c = g.claims().get(i);
        sb.append("| ").append(i).append(" | ").append(cell(Figures.describe(c.quantity())))
            .append(" | ").append(c.subject()).append(" | ").append(cell(voiceOf(c, docs)))
            .append(" | ").append(cell(outlet(c, docs))).append(" | ").append(date(c, docs))
            .append(" | «").append(cell(c.text())).append("» (").append(cell(c.document()))
            .append(' ').append(c.span()).append(") |\n");
      }
      if (!g.relations().isEmpty()) {
        sb.append("\n**Verdicts**\n\n");
        for (Relation rel : g.relations()) {
          sb.append("- ").append(rel.a()).append("–").append(rel.b()).append(" **")
              .append(rel.verdict()).append("**: ").append(oneLine(words(rel))).append('\n');
        }
      }
      sb.append("\n**Voices:** ");
      for (int i = 0; i < g.voices().size(); i++) {
        Voice v = g.voices().get(i);
        sb.append(i == 0 ? "" : "; ").append(v.name()).append(" (via ")
            .append(String.join(", ", v.outlets())).append(')');
      }
      sb.append('\n');
      for (String n : g.notes()) {
        sb.append("\n> ").append(oneLine(n)).append('\n');
      }
    }
    return sb.toString();
  }

  private static Map<String, DocumentMetadata> index(Reconciliation r) {
    Map<String, DocumentMetadata> m = new HashMap<>();
    for (DocumentMetadata d : r.documents()) {
      m.put(d.id(), d);
    }
    return m;
  }

  private static String summary(Reconciliation r) {
    int disputed = 0;
    for (ClaimGroup g : r.groups()) {
      disputed += g.status() == Status.DISPUTED ? 1 : 0;
    }
    return r.claimCount() + " claims from " + r.documents().size() + " documents in "
        + r.groups().size() + " groups, " + disputed + " disputed.";
  }

  private static String heading(ClaimGroup g) {
    return g.event() + " · " + g.subject() + " · " + (g.location() == null ? "place not stated" : g.location())
        + (g.modality() == Modality.ASSERTED ? "" : " · " + g.modality());
  }

  private static String estimate(ClaimGroup g) {
    if (g.estimate().isEmpty()) {
      return "none (the figures count different things)";
    }
    Estimate e = g.estimate().get();
    return "low " + e.low() + ", best " + (e.best() == null ? "— (no specific figure)" : e.best())
        + ", high " + (e.high() == null ? "unbounded" : e.high());
  }

  /** The verdict in words, without the rule prefix that the reason starts with. */
  private static String words(Relation rel) {
    String reason = rel.reason();
    int colon = reason.indexOf(": ");
    String rule = colon > 0 ? reason.substring(0, colon) : "";
    String body = colon > 0 ? reason.substring(colon + 2) : reason;
    return body + (rule.isEmpty() ? "" : " (" + rule + ")");
  }

  private static String source(Claim c, Map<String, DocumentMetadata> docs) {
    return c.attribution() == null ? outlet(c, docs)
        : c.attribution() + " via " + outlet(c, docs);
  }

  private static String voiceOf(Claim c, Map<String, DocumentMetadata> docs) {
    return c.attribution() != null ? c.attribution() : outlet(c, docs);
  }

  private static String outlet(Claim c, Map<String, DocumentMetadata> docs) {
    DocumentMetadata d = docs.get(c.document());
    return d != null && d.publisher() != null ? d.publisher() : c.document();
  }

  private static String date(Claim c, Map<String, DocumentMetadata> docs) {
    DocumentMetadata d = docs.get(c.document());
    return d != null && d.published() != null ? d.published().toString() : "undated";
  }

  private static String statusColour(Status s) {
    return switch (s) {
      case DISPUTED -> RED;
      case CONSISTENT -> GREEN;
      case SINGLE_SOURCE -> YELLOW;
    };
  }

  private static String style(boolean colour, String code, String text) {
    return colour ? code + text + RESET : text;
  }

  private static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      sb.append(Character.isWhitespace(ch) || Character.isISOControl(ch) ? ' ' : ch);
    }
    return sb.toString();
  }

  private static String cell(String s) {
    return oneLine(s).replace("|", "\\|");
  }

  /** Appends {@code line}, broken at spaces to fit {@link #WIDTH}, continuing with {@code indent}. */
  private static void wrap(StringBuilder sb, String line, String indent) {
    String rest = oneLine(line);
    boolean first = true;
    while (true) {
      String prefix = first ? "" : indent;
      int room = WIDTH - prefix.length();
      if (rest.length() <= room) {
        sb.append(prefix).append(rest).append('\n');
        return;
      }
      int cut = rest.lastIndexOf(' ', room);
      if (cut <= 0) {
        cut = rest.indexOf(' ', room);
        if (cut < 0) {
          sb.append(prefix).append(rest).append('\n');
          return;
        }
      }
      sb.append(prefix).append(rest, 0, cut).append('\n');
      rest = rest.substring(cut + 1);
      first = false;
    }
  }

}
