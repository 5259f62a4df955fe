package io.github.countercheck.reconcile;

import io.github.countercheck.reconcile.PlaceAliases.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the grouping rules read of a whole run, answered from its {@link Partitioner.Summary}: the
 * subject classes of each block, the places of each class, the days of each place cell, as
 * {@link Blocking} turns them into classes, cells and windows. Thread-safe; built once per
 * summary and partitioner, its answers cached.
 */
final class Layout {

  private final Partitioner.Summary run;
  private final PlaceAliases places;
  private final int windowDays;
  private final Map<String, ClassLayout> classes = new ConcurrentHashMap<>();

  Layout(Partitioner.Summary run, PlaceAliases places, int windowDays) {
    this.run = run;
    this.places = places;
    this.windowDays = windowDays;
  }

  /** The cells and windows of one class of one block. */
  private static final class ClassLayout {
    final Blocking.Cells cells;
    final Map<String, Blocking.Windows> windows;

    ClassLayout(Blocking.Cells cells, Map<String, Blocking.Windows> windows) {
      this.cells = cells;
      this.windows = windows;
    }
  }

  /**
   * @return the subject classes the block holds over the run
   * @throws IllegalArgumentException if the summary does not know the block
   */
  Set<String> classes(String block) {
    return blockOf(block).keySet();
  }

  /** @return the place cells of a (final) class of a block */
  Blocking.Cells cells(String block, String finalClass) {
    return classLayout(block, finalClass).cells;
  }

  /** @return the windows of a cell of a (final) class of a block */
  Blocking.Windows windows(String block, String finalClass, String cell) {
    Blocking.Windows w = classLayout(block, finalClass).windows.get(cell);
    if (w == null) {
      throw new IllegalArgumentException("cell '" + cell + "' of block '" + readable(block)
          + "' is not in the run's summary");
    }
    return w;
  }

  private Map<String, Map<String, int[]>> blockOf(String block) {
    Map<String, Map<String, int[]>> b = run.cells().get(block);
    if (b == null) {
      throw new IllegalArgumentException("block '" + readable(block) + "' is not in the run's"
          + " summary: summarize every claim of the run");
    }
    return b;
  }

  private ClassLayout classLayout(String block, String finalClass) {
    return classes.computeIfAbsent(block + Blocking.SEP + finalClass, k -> build(block, finalClass));
  }

  private ClassLayout build(String block, String finalClass) {
    Map<String, Map<String, int[]>> b = blockOf(block);
    // the classes that join this one, and the places they name
    List<Map<String, int[]>> joined = new ArrayList<>();
    Map<String, Place> named = new HashMap<>();
    for (Map.Entry<String, Map<String, int[]>> e : b.entrySet()) {
      if (Blocking.finalClass(e.getKey(), b.keySet()).equals(finalClass)) {
        joined.add(e.getValue());
        for (String key : e.getValue().keySet()) {
          if (!key.equals(Blocking.UNPLACED)) {
            named.computeIfAbsent(key, this::place);
          }
        }
      }
    }
    if (joined.isEmpty()) {
      throw new IllegalArgumentException("class " + finalClass + " of block '" + readable(block)
          + "' is not in the run's summary");
    }
    Blocking.Cells cells = new Blocking.Cells(named.values());
    Map<String, int[]> days = new HashMap<>();
    for (Map<String, int[]> byPlace : joined) {
      for (Map.Entry<String, int[]> e : byPlace.entrySet()) {
        String cell = cells.of(e.getKey().equals(Blocking.UNPLACED) ? null : named.get(e.getKey()));
        days.merge(cell, e.getValue(), Layout::union);
      }
    }
    Map<String, Blocking.Windows> windows = new HashMap<>();
    for (Map.Entry<String, int[]> e : days.entrySet()) {
      windows.put(e.getKey(), new Blocking.Windows(e.getValue(), windowDays));
    }
    return new ClassLayout(cells, windows);
  }

  private Place place(String key) {
    Place p = places.byKey(key);
    if (p == null) {
      throw new IllegalArgumentException("place '" + key + "' is not in this reconciler's place"
          + " table: the summary was made with another");
    }
    return p;
  }

  /** @return the sorted distinct union of two sorted distinct arrays */
  static int[] union(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      int x;
      if (j >= b.length || i < a.length && a[i] < b[j]) {
        x = a[i++];
      } else if (i >= a.length || b[j] < a[i]) {
        x = b[j++];
      } else {
        x = a[i++];
        j++;
      }
      out[k++] = x;
    }
    return k == out.length ? out : Arrays.copyOf(out, k);
  }

  /** @return a block or key name with its separators shown as slashes */
  static String readable(String name) {
    return name.replace(Blocking.SEP, '/');
  }
}
