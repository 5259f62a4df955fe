package io.github.countercheck.reconcile.story;

import java.util.Arrays;

/** A sparse unit vector of a {@link StoryTracker}, its terms sorted by id. */
final class TermVector {
  static final TermVector EMPTY = new TermVector(new StreamTerm[0], new double[0]);
  final StreamTerm[] terms;
  final int[] ids;
  final double[] w;

  private TermVector(StreamTerm[] terms, double[] w) {
    this.terms = terms;
    this.w = w;
    this.ids = new int[terms.length];
    for (int i = 0; i < terms.length; i++) {
      ids[i] = terms[i].id;
    }
  }

  /**
   * The unit vector of weighted terms, cut to its {@code max} heaviest (ties by term id).
   *
   * @param ts  the terms, at least one
   * @param w   their weights
   * @param max the most terms to keep
   * @return the vector, its terms in id order
   */
  static TermVector unit(StreamTerm[] ts, double[] w, int max) {
    int n = ts.length;
    int keep = Math.min(n, max);
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    if (n > max) {
      Arrays.sort(order, (a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a])
          : Integer.compare(ts[a].id, ts[b].id));
    }
    Arrays.sort(order, 0, keep, (a, b) -> Integer.compare(ts[a].id, ts[b].id));
    StreamTerm[] t2 = new StreamTerm[keep];
    double[] w2 = new double[keep];
    double norm = 0;
    for (int k = 0; k < keep; k++) {
      t2[k] = ts[order[k]];
      w2[k] = w[order[k]];
      norm += w2[k] * w2[k];
    }
    norm = Math.sqrt(norm);
    for (int k = 0; k < keep; k++) {
      w2[k] /= norm;
    }
    return new TermVector(t2, w2);
  }

  /** @return the indices of the heaviest {@code k} weights, ties by term */
  int[] heaviest(int k) {
    int n = terms.length;
    if (k >= n) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] top = new int[k];
    int size = 0;
    for (int i = 0; i < n; i++) {
      // insertion into a short sorted array: k is at most ten
      int pos = size;
      while (pos > 0 && heavier(i, top[pos - 1])) {
        pos--;
      }
      if (pos < k) {
        int end = Math.min(size, k - 1);
        System.arraycopy(top, pos, top, pos + 1, end - pos);
        top[pos] = i;
        size = Math.min(size + 1, k);
      }
    }
    return top;
  }

  private boolean heavier(int a, int b) {
    return w[a] > w[b] || w[a] == w[b] && terms[a].id < terms[b].id;
  }

  /** @return the dot product with a centroid, both sorted by term id: one merge */
  double dot(int[] c, double[] sums) {
    double dot = 0;
    int i = 0;
    int j = 0;
    int[] a = ids;
    while (i < a.length && j < c.length) {
      int x = a[i];
      int y = c[j];
      if (x == y) {
        dot += w[i++] * sums[j++];
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }
}
