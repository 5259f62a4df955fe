package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.reconcile.Engine.Item;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Rule 7: the estimate of a group from its latest comparable reports. Works on the members'
 * indexes in primitive arrays: it runs once per group, and a run has hundreds of thousands.
 */
final class Estimator {

  private static final Subject[] ALL = Subject.values();
  private static final int SUBJECTS = ALL.length;
  /** For each subject s, the subjects whose later counts move s: the same measure or a kind of s. */
  private static final int[][] MOVERS = new int[SUBJECTS][];
  /** For each subject, the ordinal of its parent, or -1. */
  private static final int[] PARENT = new int[SUBJECTS];

  static {
    for (Subject s : ALL) {
      List<Integer> m = new ArrayList<>();
      for (Subject t : ALL) {
        if (Engine.sameMeasure(t, s) || t.isKindOf(s)) {
          m.add(t.ordinal());
        }
      }
      MOVERS[s.ordinal()] = m.stream().mapToInt(Integer::intValue).toArray();
      PARENT[s.ordinal()] = s.parent().map(Subject::ordinal).orElse(-1);
    }
  }

  private Estimator() {}

  /**
   * @param members    the group's members, sorted by date with undated last
   * @param voiceOf    each member's voice, as an index in {@code [0, voices)}
   * @param voices     how many voices the group has
   * @param cumulative whether the event only grows
   */
  static Optional<Estimate> estimate(List<Item> members, int[] voiceOf, int voices,
      boolean cumulative) {
    int n = members.size();
    boolean[] dropped = cumulative ? notUpdated(members) : new boolean[n];
    // of each voice, its claims of its latest date (undated counts as earliest)
    int[] latestDay = new int[voices];
    Arrays.fill(latestDay, Engine.NO_DATE);
    for (int i = 0; i < n; i++) {
      if (!dropped[i]) {
        latestDay[voiceOf[i]] = Math.max(latestDay[voiceOf[i]], members.get(i).day);
      }
    }
    int[] latest = new int[n];
    int latestCount = 0;
    boolean[] present = new boolean[SUBJECTS];
    for (int i = 0; i < n; i++) {
      if (!dropped[i] && latestDay[voiceOf[i]] == members.get(i).day) {
        latest[latestCount++] = i;
        present[members.get(i).subject().ordinal()] = true;
      }
    }
    // the top measure: claims whose subject has no strict ancestor among the candidates
    int[] top = new int[latestCount];
    int topCount = 0;
    long floor = 0; // the highest low of the sub-category claims
    for (int k = 0; k < latestCount; k++) {
      Item it = members.get(latest[k]);
      boolean hasAncestor = false;
      for (int s = PARENT[it.subject().ordinal()]; s >= 0; s = PARENT[s]) {
        hasAncestor |= present[s];
      }
      if (hasAncestor) {
        floor = Math.max(floor, it.q().low());
      } else {
        top[topCount++] = latest[k];
      }
    }
    Subject measure = members.get(top[0]).subject();
    int specificCount = 0;
    for (int k = 0; k < topCount; k++) {
      Item it = members.get(top[k]);
      if (!Engine.sameMeasure(measure, it.subject())) {
        return Optional.empty(); // siblings with no parent figure: no sum is implied
      }
      if (it.q().isSpecific()) {
        specificCount++;
      }
    }
    long low;
    Long best = null;
    Long high;
    if (specificCount > 0) {
      int[] specific = new int[specificCount];
      int m = 0;
      long min = Long.MAX_VALUE;
      long max = 0;
      for (int k = 0; k < topCount; k++) {
        Quantity q = members.get(top[k]).q();
        if (q.isSpecific()) {
          specific[m++] = top[k];
          min = Math.min(min, q.value());
          max = Math.max(max, q.value());
        }
      }
      for (int k = 0; k < topCount; k++) {
        Quantity q = members.get(top[k]).q();
        if (!q.isSpecific() && q.high() != null) {
          max = Math.max(max, q.high());
        }
      }
      low = min;
      best = weightedMedian(members, specific, voiceOf, voices);
      high = max;
    } else {
      long maxLow = 0;
      long minHigh = Long.MAX_VALUE;
      long minLow = Long.MAX_VALUE;
      long maxHigh = 0;
      boolean unbounded = false;
      for (int k = 0; k < topCount; k++) {
        Quantity q = members.get(top[k]).q();
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
    long ceiling = best != null ? best : high != null ? high : Long.MAX_VALUE;
    if (floor > low && floor <= ceiling) {
      low = floor;
    }
    return Optional.of(new Estimate(low, best, high));
  }

  /**
   * Marks, for a cumulative count, the claims that a later report moved past (a later claim of the
   * same measure or of a sub-category whose low exceeds the claim's high).
   */
  private static boolean[] notUpdated(List<Item> members) {
    long[] laterMaxLow = new long[SUBJECTS];
    Arrays.fill(laterMaxLow, -1);
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
        for (int s : MOVERS[it.subject().ordinal()]) {
          if (laterMaxLow[s] > high) {
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
    return dropped;
  }

  /** The lower weighted median of the specific values, each voice's figures sharing weight 1. */
  private static long weightedMedian(List<Item> members, int[] specific, int[] voiceOf,
      int voices) {
    int[] perVoice = new int[voices];
    int distinct = 0;
    for (int i : specific) {
      if (perVoice[voiceOf[i]]++ == 0) {
        distinct++;
      }
    }
    if (specific.length > 1) {
      Engine.sortIndexes(specific, (a, b) -> {
        Item x = members.get(a);
        Item y = members.get(b);
        int c = Long.compare(x.q().value(), y.q().value());
        return c != 0 ? c : Integer.compare(x.order, y.order);
      });
    }
    double half = distinct / 2.0;
    double acc = 0;
    for (int i : specific) {
      acc += 1.0 / perVoice[voiceOf[i]];
      if (acc >= half - 1e-9) {
        return members.get(i).q().value();
      }
    }
    return members.get(specific[specific.length - 1]).q().value();
  }
}
