package io.github.countercheck.reconcile;

import java.util.Arrays;

/** A stable sort of primitive indexes by an order on them: no boxing, one scratch array. */
final class IndexSort {

  private IndexSort() {}

  /** An order on the ints {@code 0..n-1} that index a run's arrays. */
  @FunctionalInterface
  interface IndexOrder {
    int compare(int a, int b);
  }

  /**
   * Sorts {@code idx} stably by {@code order}: a merge sort on primitive indexes (no boxing, one
   * scratch array), insertion sort below 24 elements.
   */
  static void sort(int[] idx, IndexOrder order) {
    int[] scratch = idx.clone();
    mergeSort(scratch, idx, 0, idx.length, order);
  }

  /** Sorts {@code idx[from, from + count)} stably by {@code order}. */
  static void sort(int[] idx, int from, int count, IndexOrder order) {
    if (count < 24) {
      mergeSort(idx, idx, from, from + count, order); // an insertion sort in place
      return;
    }
    int[] src = Arrays.copyOfRange(idx, from, from + count);
    int[] dst = Arrays.copyOfRange(idx, from, from + count);
    mergeSort(src, dst, 0, count, order);
    System.arraycopy(dst, 0, idx, from, count);
  }

  /** Sorts {@code src[from, to)} into {@code dst[from, to)}; both hold the same elements. */
  private static void mergeSort(int[] src, int[] dst, int from, int to, IndexOrder order) {
    int n = to - from;
    if (n < 24) {
      for (int i = from + 1; i < to; i++) {
        int x = dst[i];
        int j = i - 1;
        while (j >= from && order.compare(dst[j], x) > 0) {
          dst[j + 1] = dst[j];
          j--;
        }
        dst[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(dst, src, from, mid, order);
    mergeSort(dst, src, mid, to, order);
    if (order.compare(src[mid - 1], src[mid]) <= 0) {
      System.arraycopy(src, from, dst, from, n);
      return;
    }
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || i < mid && order.compare(src[i], src[j]) <= 0) {
        dst[k] = src[i++];
      } else {
        dst[k] = src[j++];
      }
    }
  }
}
