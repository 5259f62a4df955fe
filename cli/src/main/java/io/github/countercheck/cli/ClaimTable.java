package io.github.countercheck.cli;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Quantity;
import java.io.PrintWriter;
import java.util.List;

/** Prints claims as a table for people: document, quote, value, event, subject, source. */
final class ClaimTable {
  private ClaimTable() {}

  static void print(List<Claim> claims, PrintWriter out) {
    out.printf("%-28s %-14s %-13s %-16s %-30s %s%n", "DOCUMENT", "VALUE", "EVENT", "SUBJECT",
        "SOURCE", "QUOTE");
    for (Claim c : claims) {
      out.printf("%-28s %-14s %-13s %-16s %-30s %s%n", clip(c.document(), 28),
          value(c.quantity()), c.event(), c.subject(),
          clip(c.attribution() == null ? "-" : c.attribution(), 30),
          c.text().replaceAll("\\s+", " "));
    }
    out.printf("%d claims%n", claims.size());
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
    s = s.replaceAll("\\s+", " ");
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
