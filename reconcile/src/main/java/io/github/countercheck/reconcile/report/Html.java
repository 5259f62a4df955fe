package io.github.countercheck.reconcile.report;

import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Estimate;
import io.github.countercheck.reconcile.Status;
import io.github.countercheck.reconcile.Verdict;
import java.util.Locale;

/**
 * What the HTML report's parts share: the style sheet, the voices' colours, escaping and
 * isolating foreign text, and the words for figures, statuses, verdicts and headings.
 */
final class Html {

  /** Colour-blind-safe colours (Okabe and Ito) for voices, in order; grey for the rest. */
  private static final String[] PALETTE = {
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"
  };
  private static final String OTHER_COLOUR = "#999999";
  static final String CONFLICT_COLOUR = "#C00000";

  static final String STYLE = """
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

  private Html() {}

  static String colour(int voice) {
    return voice < 0 || voice >= PALETTE.length ? OTHER_COLOUR : PALETTE[voice];
  }

  static String status(Status s) {
    String words = switch (s) {
      case DISPUTED -> "DISPUTED";
      case CONSISTENT -> "CONSISTENT";
      case SINGLE_SOURCE -> "SINGLE SOURCE";
    };
    return "<span class=\"status " + s.name() + "\">" + words + "</span>";
  }

  static String verdict(Verdict v) {
    return "<span class=\"verdict v-" + v.name() + "\">" + v.name() + "</span>";
  }

  /** The group's heading as HTML: escaped, the place (foreign text) isolated in a {@code bdi}. */
  static String headingHtml(ClaimGroup g) {
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

  static String heading(ClaimGroup g) {
    StringBuilder h = new StringBuilder(g.event().name()).append(" · ").append(g.subject().name())
        .append(" · ").append(g.location() == null ? "place not stated" : g.location());
    if (g.modality() != Modality.ASSERTED) {
      h.append(" · ").append(g.modality().name());
    }
    if (g.scope() != Scope.INCIDENT) {
      h.append(" · ").append(g.scope().name().toLowerCase(Locale.ROOT)).append(" figures");
    }
    return h.toString();
  }

  static String estimate(ClaimGroup g) {
    Estimate e = g.estimate();
    if (e == null) {
      return "none (the figures count different things)";
    }
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
  static String shortFigure(Quantity q) {
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

  static String number(Long n) {
    return n == null ? "∞" : number((double) n);
  }

  static String number(long n) {
    return number((double) n);
  }

  static String number(double n) {
    if (n == Math.rint(n) && Math.abs(n) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) n);
    }
    return String.format(Locale.ROOT, "%.1f", n);
  }


  static String oneLine(String s) {
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
   * A date or time that a line never breaks inside ({@code 26 Feb 2013 08:05}): its spaces become
   * no-break spaces (U+00A0), so a narrow column wraps between dates, not within one.
   */
  static String unbroken(String when) {
    return when.replace(' ', '\u00A0');
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
