package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Quantity;
import io.github.countercheck.reconcile.Engine.Item;

/** The pairwise verdicts of rules 1, 4 and 5, each with a reason naming the rule and the figures. */
final class Verdicts {

  private Verdicts() {}

  /** A verdict and its reason. */
  record Judgement(Verdict verdict, String reason) {}

  private static String fig(Item it) {
    return it.figure();
  }

  private static String subj(Item it) {
    return it.figureWithSubject();
  }

  /** Why two reports' times are comparable, or null when they are not. */
  private static String comparable(Item x, Item y) {
    if (!x.claim.event().isCumulative()) {
      return x.claim.event() + " is not a cumulative count";
    }
    if (x.day == Engine.NO_DATE || y.day == Engine.NO_DATE) {
      return "a date is unknown, so neither can be an update of the other";
    }
    if (x.day == y.day) {
      return "on the same day (" + x.dayText() + ")";
    }
    return null;
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

  /** Two claims of the same measure; {@code x} is not later than {@code y} unless undated. */
  static Judgement sameMeasure(Item x, Item y, double threshold) {
    Quantity qx = x.q();
    Quantity qy = y.q();
    if (qx.overlaps(qy)) {
      if (qx.contains(qy) && muchWider(qx, qy, threshold)) {
        return new Judgement(Verdict.VAGUER,
            "rule 5 VAGUER: " + fig(x) + " contains " + fig(y) + " and is much wider");
      }
      if (qy.contains(qx) && muchWider(qy, qx, threshold)) {
        return new Judgement(Verdict.VAGUER,
            "rule 5 VAGUER: " + fig(y) + " contains " + fig(x) + " and is much wider");
      }
      return new Judgement(Verdict.AGREE,
          "rule 5 AGREE: " + fig(x) + " and " + fig(y) + " overlap and neither is much wider");
    }
    String why = comparable(x, y);
    if (why != null) {
      return new Judgement(Verdict.CONFLICT,
          "rule 5 CONFLICT: " + fig(x) + " and " + fig(y) + " do not overlap; " + why);
    }
    Item earlier = x.day < y.day ? x : y;
    Item later = earlier == x ? y : x;
    if (later.q().low() > earlier.q().highOrMax()) {
      return new Judgement(Verdict.UPDATE, "rule 5 UPDATE: the later report ("
          + later.dayText() + ") moves the cumulative count from " + fig(earlier) + " to "
          + later.description() + " (" + later.claim.document() + ")");
    }
    return new Judgement(Verdict.CONFLICT, "rule 5 CONFLICT: downward revision: the later report ("
        + later.dayText() + ") puts the cumulative count at " + later.description()
        + " (" + later.claim.document() + "), below the earlier " + fig(earlier));
  }

  /** A sub-category's claim against its parent's. */
  static Judgement subset(Item sub, Item parent) {
    if (sub.q().low() <= parent.q().highOrMax()) {
      return new Judgement(Verdict.SUBSET, "rule 4 SUBSET: " + subj(sub)
          + " is a sub-category's count that stays within " + subj(parent));
    }
    String why = comparable(sub, parent);
    if (why != null) {
      return new Judgement(Verdict.CONFLICT, "rule 4 CONFLICT: the sub-category's count " + subj(sub)
          + " exceeds its parent's " + subj(parent) + "; " + why);
    }
    if (sub.day > parent.day) {
      return new Judgement(Verdict.UPDATE, "rule 5 UPDATE: the later report ("
          + sub.dayText() + ") counts " + subj(sub) + ", past the earlier " + subj(parent)
          + ": the cumulative count has moved");
    }
    return new Judgement(Verdict.CONFLICT, "rule 4 CONFLICT: downward revision: the later report ("
        + parent.dayText() + ") puts the parent count at " + subj(parent)
        + ", below the earlier sub-category count " + subj(sub));
  }
}
