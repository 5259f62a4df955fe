package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Subject;
import java.util.Arrays;

/**
 * Decides whether a group holds a conflict over all its claims in {@code n log n}, and names a
 * witness pair for every claim in one: what judging every pair would find, without judging them.
 *
 * <p>Two claims {@code x} and {@code y} of different documents, {@code x}'s subject the same
 * measure as {@code y}'s or a kind of it, conflict exactly when {@code x.low > y.high} and
 * {@code x} is not a later report at a time not comparable with {@code y}'s (that pair is an
 * update: the count moved up). This one form covers rule 5 (disjoint intervals at comparable times,
 * or a downward revision) and rule 4 (a sub-category above its parent at comparable times, or a
 * parent revised below it): see {@link Verdicts}. For a non-cumulative event every time is
 * comparable.
 *
 * <p>So for each claim {@code x} it is enough to find, among the claims of a subject {@code x}
 * counts a part of, the lowest {@code high} over those that {@code x} is not an update of: all
 * undated claims; when {@code x} gives a date alone, every claim dated that day or later; when
 * {@code x} gives a time of day, the claims with a date alone from its date on and the timed
 * claims from {@code sameTime} before it on. Each such set is a suffix of the claims sorted by day
 * or by second, so one sort per subject and a suffix minimum answer each claim in {@code log n}.
 * The minimum keeps the best claim of two different documents, so that a claim is never matched
 * with its own document's. Run again with time and figures mirrored, the same search names, for
 * each claim that is only ever the lower side of a conflict, a partner above it.
 *
 * <p>Not thread-safe; one per group builder.
 */
final class ConflictFinder {

  private static final Subject[] SUBJECTS = Subject.values();
  /** For each subject, the subjects it can lie above in a conflict: the same measure or a parent. */
  private static final int[][] UP = new int[SUBJECTS.length][];
  /** For each subject, the subjects that can lie above it: the same measure or a kind of it. */
  private static final int[][] DOWN = new int[SUBJECTS.length][];

  static {
    for (Subject s : SUBJECTS) {
      int[] up = new int[SUBJECTS.length];
      int[] down = new int[SUBJECTS.length];
      int u = 0;
      int d = 0;
      for (Subject t : SUBJECTS) {
        if (Hierarchy.sameMeasure(s, t) || s.isKindOf(t)) {
          up[u++] = t.ordinal();
        }
        if (Hierarchy.sameMeasure(s, t) || t.isKindOf(s)) {
          down[d++] = t.ordinal();
        }
      }
      UP[s.ordinal()] = Arrays.copyOf(up, u);
      DOWN[s.ordinal()] = Arrays.copyOf(down, d);
    }
  }

  private static final byte UNDATED = 0;
  private static final byte DATE = 1;
  private static final byte TIME = 2;

  /** The group, mirrored or not: kind of time, day, second, figures, document and subject. */
  private byte[] kind = new byte[16];
  private long[] day = new long[16];
  private long[] sec = new long[16];
  private long[] lo = new long[16];
  private long[] hi = new long[16];
  private int[] doc = new int[16];
  private int n;

  /** Per subject, its suffix structures (null when the group has no claim of it). */
  private final Suffixes[] all = new Suffixes[SUBJECTS.length];
  private final Suffixes[] undated = new Suffixes[SUBJECTS.length];
  private final Suffixes[] datedByDay = new Suffixes[SUBJECTS.length];
  private final Suffixes[] dateOnlyByDay = new Suffixes[SUBJECTS.length];
  private final Suffixes[] timedBySecond = new Suffixes[SUBJECTS.length];

  private int[] partner = new int[16];
  private long[] pairs = new long[16];
  private int pairCount;

  /**
   * Finds the conflicts of {@code group[from, from + n)}.
   *
   * @param cumulative whether the event only grows (else every time is comparable)
   * @param sameTime   the span within which two times of day are comparable, in seconds
   * @return whether the group holds a conflict; the witnesses are then {@link #pairs()}
   */
  boolean find(Item[] group, int from, int n, boolean cumulative, long sameTime) {
    this.n = n;
    pairCount = 0;
    if (kind.length < n) {
      int size = Math.max(n, kind.length * 2);
      kind = new byte[size];
      day = new long[size];
      sec = new long[size];
      lo = new long[size];
      hi = new long[size];
      doc = new int[size];
      partner = new int[size];
    }
    int[] subj = new int[n];
    for (int i = 0; i < n; i++) {
      Item it = group[from + i];
      kind[i] = !cumulative || it.day == Item.NO_DATE ? UNDATED : it.timed() ? TIME : DATE;
      day[i] = it.day;
      sec[i] = it.second;
      lo[i] = it.q().low();
      hi[i] = it.q().highOrMax();
      doc[i] = it.doc;
      subj[i] = it.subject().ordinal();
    }
    boolean any = pass(subj, UP, sameTime);
    if (!any) {
      return false;
    }
    boolean[] named = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (partner[i] >= 0) {
        addPair(i, partner[i]);
        named[i] = true;
        named[partner[i]] = true;
      }
    }
    // mirrored: later is earlier, a low is a high; the claims only ever below get a partner above
    for (int i = 0; i < n; i++) {
      day[i] = -day[i];
      sec[i] = -sec[i];
      long l = lo[i];
      lo[i] = -hi[i];
      hi[i] = -l;
    }
    pass(subj, DOWN, sameTime);
    for (int i = 0; i < n; i++) {
      if (partner[i] >= 0 && !named[i]) {
        addPair(i, partner[i]);
      }
    }
    Arrays.sort(pairs, 0, pairCount);
    int k = 0;
    for (int i = 0; i < pairCount; i++) {
      if (k == 0 || pairs[i] != pairs[k - 1]) {
        pairs[k++] = pairs[i];
      }
    }
    pairCount = k;
    return true;
  }

  /** @return the witness pairs, each {@code a << 32 | b} with {@code a < b}, sorted and distinct */
  long[] pairs() {
    return Arrays.copyOf(pairs, pairCount);
  }

  private void addPair(int i, int j) {
    if (pairCount == pairs.length) {
      pairs = Arrays.copyOf(pairs, pairCount * 2);
    }
    pairs[pairCount++] = (long) Math.min(i, j) << 32 | Math.max(i, j);
  }

  /**
   * Sets {@code partner[x]} to the claim below {@code x} with the lowest high among those
   * {@code x} is not an update of, when it lies below {@code x}'s low, else -1.
   *
   * @return whether some claim has a partner
   */
  private boolean pass(int[] subj, int[][] relation, long sameTime) {
    int[] count = new int[SUBJECTS.length];
    for (int i = 0; i < n; i++) {
      count[subj[i]]++;
    }
    int[][] members = new int[SUBJECTS.length][];
    for (int s = 0; s < SUBJECTS.length; s++) {
      members[s] = count[s] == 0 ? null : new int[count[s]];
      count[s] = 0;
    }
    for (int i = 0; i < n; i++) {
      members[subj[i]][count[subj[i]]++] = i;
    }
    for (int s = 0; s < SUBJECTS.length; s++) {
      int[] m = members[s];
      if (m == null) {
        all[s] = undated[s] = datedByDay[s] = dateOnlyByDay[s] = timedBySecond[s] = null;
        continue;
      }
      all[s] = build(m, null, k -> true);
      undated[s] = build(m, null, k -> kind[k] == UNDATED);
      datedByDay[s] = build(m, day, k -> kind[k] != UNDATED);
      dateOnlyByDay[s] = build(m, day, k -> kind[k] == DATE);
      timedBySecond[s] = build(m, sec, k -> kind[k] == TIME);
    }
    boolean any = false;
    for (int x = 0; x < n; x++) {
      int best = -1;
      for (int t : relation[subj[x]]) {
        if (all[t] == null) {
          continue;
        }
        switch (kind[x]) {
          case UNDATED -> best = better(best, all[t].from(Long.MIN_VALUE, doc[x]));
          case DATE -> {
            best = better(best, undated[t].from(Long.MIN_VALUE, doc[x]));
            best = better(best, datedByDay[t].from(day[x], doc[x]));
          }
          default -> {
            best = better(best, undated[t].from(Long.MIN_VALUE, doc[x]));
            best = better(best, dateOnlyByDay[t].from(day[x], doc[x]));
            best = better(best, timedBySecond[t].from(sec[x] - sameTime, doc[x]));
          }
        }
      }
      partner[x] = best >= 0 && hi[best] < lo[x] ? best : -1;
      any |= partner[x] >= 0;
    }
    return any;
  }

  /** The better of two candidates (-1 for none): the lower high, then the lower index. */
  private int better(int a, int b) {
    if (a < 0) {
      return b;
    }
    if (b < 0) {
      return a;
    }
    return hi[b] < hi[a] || hi[b] == hi[a] && b < a ? b : a;
  }

  private interface Filter {
    boolean test(int k);
  }

  /** The claims of {@code m} that pass {@code keep}, sorted by {@code key} (null: one bucket). */
  private Suffixes build(int[] m, long[] key, Filter keep) {
    int c = 0;
    int[] sorted = new int[m.length];
    for (int k : m) {
      if (keep.test(k)) {
        sorted[c++] = k;
      }
    }
    long[] keys = new long[c];
    if (key != null && c > 1) {
      boolean ordered = true;
      for (int i = 1; i < c && ordered; i++) {
        ordered = key[sorted[i]] >= key[sorted[i - 1]];
      }
      if (!ordered) {
        IndexSort.sort(sorted, 0, c, (a, b) -> Long.compare(key[a], key[b]));
      }
    }
    for (int i = 0; i < c; i++) {
      keys[i] = key == null ? 0 : key[sorted[i]];
    }
    int[] b1 = new int[c + 1];
    int[] b2 = new int[c + 1];
    b1[c] = -1;
    b2[c] = -1;
    for (int i = c - 1; i >= 0; i--) {
      int e = sorted[i];
      int m1 = b1[i + 1];
      int m2 = b2[i + 1];
      if (m1 < 0) {
        b1[i] = e;
        b2[i] = -1;
      } else if (better(m1, e) == e) {
        b1[i] = e;
        b2[i] = doc[e] != doc[m1] ? m1 : m2;
      } else {
        b1[i] = m1;
        b2[i] = doc[e] != doc[m1] && better(m2, e) == e ? e : m2;
      }
    }
    return new Suffixes(keys, b1, b2);
  }

  /** The best claim, and the best of another document, of every suffix of claims sorted by key. */
  private final class Suffixes {
    private final long[] keys;
    private final int[] b1;
    private final int[] b2;

    Suffixes(long[] keys, int[] b1, int[] b2) {
      this.keys = keys;
      this.b1 = b1;
      this.b2 = b2;
    }

    /** The best claim with a key of at least {@code min} and a document other than {@code d}. */
    int from(long min, int d) {
      int lo = 0;
      int hi = keys.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (keys[mid] < min) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int c = b1[lo];
      return c >= 0 && doc[c] == d ? b2[lo] : c;
    }
  }
}
