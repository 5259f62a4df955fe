package io.github.countercheck.reconcile.story;

import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A story of a {@link StoryTracker}: its documents, its span in time, its title (the earliest
 * document's) and, when clustered, its centroid: per sub-vector (content, title, names, figures)
 * the terms sorted by id with their summed weights.
 */
final class StoryState {
  /** The sub-vectors of a document and a centroid. */
  static final int VECTORS = 4;

  /** A document's place in a story. */
  record Member(String id, PublicationTime published) {}

  final String id;
  final int number;
  final List<Member> members = new ArrayList<>();
  PublicationTime first;
  PublicationTime last;
  Member earliest;
  String earliestText;
  /** Latest document time in epoch seconds (mid-point of its precision), NaN if none. */
  double lastSeconds = Double.NaN;
  /** Per sub-vector, the centroid's terms sorted by id and their summed weights. */
  final int[][] centroid = new int[VECTORS][];
  final double[][] sums = new double[VECTORS][];
  final double[] norms = new double[VECTORS];
  /** The terms whose postings list this story. */
  Set<StreamTerm> indexed = new HashSet<>();
  boolean expired;
  /** The candidate search that last met this story, and how many query terms it shared. */
  int mark = -1;
  int hits;

  StoryState(String id, int number) {
    this.id = id;
    this.number = number;
    for (int k = 0; k < VECTORS; k++) {
      centroid[k] = TermVector.EMPTY.ids;
      sums[k] = TermVector.EMPTY.w;
    }
  }

  /** Adds a document: its time span, its title when it is the earliest, its time in seconds. */
  void join(Member m, String title, double t) {
    members.add(m);
    PublicationTime p = m.published();
    if (p != null) {
      if (first == null || p.compareTo(first) < 0) {
        first = p;
      }
      if (last == null || p.compareTo(last) > 0) {
        last = p;
      }
    }
    if (earliest == null || earlier(m, earliest)) {
      earliest = m;
      earliestText = title;
    }
    if (!Double.isNaN(t) && !(t <= lastSeconds)) {
      lastSeconds = t;
    }
  }

  private static boolean earlier(Member a, Member b) {
    if (a.published() == null) {
      return false;
    }
    if (b.published() == null) {
      return true;
    }
    int c = Long.compare(a.published().startEpochSecond(), b.published().startEpochSecond());
    return c < 0 || c == 0 && a.id().compareTo(b.id()) < 0;
  }

  /**
   * Adds a document's vectors to the centroid, each sub-vector cut to its {@code keep} heaviest
   * terms once it holds twice as many.
   */
  void addToCentroid(TermVector[] v, int keep) {
    for (int k = 0; k < VECTORS; k++) {
      int[] c = centroid[k];
      double[] s = sums[k];
      TermVector d = v[k];
      int[] mt = new int[c.length + d.ids.length];
      double[] mw = new double[mt.length];
      int i = 0;
      int j = 0;
      int n = 0;
      while (i < c.length || j < d.ids.length) {
        if (j == d.ids.length || i < c.length && c[i] < d.ids[j]) {
          mt[n] = c[i];
          mw[n++] = s[i++];
        } else if (i == c.length || d.ids[j] < c[i]) {
          mt[n] = d.ids[j];
          mw[n++] = d.w[j++];
        } else {
          mt[n] = c[i];
          mw[n++] = s[i++] + d.w[j++];
        }
      }
      if (n > 2 * keep) {
        n = truncate(mt, mw, n, keep);
      }
      centroid[k] = n == mt.length ? mt : Arrays.copyOf(mt, n);
      sums[k] = n == mw.length ? mw : Arrays.copyOf(mw, n);
      double norm = 0;
      for (int q = 0; q < n; q++) {
        norm += mw[q] * mw[q];
      }
      norms[k] = Math.sqrt(norm);
    }
  }

  /**
   * Keeps the {@code keep} heaviest of the first {@code n} terms (ties by id), in id order, at
   * the front of the arrays.
   *
   * @return {@code keep}
   */
  private static int truncate(int[] t, double[] w, int n, int keep) {
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a])
        : Integer.compare(t[a], t[b]));
    Arrays.sort(order, 0, keep, (a, b) -> Integer.compare(t[a], t[b]));
    int[] t2 = new int[keep];
    double[] w2 = new double[keep];
    for (int k = 0; k < keep; k++) {
      t2[k] = t[order[k]];
      w2[k] = w[order[k]];
    }
    System.arraycopy(t2, 0, t, 0, keep);
    System.arraycopy(w2, 0, w, 0, keep);
    return keep;
  }

  /** Marks the story expired and lets go of its centroid and index. */
  void expire() {
    expired = true;
    for (int k = 0; k < VECTORS; k++) {
      centroid[k] = TermVector.EMPTY.ids;
      sums[k] = TermVector.EMPTY.w;
    }
    indexed = Set.of();
  }

  /** @return the story: its documents by time (undated last, then by id), its title or its id */
  Story toStory() {
    List<Member> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing(Member::published,
            Comparator.nullsLast(Comparator.comparingLong(PublicationTime::startEpochSecond)
                .thenComparingLong(PublicationTime::endEpochSecond)))
        .thenComparing(Member::id));
    List<String> ids = new ArrayList<>(sorted.size());
    for (Member m : sorted) {
      ids.add(m.id());
    }
    String title = earliestText;
    return new Story(id, title.isEmpty() ? id : title, ids, first, last);
  }
}
