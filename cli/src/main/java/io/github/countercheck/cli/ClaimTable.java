package io.github.countercheck.cli;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Quantity;
import java.io.PrintWriter;
import io.github.countercheck.core.Printable;
import io.github.countercheck.core.internal.Shorten;
import java.util.List;
import java.util.Locale;

/** Prints claims as a table for people: document, quote, value, event, subject, source. */
final class ClaimTable {
  private ClaimTable() {}

  static void print(List<Claim> claims, PrintWriter out) {
    header(out);
    for (Claim c : claims) {
      row(c, out);
    }
    footer(claims.size(), out);
  }

  static void header(PrintWriter out) {
    out.printf(Locale.ROOT, "%-28s %-14s %-13s %-16s %-30s %s%n", "DOCUMENT", "VALUE", "EVENT",
        "SUBJECT", "SOURCE", "QUOTE");
  }

  static void row(Claim c, PrintWriter out) {
    out.printf(Locale.ROOT, "%-28s %-14s %-13s %-16s %-30s %s%n", clip(c.document(), 28),
        value(c.quantity()), c.event(), c.subject(),
        clip(c.attribution() == null ? "-" : c.attribution(), 30),
        Printable.oneLine(c.text()));
  }

  static void footer(long count, PrintWriter out) {
    out.printf(Locale.ROOT, "%d %s%n", count, count == 1 ? "claim" : "claims");
  }

  static String value(Quantity q) {
    String hi = q.high() == null ? "" : String.valueOf(q.high());
    return switch (q.kind()) {
      case EXACT -> String.valueOf(q.value());
      case APPROXIMATE -> "~" + q.value();
      case AT_LEAST -> ">=" + q.value();
      case MORE_THAN -> ">" + q.value();
      case AT_MOST -> "<=" + q.value();
      case LESS_THAN -> "<" + q.value();
      case RANGE, VAGUE -> q.low() + "-" + hi;
    };
  }

  private static String clip(String s, int n) {
    s = Printable.oneLine(s);
    return Shorten.atLimit(s, n);
  }
}
