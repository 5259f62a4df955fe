package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
        if (Hierarchy.sameMeasure(t, s) || t.isKindOf(s)) {
          m.add(t.ordinal());
        }
      }
      MOVERS[s.ordinal()] = m.stream().mapToInt(Integer::intValue).toArray();
      PARENT[s.ordinal()] = s.parent() == null ? -1 : s.parent().ordinal();
    }
  }

  private final boolean[] present = new boolean[SUBJECTS];
  private final long[] laterMaxLow = new long[SUBJECTS];
  private final long[] laterDateOnly = new long[SUBJECTS];
  private boolean[] dropped = new boolean[16];
  private int[] latest = new int[16];
  private int[] top = new int[16];
  private int[] latestDay = new int[16];
  private int[] perVoice = new int[16];
  private long[] latestSecond = new long[16];
  private int[] timedOrder = new int[16];
  /** The highest low of the latest sub-category claims, as {@link #topMeasure} found it. */
  private long subFloor;
  /** The span within which two times of day are "the same time", in seconds. */
  private final long sameTime;

  /** The group being estimated: {@code group[from, from + n)}. */
  private Item[] group;
  private int from;

  Estimator(long sameTime) {
    this.sameTime = sameTime;
  }

  private Item at(int k) {
    return group[from + k];
  }

  /**
   * @param group      holds the group's members, sorted by date (within a date by time) with
   *     undated last, at
   *     {@code [from, from + n)}
   * @param from       where the group starts
   * @param n          how many members it has
   * @param voiceOf    each member's voice, as an index in {@code [0, voices)}
   * @param voices     how many voices the group has
   * @param cumulative whether the event only grows
   * @return the estimate
   */
  @Nullable Estimate estimate(Item[] group, int from, int n, int[] voiceOf, int voices,
      boolean cumulative) {
    this.group = group;
    this.from = from;
    try {
      return estimate(n, voiceOf, voices, cumulative);
    } finally {
      this.group = null;
    }
  }

  private @Nullable Estimate estimate(int n, int[] voiceOf, int voices, boolean cumulative) {
    reserve(n, voices);
    Arrays.fill(dropped, 0, n, false);
    if (cumulative) {
      notUpdated(n);
    }
    int latestCount = latestOfEachVoice(n, voiceOf, voices);
    int topCount = topMeasure(latestCount);
    int specificCount = specificInOneMeasure(topCount);
    if (specificCount < 0) {
      return null; // siblings with no parent figure: no sum is implied
    }
    Estimate range = specificCount > 0
        ? specificRange(topCount, specificCount, voiceOf, voices)
        : boundsRange(topCount);
    return raisedToFloor(range);
  }

  /** Grows the scratch arrays to hold {@code n} members and {@code voices} voices. */
  private void reserve(int n, int voices) {
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
      latestSecond = new long[size];
    }
  }

  /**
   * Puts in {@code latest} the members not dropped that are their voice's latest, and marks their
   * subjects {@code present}.
   *
   * @return how many there are
   */
  private int latestOfEachVoice(int n, int[] voiceOf, int voices) {
    boolean[] dropped = this.dropped;
    // of each voice, its claims of its latest date (undated counts as earliest), and of those
    // with a time of day only the latest: a date alone is the whole day, as late as any time in it
    int[] latestDay = this.latestDay;
    long[] latestSecond = this.latestSecond;
    Arrays.fill(latestDay, 0, voices, Item.NO_DATE);
    Arrays.fill(latestSecond, 0, voices, Item.NO_TIME);
    for (int i = 0; i < n; i++) {
      if (!dropped[i]) {
        latestDay[voiceOf[i]] = Math.max(latestDay[voiceOf[i]], at(i).day);
      }
    }
    for (int i = 0; i < n; i++) {
      Item it = at(i);
      if (!dropped[i] && it.timed() && latestDay[voiceOf[i]] == it.day) {
        latestSecond[voiceOf[i]] = Math.max(latestSecond[voiceOf[i]], it.second);
      }
    }
    int[] latest = this.latest;
    int latestCount = 0;
    boolean[] present = this.present;
    Arrays.fill(present, false);
    for (int i = 0; i < n; i++) {
      Item it = at(i);
      if (!dropped[i] && latestDay[voiceOf[i]] == it.day
          && (!it.timed() || latestSecond[voiceOf[i]] == it.second)) {
        latest[latestCount++] = i;
        present[at(i).subject().ordinal()] = true;
      }
    }
    return latestCount;
  }

  /**
   * Puts in {@code top} the top measure of the latest claims: those whose subject has no strict
   * ancestor among the candidates; the others, of sub-categories, raise {@code subFloor}.
   *
   * @return how many there are
   */
  private int topMeasure(int latestCount) {
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
    subFloor = floor;
    return topCount;
  }

  /**
   * How many of the top claims are specific, or -1 when they are not all of one measure.
   */
  private int specificInOneMeasure(int topCount) {
    Subject measure = at(top[0]).subject();
    int specificCount = 0;
    for (int k = 0; k < topCount; k++) {
      Item it = at(top[k]);
      if (!Hierarchy.sameMeasure(measure, it.subject())) {
        return -1;
      }
      if (it.q().isSpecific()) {
        specificCount++;
      }
    }
    return specificCount;
  }

  /**
   * With specific figures among the top claims: from the least to the most of them (or of an upper
   * bound of the others), with their weighted median as the best figure.
   */
  private Estimate specificRange(int topCount, int specificCount, int[] voiceOf, int voices) {
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
    return new Estimate(min, weightedMedian(specific, voiceOf, voices), max);
  }

  /** With no specific figure among the top claims: the range their bounds allow, with no best. */
  private Estimate boundsRange(int topCount) {
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
      return new Estimate(maxLow, null, minHigh == Long.MAX_VALUE ? null : minHigh);
    } else { // they conflict: their span
      return new Estimate(minLow, null, unbounded ? null : maxHigh);
    }
  }

  /** The range with its low raised to the sub-categories' floor, where that stays credible. */
  private Estimate raisedToFloor(Estimate range) {
    long low = range.low();
    Long best = range.best();
    Long high = range.high();
    long ceiling = best != null ? best : high != null ? high : Long.MAX_VALUE;
    if (subFloor > low && subFloor <= ceiling) {
      return new Estimate(subFloor, best, high);
    }
    return range;
  }

  /**
   * Marks, for a cumulative count, the claims that a later report moved past: a report of the same
   * measure or of a sub-category, at a time not comparable with the claim's and later (see {@link
   * Verdicts}), whose low exceeds the claim's high. By date for claims with a date alone and
   * against reports with one; by time, past the span {@code sameTime}, between two claims that
   * both give a time of day.
   */
  private void notUpdated(int n) {
    long[] laterMaxLow = this.laterMaxLow;
    long[] laterDateOnly = this.laterDateOnly;
    Arrays.fill(laterMaxLow, -1);
    Arrays.fill(laterDateOnly, -1);
    boolean[] dropped = this.dropped;
    int end = n;
    while (end > 0 && at(end - 1).day == Item.NO_DATE) {
      end--;
    }
    int timedCount = 0;
    // by date, from the latest day back: reports of a later day move a claim with a date alone;
    // those with a date alone also move a timed claim of an earlier day
    int i = end - 1;
    while (i >= 0) {
      int day = at(i).day;
      int j = i;
      while (j >= 0 && at(j).day == day) {
        Item it = at(j);
        if (moved(it, it.timed() ? laterDateOnly : laterMaxLow)) {
          dropped[j] = true;
        }
        if (it.timed()) {
          timedCount++;
        }
        j--;
      }
      for (int k = i; k > j; k--) {
        Item it = at(k);
        int s = it.subject().ordinal();
        laterMaxLow[s] = Math.max(laterMaxLow[s], it.q().low());
        if (!it.timed()) {
          laterDateOnly[s] = Math.max(laterDateOnly[s], it.q().low());
        }
      }
      i = j;
    }
    if (timedCount < 2) {
      return;
    }
    // by time, between claims that both give one: moved by a report more than sameTime later
    if (timedOrder.length < timedCount) {
      timedOrder = new int[Math.max(timedCount, timedOrder.length * 2)];
    }
    int[] order = timedOrder;
    int c = 0;
    for (int k = 0; k < end; k++) {
      if (at(k).timed()) {
        order[c++] = k;
      }
    }
    IndexSort.sort(order, 0, c, (a, b) -> Long.compare(at(a).second, at(b).second));
    Arrays.fill(laterMaxLow, -1);
    int next = c - 1;
    for (int k = c - 1; k >= 0; k--) {
      Item it = at(order[k]);
      while (next >= 0 && at(order[next]).second > it.second + sameTime) {
        Item later = at(order[next]);
        int s = later.subject().ordinal();
        laterMaxLow[s] = Math.max(laterMaxLow[s], later.q().low());
        next--;
      }
      if (moved(it, laterMaxLow)) {
        dropped[order[k]] = true;
      }
    }
  }

  /** Whether a later low of a subject that moves the claim's exceeds its high. */
  private static boolean moved(Item it, long[] laterMaxLow) {
    long high = it.q().highOrMax();
    for (int s : MOVERS[it.subject().ordinal()]) {
      if (laterMaxLow[s] > high) {
        return true;
      }
    }
    return false;
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
      IndexSort.sort(specific, (a, b) -> {
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
