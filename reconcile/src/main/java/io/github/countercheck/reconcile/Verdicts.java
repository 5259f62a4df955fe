package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Quantity;
import io.github.countercheck.reconcile.Engine.Item;

/**
 * The pairwise verdicts of rules 1, 4 and 5, each with a reason naming the rule and the figures.
 * The reason is written into a builder the caller hands in (and empties), or not at all when it
 * hands in none: a run judges the verdicts of a million pairs and writes their reasons only
 * when they are read ({@link Relation#reason()}).
 */
final class Verdicts {

  private Verdicts() {}

  /** "figure (document, date)" */
  private static StringBuilder fig(StringBuilder sb, Item it) {
    Figures.describe(it.q(), sb).append(" (").append(it.claim.document()).append(", ");
    return Figures.day(it.day, sb).append(')');
  }

  /** "figure SUBJECT (document, date)" */
  private static StringBuilder subj(StringBuilder sb, Item it) {
    Figures.describe(it.q(), sb).append(' ').append(it.subject()).append(" (")
        .append(it.claim.document()).append(", ");
    return Figures.day(it.day, sb).append(')');
  }

  private static final int NOT_COMPARABLE = 0;
  private static final int NOT_CUMULATIVE = 1;
  private static final int DATE_UNKNOWN = 2;
  private static final int SAME_DAY = 3;

  /** Whether two reports' times are comparable, and why: one of the constants above. */
  private static int comparable(Item x, Item y) {
    if (!x.claim.event().isCumulative()) {
      return NOT_CUMULATIVE;
    }
    if (x.day == Engine.NO_DATE || y.day == Engine.NO_DATE) {
      return DATE_UNKNOWN;
    }
    return x.day == y.day ? SAME_DAY : NOT_COMPARABLE;
  }

  /** Appends why two reports' times are comparable ({@link #comparable} is not NOT_COMPARABLE). */
  private static StringBuilder why(StringBuilder sb, int why, Item x) {
    return switch (why) {
      case NOT_CUMULATIVE -> sb.append(x.claim.event()).append(" is not a cumulative count");
      case DATE_UNKNOWN -> sb.append("a date is unknown, so neither can be an update of the other");
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
   * Two claims of the same measure; {@code x} is not later than {@code y} unless undated.
   *
   * @param sb receives the reason, or null for the verdict alone
   * @return the verdict
   */
  static Verdict sameMeasure(Item x, Item y, double threshold, StringBuilder sb) {
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
    int why = comparable(x, y);
    if (why != NOT_COMPARABLE) {
      if (sb != null) {
        why(fig(fig(sb.append("rule 5 CONFLICT: "), x).append(" and "), y)
            .append(" do not overlap; "), why, x);
      }
      return Verdict.CONFLICT;
    }
    Item earlier = x.day < y.day ? x : y;
    Item later = earlier == x ? y : x;
    if (later.q().low() > earlier.q().highOrMax()) {
      if (sb != null) {
        Figures.day(later.day, sb.append("rule 5 UPDATE: the later report ("))
            .append(") moves the cumulative count from ");
        Figures.describe(later.q(), fig(sb, earlier).append(" to "))
            .append(" (").append(later.claim.document()).append(')');
      }
      return Verdict.UPDATE;
    }
    if (sb != null) {
      Figures.day(later.day, sb.append("rule 5 CONFLICT: downward revision: the later report ("))
          .append(") puts the cumulative count at ");
      fig(Figures.describe(later.q(), sb).append(" (").append(later.claim.document())
          .append("), below the earlier "), earlier);
    }
    return Verdict.CONFLICT;
  }

  /**
   * A sub-category's claim against its parent's.
   *
   * @param sb receives the reason, or null for the verdict alone
   * @return the verdict
   */
  static Verdict subset(Item sub, Item parent, StringBuilder sb) {
    if (sub.q().low() <= parent.q().highOrMax()) {
      if (sb != null) {
        subj(subj(sb.append("rule 4 SUBSET: "), sub)
            .append(" is a sub-category's count that stays within "), parent);
      }
      return Verdict.SUBSET;
    }
    int why = comparable(sub, parent);
    if (why != NOT_COMPARABLE) {
      if (sb != null) {
        why(subj(subj(sb.append("rule 4 CONFLICT: the sub-category's count "), sub)
            .append(" exceeds its parent's "), parent).append("; "), why, sub);
      }
      return Verdict.CONFLICT;
    }
    if (sub.day > parent.day) {
      if (sb != null) {
        Figures.day(sub.day, sb.append("rule 5 UPDATE: the later report (")).append(") counts ");
        subj(subj(sb, sub).append(", past the earlier "), parent)
            .append(": the cumulative count has moved");
      }
      return Verdict.UPDATE;
    }
    if (sb != null) {
      Figures.day(parent.day, sb.append("rule 4 CONFLICT: downward revision: the later report ("))
          .append(") puts the parent count at ");
      subj(subj(sb, parent).append(", below the earlier sub-category count "), sub);
    }
    return Verdict.CONFLICT;
  }
}
