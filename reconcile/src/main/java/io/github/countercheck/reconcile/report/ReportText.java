package io.github.countercheck.reconcile.report;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.TextNormalizer;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Estimate;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Status;
import io.github.countercheck.reconcile.Story;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The words the three report formats write alike, plain text that each renderer escapes: times,
 * figures, a group's heading and estimate, counts, headings and titles; and text made fit to
 * print (on one line, shortened).
 */
final class ReportText {

  private ReportText() {}

  /** @return a name folded for comparison: normalized, its runs of white space one space */
  static String key(String name) {
    return TextNormalizer.normalizeForm(name).replaceAll("\\s+", " ").trim();
  }

  // ---- times ------------------------------------------------------------------------------

  /**
   * A publication time as people read it: {@code 6 Jan 2022}, {@code 6 Jan 2022 14:05}, {@code
   * 6 Jan 14:05:30 UTC}, {@code 6 Jan 14:05 +02:00}; the time of day only when it was given.
   *
   * @param t    the time, or null
   * @param year whether to write the year
   */
  static String when(PublicationTime t, boolean year) {
    if (t == null) {
      return "undated";
    }
    LocalDate d = t.date();
    StringBuilder sb = new StringBuilder(24).append(d.getDayOfMonth()).append(' ')
        .append(d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    if (year) {
      sb.append(' ').append(d.getYear());
    }
    if (t.hasTime()) {
      LocalTime lt = Objects.requireNonNull(t.time());
      sb.append(' ');
      two(sb, lt.getHour()).append(':');
      two(sb, lt.getMinute());
      if (lt.getSecond() != 0) {
        two(sb.append(':'), lt.getSecond());
      }
      ZoneOffset o = t.offset();
      if (o != null) {
        sb.append(' ').append(o.getTotalSeconds() == 0 ? "UTC" : o.getId());
      }
    }
    return sb.toString();
  }

  private static StringBuilder two(StringBuilder sb, int v) {
    return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }

  // ---- figures ----------------------------------------------------------------------------

  /** The claim's figure in a chain: its quantity, and its subject when narrower than the group's. */
  static String figure(ClaimGroup g, Claim c) {
    String f = shortFigure(c.quantity());
    return c.subject() == g.subject() ? f : f + " " + c.subject().name();
  }

  /** The figure in a few words: "12", "about 12", "more than 1,000", "10–20", "20–99 vague". */
  static String shortFigure(Quantity q) {
    return switch (q.kind()) {
      case EXACT -> number(q.value());
      case APPROXIMATE -> "about " + number(q.value());
      case AT_LEAST -> "at least " + number(q.value());
      case MORE_THAN -> "more than " + number(q.value());
      case AT_MOST -> "at most " + number(q.value());
      case LESS_THAN -> "fewer than " + number(q.value());
      case RANGE -> number(q.low()) + "–" + number(q.highOrMax());
      case VAGUE -> number(q.low()) + "–" + (q.high() == null ? "∞" : number(q.high())) + " vague";
    };
  }

  /**
   * The figure in the words the reasons use ({@link Quantity#inWords()}), so a report's figures
   * read as its verdicts do.
   */
  static String describe(Quantity q) {
    return q.inWords();
  }

  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  // ---- groups -----------------------------------------------------------------------------

  /** @return a group's heading: event, subject, place, and modality and scope when not plain */
  static String heading(ClaimGroup g) {
    return g.event() + " · " + g.subject() + " · "
        + (g.location() == null ? "place not stated" : g.location())
        + (g.modality() == Modality.ASSERTED ? "" : " · " + g.modality())
        + (g.scope() == Scope.INCIDENT ? ""
            : " · " + g.scope().name().toLowerCase(Locale.ROOT) + " figures");
  }

  /** @return a group's estimate in words: low, best and high, or why there is none */
  static String estimate(ClaimGroup g) {
    Estimate e = g.estimate();
    if (e == null) {
      return "none (the figures count different things)";
    }
    return "low " + e.low() + ", best " + (e.best() == null ? "— (no specific figure)" : e.best())
        + ", high " + (e.high() == null ? "unbounded" : e.high());
  }

  // ---- stories, scopes and counts ----------------------------------------------------------

  /** @return the story's title on one line, or its id */
  static String storyTitle(Story s) {
    String t = oneLine(s.title()).strip();
    return t.isEmpty() ? s.id() : t;
  }

  /** @return the scope's heading: what its figures count */
  static String scopeHeading(Scope scope) {
    return switch (scope) {
      case INCIDENT -> "The incident";
      case CUMULATIVE -> "Cumulative figures: totals beyond this incident";
      case BACKGROUND -> "Background figures: other incidents and earlier events";
      case PART -> "Parts of a count: breakdowns and shares of a larger figure";
    };
  }

  /**
   * @return the reconciliation in one sentence: {@code 6 claims from 1 document in 1 story in 3
   *     groups, 1 disputed.}
   */
  static String summary(Reconciliation r) {
    int disputed = 0;
    for (ClaimGroup g : r.groups()) {
      disputed += g.status() == Status.DISPUTED ? 1 : 0;
    }
    String stories = r.stories().isEmpty() ? ""
        : " in " + r.stories().size() + (r.stories().size() == 1 ? " story" : " stories");
    return count(r.claimCount(), "claim") + " from " + count(r.documents().size(), "document")
        + stories + " in " + count(r.groups().size(), "group") + ", " + disputed + " disputed.";
  }

  /** @return {@code "1 document"}, {@code "2 documents"}: the count and the noun it takes */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  // ---- text --------------------------------------------------------------------------------

  /**
   * @return the text on one line: whitespace and control characters become spaces, and the
   *     characters that reorder text (bidi embeddings, overrides and isolates) are dropped
   */
  static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= '\u202A' && ch <= '\u202E' || ch >= '\u2066' && ch <= '\u2069') {
        continue;
      }
      sb.append(Character.isWhitespace(ch) || Character.isISOControl(ch) ? ' ' : ch);
    }
    return sb.toString();
  }
}
