package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.reconcile.Engine.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rule 7: the estimate of a group from its latest comparable reports. */
final class Estimator {

  private static final Subject[] ALL = Subject.values();
  private static final int SUBJECTS = ALL.length;
  /** For each subject s, the subjects whose later counts move s: the same measure or a kind of s. */
  private static final Subject[][] MOVERS = new Subject[SUBJECTS][];

  static {
    for (Subject s : ALL) {
      List<Subject> m = new ArrayList<>();
      for (Subject t : ALL) {
        if (Engine.sameMeasure(t, s) || t.isKindOf(s)) {
          m.add(t);
        }
      }
      MOVERS[s.ordinal()] = m.toArray(new Subject[0]);
    }
  }

  private Estimator() {}

  /**
   * @param members   the group's members, sorted by date with undated last
   * @param cumulative whether the event only grows
   */
  static Optional<Estimate> estimate(List<Item> members, boolean cumulative) {
    List<Item> latest = latestPerVoice(cumulative ? notUpdated(members) : members);
    // the top measure: claims whose subject has no strict ancestor among the candidates
    boolean[] present = new boolean[SUBJECTS];
    for (Item it : latest) {
      present[it.subject().ordinal()] = true;
    }
    List<Item> top = new ArrayList<>();
    List<Item> subs = new ArrayList<>();
    for (Item it : latest) {
      boolean hasAncestor = false;
      for (Subject s = it.subject().parent().orElse(null); s != null; s = s.parent().orElse(null)) {
        hasAncestor |= present[s.ordinal()];
      }
      (hasAncestor ? subs : top).add(it);
    }
    Subject measure = top.get(0).subject();
    for (Item it : top) {
      if (!Engine.sameMeasure(measure, it.subject())) {
        return Optional.empty(); // siblings with no parent figure: no sum is implied
      }
    }
    long low;
    Long best = null;
    Long high;
    List<Item> specific = new ArrayList<>();
    for (Item it : top) {
      if (it.q().isSpecific()) {
        specific.add(it);
      }
    }
    if (!specific.isEmpty()) {
      long min = Long.MAX_VALUE;
      long max = 0;
      for (Item it : specific) {
        min = Math.min(min, it.q().value());
        max = Math.max(max, it.q().value());
      }
      for (Item it : top) {
        if (!it.q().isSpecific() && it.q().high() != null) {
          max = Math.max(max, it.q().high());
        }
      }
      low = min;
      best = weightedMedian(specific);
      high = max;
    } else {
      long maxLow = 0;
      long minHigh = Long.MAX_VALUE;
      long minLow = Long.MAX_VALUE;
      long maxHigh = 0;
      boolean unbounded = false;
      for (Item it : top) {
        Quantity q = it.q();
        maxLow = Math.max(maxLow, q.low());
        minLow = Math.min(minLow, q.low());
        minHigh = Math.min(minHigh, q.highOrMax());
        if (q.high() == null) {
          unbounded = true;
        } else {
          maxHigh = Math.max(maxHigh, q.high());
        }
      }
      if (maxLow <= minHigh) { // the figures share counts: they narrow each other
        low = maxLow;
        high = minHigh == Long.MAX_VALUE ? null : minHigh;
      } else { // they conflict: their span
        low = minLow;
        high = unbounded ? null : maxHigh;
      }
    }
    long floor = 0;
    for (Item it : subs) {
      floor = Math.max(floor, it.q().low());
    }
    long ceiling = best != null ? best : high != null ? high : Long.MAX_VALUE;
    if (floor > low && floor <= ceiling) {
      low = floor;
    }
    return Optional.of(new Estimate(low, best, high));
  }

  /**
   * Drops, for a cumulative count, the claims that a later report moved past (a later claim of the
   * same measure or of a sub-category whose low exceeds the claim's high).
   */
  private static List<Item> notUpdated(List<Item> members) {
    long[] laterMaxLow = new long[SUBJECTS];
    java.util.Arrays.fill(laterMaxLow, -1);
    boolean[] dropped = new boolean[members.size()];
    int end = members.size();
    while (end > 0 && members.get(end - 1).day == Engine.NO_DATE) {
      end--;
    }
    int i = end - 1;
    while (i >= 0) {
      int day = members.get(i).day;
      int j = i;
      while (j >= 0 && members.get(j).day == day) {
        Item it = members.get(j);
        long high = it.q().highOrMax();
        for (Subject s : MOVERS[it.subject().ordinal()]) {
          if (laterMaxLow[s.ordinal()] > high) {
            dropped[j] = true;
            break;
          }
        }
        j--;
      }
      for (int k = i; k > j; k--) {
        Item it = members.get(k);
        int s = it.subject().ordinal();
        laterMaxLow[s] = Math.max(laterMaxLow[s], it.q().low());
      }
      i = j;
    }
    List<Item> out = new ArrayList<>(members.size());
    for (int k = 0; k < members.size(); k++) {
      if (!dropped[k]) {
        out.add(members.get(k));
      }
    }
    return out;
  }

  /** Of each voice, its claims of its latest date (undated counts as earliest). */
  private static List<Item> latestPerVoice(List<Item> items) {
    Map<String, int[]> latestDay = new HashMap<>();
    for (Item it : items) {
      int[] d = latestDay.computeIfAbsent(it.voiceKey, k -> new int[] {Engine.NO_DATE});
      d[0] = Math.max(d[0], it.day);
    }
    List<Item> out = new ArrayList<>();
    for (Item it : items) {
      if (latestDay.get(it.voiceKey)[0] == it.day) {
        out.add(it);
      }
    }
    return out;
  }

  /** The lower weighted median of the specific values, each voice's figures sharing weight 1. */
  private static long weightedMedian(List<Item> specific) {
    Map<String, Integer> perVoice = new HashMap<>();
    for (Item it : specific) {
      perVoice.merge(it.voiceKey, 1, Integer::sum);
    }
    List<Item> sorted = new ArrayList<>(specific);
    sorted.sort(Comparator.comparingLong((Item it) -> it.q().value()).thenComparingInt(it -> it.order));
    double half = perVoice.size() / 2.0;
    double acc = 0;
    for (Item it : sorted) {
      acc += 1.0 / perVoice.get(it.voiceKey);
      if (acc >= half - 1e-9) {
        return it.q().value();
      }
    }
    return sorted.get(sorted.size() - 1).q().value();
  }
}
