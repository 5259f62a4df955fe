package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Quantity;

/**
 * The pairwise verdicts of rules 1, 4 and 5, each with a reason naming the rule and the figures.
 * Two reports are at comparable times ("the same time") when either is undated, when either gives
 * only a date and the dates are equal, or when both give a time of day and lie within the span
 * {@code sameTime} (seconds) of each other. Of two reports at times that are not comparable, the
 * later is the later by time when both give one, else by date.
 * The reason is written into a builder the caller hands in (and empties), or not at all when it
 * hands in none: a run judges the verdicts of a million pairs and writes their reasons only
 * when they are read ({@link Relation#reason()}).
 */
final class Verdicts {

  private Verdicts() {}

  /** "figure (document, date or time)" */
  private static StringBuilder fig(StringBuilder sb, Item it) {
    Figures.describe(it.q(), sb).append(" (").append(it.claim.document()).append(", ");
    return when(sb, it).append(')');
  }

  /** "figure SUBJECT (document, date or time)" */
  private static StringBuilder subj(StringBuilder sb, Item it) {
    Figures.describe(it.q(), sb).append(' ').append(it.subject()).append(" (")
        .append(it.claim.document()).append(", ");
    return when(sb, it).append(')');
  }

  /** Appends the report's time when its document gives one, else its date, or "undated". */
  static StringBuilder when(StringBuilder sb, Item it) {
    return it.timed() ? sb.append(it.time) : Figures.day(it.day, sb);
  }

  private static final int NOT_COMPARABLE = 0;
  private static final int NOT_CUMULATIVE = 1;
  private static final int DATE_UNKNOWN = 2;
  private static final int SAME_DAY = 3;
  private static final int SAME_TIME = 4;

  /**
   * Whether two reports lie at comparable times: either undated; either with a date alone and the
   * same date; both with a time of day and at most {@code sameTime} seconds apart.
   */
  static boolean sameTime(Item x, Item y, long sameTime) {
    if (x.day == Item.NO_DATE || y.day == Item.NO_DATE) {
      return true;
    }
    if (x.timed() && y.timed()) {
      return Math.abs(x.second - y.second) <= sameTime;
    }
    return x.day == y.day;
  }

  /** Whether {@code x} is later than {@code y}: by time when both give one, else by date. */
  static boolean later(Item x, Item y) {
    return x.timed() && y.timed() ? x.second > y.second : x.day > y.day;
  }

  /** Whether two reports' times are comparable, and why: one of the constants above. */
  private static int comparable(Item x, Item y, long sameTime) {
    if (!x.claim.event().isCumulative()) {
      return NOT_CUMULATIVE;
    }
    if (x.day == Item.NO_DATE || y.day == Item.NO_DATE) {
      return DATE_UNKNOWN;
    }
    if (!sameTime(x, y, sameTime)) {
      return NOT_COMPARABLE;
    }
    return x.timed() && y.timed() ? SAME_TIME : SAME_DAY;
  }

  /** Appends why two reports' times are comparable ({@link #comparable} is not NOT_COMPARABLE). */
  private static StringBuilder why(StringBuilder sb, int why, Item x, Item y, long sameTime) {
    return switch (why) {
      case NOT_CUMULATIVE -> sb.append(x.claim.event()).append(" is not a cumulative count");
      case DATE_UNKNOWN -> sb.append("a date is unknown, so neither can be an update of the other");
      case SAME_TIME -> Figures.span(sameTime, sb.append("at comparable times (").append(x.time)
          .append(" and ").append(y.time).append(", within ")).append(" of each other)");
      default -> Figures.day(x.day, sb.append("on the same day (")).append(')');
    };
  }

  /**
   * Relative width {@code (high-low)/(high+low)}: 0 for a single number, about 0.1 for "about N",
   * about 0.66 for "dozens"; 1 for an unbounded interval.
   */
  static double relativeWidth(Quantity q) {
    if (q.high() == null) {
      return 1;
    }
    long sum = q.high() + q.low();
    return sum == 0 ? 0 : (double) (q.high() - q.low()) / sum;
  }

  static boolean muchWider(Quantity a, Quantity b, double threshold) {
    if (a.high() == null) {
      return b.high() != null;
    }
    return b.high() != null && relativeWidth(a) - relativeWidth(b) > threshold;
  }

  /**
   * Two claims of the same measure.
   *
   * @param threshold the {@code VAGUER} threshold
   * @param sameTime  the span within which two times of day are comparable, in seconds
   * @param sb        receives the reason, or null for the verdict alone
   * @return the verdict
   */
  static Verdict sameMeasure(Item x, Item y, double threshold, long sameTime, StringBuilder sb) {
    Quantity qx = x.q();
    Quantity qy = y.q();
    if (qx.overlaps(qy)) {
      if (qx.contains(qy) && muchWider(qx, qy, threshold)) {
        if (sb != null) {
          fig(fig(sb.append("rule 5 VAGUER: "), x).append(" contains "), y)
              .append(" and is much wider");
        }
        return Verdict.VAGUER;
      }
      if (qy.contains(qx) && muchWider(qy, qx, threshold)) {
        if (sb != null) {
          fig(fig(sb.append("rule 5 VAGUER: "), y).append(" contains "), x)
              .append(" and is much wider");
        }
        return Verdict.VAGUER;
      }
      if (sb != null) {
        fig(fig(sb.append("rule 5 AGREE: "), x).append(" and "), y)
            .append(" overlap and neither is much wider");
      }
      return Verdict.AGREE;
    }
    int why = comparable(x, y, sameTime);
    if (why != NOT_COMPARABLE) {
      if (sb != null) {
        why(fig(fig(sb.append("rule 5 CONFLICT: "), x).append(" and "), y)
            .append(" do not overlap; "), why, x, y, sameTime);
      }
      return Verdict.CONFLICT;
    }
    Item later = later(y, x) ? y : x;
    Item earlier = later == x ? y : x;
    if (later.q().low() > earlier.q().highOrMax()) {
      if (sb != null) {
        when(sb.append("rule 5 UPDATE: the later report ("), later)
            .append(") moves the cumulative count from ");
        Figures.describe(later.q(), fig(sb, earlier).append(" to "))
            .append(" (").append(later.claim.document()).append(')');
      }
      return Verdict.UPDATE;
    }
    if (sb != null) {
      when(sb.append("rule 5 CONFLICT: downward revision: the later report ("), later)
          .append(") puts the cumulative count at ");
      fig(Figures.describe(later.q(), sb).append(" (").append(later.claim.document())
          .append("), below the earlier "), earlier);
    }
    return Verdict.CONFLICT;
  }

  /**
   * A sub-category's claim against its parent's.
   *
   * @param sameTime the span within which two times of day are comparable, in seconds
   * @param sb       receives the reason, or null for the verdict alone
   * @return the verdict
   */
  static Verdict subset(Item sub, Item parent, long sameTime, StringBuilder sb) {
    if (sub.q().low() <= parent.q().highOrMax()) {
      if (sb != null) {
        subj(subj(sb.append("rule 4 SUBSET: "), sub)
            .append(" is a sub-category's count that stays within "), parent);
      }
      return Verdict.SUBSET;
    }
    int why = comparable(sub, parent, sameTime);
    if (why != NOT_COMPARABLE) {
      if (sb != null) {
        why(subj(subj(sb.append("rule 4 CONFLICT: the sub-category's count "), sub)
            .append(" exceeds its parent's "), parent).append("; "), why, sub, parent, sameTime);
      }
      return Verdict.CONFLICT;
    }
    if (later(sub, parent)) {
      if (sb != null) {
        when(sb.append("rule 5 UPDATE: the later report ("), sub).append(") counts ");
        subj(subj(sb, sub).append(", past the earlier "), parent)
            .append(": the cumulative count has moved");
      }
      return Verdict.UPDATE;
    }
    if (sb != null) {
      when(sb.append("rule 4 CONFLICT: downward revision: the later report ("), parent)
          .append(") puts the parent count at ");
      subj(subj(sb, parent).append(", below the earlier sub-category count "), sub);
    }
    return Verdict.CONFLICT;
  }
}
