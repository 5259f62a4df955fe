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
 * indexes in scratch arrays that it reuses from group to group (a run has hundreds of thousands
 * of groups), so one instance serves one run at a time: not thread-safe.
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

  private final boolean[] present = new boolean[SUBJECTS];
  private final long[] laterMaxLow = new long[SUBJECTS];
  private boolean[] dropped = new boolean[16];
  private int[] latest = new int[16];
  private int[] top = new int[16];
  private int[] latestDay = new int[16];
  private int[] perVoice = new int[16];

  /** The group being estimated: {@code group[from, from + n)}. */
  private Item[] group;
  private int from;

  Estimator() {}

  private Item at(int k) {
    return group[from + k];
  }

  /**
   * @param group      holds the group's members, sorted by date with undated last, at
   *     {@code [from, from + n)}
   * @param from       where the group starts
   * @param n          how many members it has
   * @param voiceOf    each member's voice, as an index in {@code [0, voices)}
   * @param voices     how many voices the group has
   * @param cumulative whether the event only grows
   * @return the estimate
   */
  Optional<Estimate> estimate(Item[] group, int from, int n, int[] voiceOf, int voices,
      boolean cumulative) {
    this.group = group;
    this.from = from;
    try {
      return estimate(n, voiceOf, voices, cumulative);
    } finally {
      this.group = null;
    }
  }

  private Optional<Estimate> estimate(int n, int[] voiceOf, int voices, boolean cumulative) {
    if (dropped.length < n) {
      int size = Math.max(n, dropped.length * 2);
      dropped = new boolean[size];
      latest = new int[size];
      top = new int[size];
    }
    if (latestDay.length < voices) {
      int size = Math.max(voices, latestDay.length * 2);
      latestDay = new int[size];
      perVoice = new int[size];
    }
    boolean[] dropped = this.dropped;
    Arrays.fill(dropped, 0, n, false);
    if (cumulative) {
      notUpdated(n);
    }
    // of each voice, its claims of its latest date (undated counts as earliest)
    int[] latestDay = this.latestDay;
    Arrays.fill(latestDay, 0, voices, Engine.NO_DATE);
    for (int i = 0; i < n; i++) {
      if (!dropped[i]) {
        latestDay[voiceOf[i]] = Math.max(latestDay[voiceOf[i]], at(i).day);
      }
    }
    int[] latest = this.latest;
    int latestCount = 0;
    boolean[] present = this.present;
    Arrays.fill(present, false);
    for (int i = 0; i < n; i++) {
      if (!dropped[i] && latestDay[voiceOf[i]] == at(i).day) {
        latest[latestCount++] = i;
        present[at(i).subject().ordinal()] = true;
      }
    }
    // the top measure: claims whose subject has no strict ancestor among the candidates
    int[] top = this.top;
    int topCount = 0;
    long floor = 0; // the highest low of the sub-category claims
    for (int k = 0; k < latestCount; k++) {
      Item it = at(latest[k]);
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
    Subject measure = at(top[0]).subject();
    int specificCount = 0;
    for (int k = 0; k < topCount; k++) {
      Item it = at(top[k]);
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
        Quantity q = at(top[k]).q();
        if (q.isSpecific()) {
          specific[m++] = top[k];
          min = Math.min(min, q.value());
          max = Math.max(max, q.value());
        }
      }
      for (int k = 0; k < topCount; k++) {
        Quantity q = at(top[k]).q();
        if (!q.isSpecific() && q.high() != null) {
          max = Math.max(max, q.high());
        }
      }
      low = min;
      best = weightedMedian(specific, voiceOf, voices);
      high = max;
    } else {
      long maxLow = 0;
      long minHigh = Long.MAX_VALUE;
      long minLow = Long.MAX_VALUE;
      long maxHigh = 0;
      boolean unbounded = false;
      for (int k = 0; k < topCount; k++) {
        Quantity q = at(top[k]).q();
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
  private void notUpdated(int n) {
    long[] laterMaxLow = this.laterMaxLow;
    Arrays.fill(laterMaxLow, -1);
    boolean[] dropped = this.dropped;
    int end = n;
    while (end > 0 && at(end - 1).day == Engine.NO_DATE) {
      end--;
    }
    int i = end - 1;
    while (i >= 0) {
      int day = at(i).day;
      int j = i;
      while (j >= 0 && at(j).day == day) {
        Item it = at(j);
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
        Item it = at(k);
        int s = it.subject().ordinal();
        laterMaxLow[s] = Math.max(laterMaxLow[s], it.q().low());
      }
      i = j;
    }
  }

  /** The lower weighted median of the specific values, each voice's figures sharing weight 1. */
  private long weightedMedian(int[] specific, int[] voiceOf, int voices) {
    int[] perVoice = this.perVoice;
    Arrays.fill(perVoice, 0, voices, 0);
    int distinct = 0;
    for (int i : specific) {
      if (perVoice[voiceOf[i]]++ == 0) {
        distinct++;
      }
    }
    if (specific.length > 1) {
      Engine.sortIndexes(specific, (a, b) -> {
        Item x = at(a);
        Item y = at(b);
        int c = Long.compare(x.q().value(), y.q().value());
        return c != 0 ? c : Integer.compare(x.order, y.order);
      });
    }
    double half = distinct / 2.0;
    double acc = 0;
    for (int i : specific) {
      acc += 1.0 / perVoice[voiceOf[i]];
      if (acc >= half - 1e-9) {
        return at(i).q().value();
      }
    }
    return at(specific[specific.length - 1]).q().value();
  }
}
