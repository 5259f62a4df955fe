package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.reconcile.PlaceAliases.Place;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Cuts a run's items into groups (rules 2, 3 and 4): blocks, subject classes, places, windows of
 * days. Every group is a run of consecutive members in one array. Not thread-safe: one per run.
 */
final class Grouping {

  private static final Subject[] SUBJECTS = Subject.values();
  private static final int EVENTS = Event.values().length;
  private static final int MODALITIES = Modality.values().length;
  /** Bits of a (class, cell) key that hold the cell's number; the class above them. */
  private static final int CELL_BITS = 26;

  private final int windowDays;
  /** The run's layout when this run is one partition of it, else null (the run is whole). */
  private final Layout layout;
  /** The stories by rank, or an empty array when no document names one. */
  private final String[] storyIds;
  /** This run's items in canonical order: {@code items[i].order == i}. */
  private final Item[] items;
  /** The items group by group, each group in date order (undated last), then canonical order. */
  final Item[] grouped;
  private int groupedCount;
  /** Where each group ends in {@link #grouped}. */
  private int[] groupEnd;
  private int groupCount;
  /** Per position of the block being cut, the order of its item. */
  private int[] orders;
  /** The scratch keys of one cell's dated items. */
  private long[] dated = new long[16];
  /** Per class id of the block being cut, the id of the class it joins. */
  private final int[] finalOf = new int[Hierarchy.classCount()];
  private final ClassSet classSet = new ClassSet();
  /** Per order, the number of the item's place (by key), or -1 when it has none. */
  private int[] placeOf;
  /** Per place number, the stamp of the class that last saw it, and its cell in that class. */
  private int[] placeStamp;
  private int[] placeCell;
  private int stamp;
  /** The places one class names, distinct: scratch. */
  private final List<Place> named = new ArrayList<>();
  /** The run's cells (place keys, or {@link Blocking#UNPLACED}) numbered as first met. */
  private final Map<String, Integer> cellIds = new HashMap<>();
  private final List<String> cellKeys = new ArrayList<>();

  /**
   * @param items      the run's items in canonical order
   * @param windowDays the window in days
   * @param layout     the whole run's layout when these items are one partition of it, else null
   * @param storyIds   the stories by rank, or an empty array
   */
  Grouping(Item[] items, int windowDays, Layout layout, String[] storyIds) {
    this.items = items;
    this.windowDays = windowDays;
    this.layout = layout;
    this.storyIds = storyIds;
    int n = items.length;
    grouped = new Item[n];
    groupEnd = new int[Math.max(16, n / 4)];
  }

  /** @return the number of groups */
  int groupCount() {
    return groupCount;
  }

  /** @return where group {@code g} starts in {@link #grouped} */
  int groupStart(int g) {
    return g == 0 ? 0 : groupEnd[g - 1];
  }

  /** @return where group {@code g} ends in {@link #grouped} */
  int groupEnd(int g) {
    return groupEnd[g];
  }

  /**
   * Groups the items with sorts of primitive keys, no map or list per block: the items by story
   * (a counting pass), each story's by block, then each block's by class and cell; each cell is
   * cut into windows by {@link #byTime}.
   */
  void group() {
    int n = items.length;
    int stories = Math.max(1, storyIds.length);
    int[] firstOf = new int[stories + 1];
    int m = 0;
    for (Item item : items) {
      if (Blocking.alone(item.claim)) {
        grouped[groupedCount++] = item;
        endGroup();
      } else {
        firstOf[item.story + 1]++;
        m++;
      }
    }
    if (m == 0) {
      return;
    }
    // each distinct place (by key) numbered, so that a class's places are told apart by stamps
    placeOf = new int[n];
    Map<String, Integer> placeIds = new HashMap<>();
    for (Item item : items) {
      if (item.place == null) {
        placeOf[item.order] = -1;
      } else {
        Integer id = placeIds.get(item.place.key());
        if (id == null) {
          id = placeIds.size();
          placeIds.put(item.place.key(), id);
        }
        placeOf[item.order] = id;
      }
    }
    placeStamp = new int[placeIds.size()];
    placeCell = new int[placeIds.size()];
    for (int s = 0; s < stories; s++) {
      firstOf[s + 1] += firstOf[s];
    }
    // keys[k]: (the block within its story) << 32 | order, by story (canonical order within)
    long[] keys = new long[m];
    int[] next = firstOf.clone();
    for (Item item : items) {
      Claim c = item.claim;
      if (!Blocking.alone(c)) {
        // scope, modality, event, subject root: claims in different blocks never group
        long block = (c.scope().ordinal() * MODALITIES + c.modality().ordinal()) * EVENTS
            * SUBJECTS.length + c.event().ordinal() * SUBJECTS.length
            + item.subject().root().ordinal();
        keys[next[item.story]++] = block << 32 | item.order;
      }
    }
    orders = new int[m];
    for (int s = 0; s < stories; s++) {
      Arrays.sort(keys, firstOf[s], firstOf[s + 1]);
      int from = firstOf[s];
      while (from < firstOf[s + 1]) {
        int to = from + 1;
        while (to < firstOf[s + 1] && keys[to] >>> 32 == keys[from] >>> 32) {
          to++;
        }
        block(keys, from, to);
        from = to;
      }
    }
  }

  /**
   * Cuts one block, {@code keys[from, to)}, by subject class ({@link Blocking#finalClass}: claims
   * of unspecified people join the only other class) and place ({@link Blocking.Cells}: a wider
   * place joins the only place within it, the unplaced join the only cell), then each cell by
   * time. Rewrites the block's keys to (class, cell) and order, and sorts them.
   */
  private void block(long[] keys, int from, int to) {
    int mask = 0;
    for (int k = from; k < to; k++) {
      orders[k] = (int) keys[k];
      mask |= 1 << Hierarchy.classId(items[orders[k]].subject());
    }
    Item first = items[orders[from]];
    String name = layout == null ? null : Blocking.block(
        storyIds.length == 0 ? "" : storyIds[first.story], first.claim);
    Set<String> classes = layout == null ? classSet.of(mask) : layout.classes(name);
    int finals = 0;
    for (int cls = 0; cls < Hierarchy.classCount(); cls++) {
      if ((mask & 1 << cls) != 0) {
        int f = Hierarchy.classId(Blocking.finalClass(Hierarchy.className(cls), classes));
        if (f < 0) {
          throw new IllegalArgumentException("a block of the run's summary names a subject"
              + " class no subject has");
        }
        finalOf[cls] = f;
        finals |= 1 << f;
      }
    }
    for (int f = 0; f < Hierarchy.classCount(); f++) {
      if ((finals & 1 << f) != 0) {
        cellsOfClass(keys, from, to, name, f);
      }
    }
    Arrays.sort(keys, from, to);
    int start = from;
    while (start < to) {
      int end = start + 1;
      while (end < to && keys[end] >>> 32 == keys[start] >>> 32) {
        end++;
      }
      for (int k = start; k < end; k++) {
        orders[k] = (int) keys[k];
      }
      int cell = (int) (keys[start] >>> 32);
      byTime(start, end, layout == null ? null : layout.windows(name,
          Hierarchy.className(cell >>> CELL_BITS), cellKeys.get(cell & (1 << CELL_BITS) - 1)));
      start = end;
    }
  }

  /**
   * Finds the cells of the final class {@code f} of a block and writes the keys of its claims:
   * (class, cell) << 32 | order.
   */
  private void cellsOfClass(long[] keys, int from, int to, String block, int f) {
    stamp++;
    Blocking.Cells cells;
    if (layout == null) {
      named.clear();
      for (int k = from; k < to; k++) {
        int o = orders[k];
        int p = placeOf[o];
        if (p >= 0 && placeStamp[p] != stamp
            && finalOf[Hierarchy.classId(items[o].subject())] == f) {
          placeStamp[p] = stamp;
          named.add(items[o].place);
        }
      }
      stamp++;
      cells = new Blocking.Cells(named);
    } else {
      cells = layout.cells(block, Hierarchy.className(f));
    }
    int unplaced = cellId(cells.of(null));
    for (int k = from; k < to; k++) {
      int o = orders[k];
      Item it = items[o];
      if (finalOf[Hierarchy.classId(it.subject())] != f) {
        continue;
      }
      int p = placeOf[o];
      int cell;
      if (p < 0) {
        cell = unplaced;
      } else {
        if (placeStamp[p] != stamp) {
          placeStamp[p] = stamp;
          placeCell[p] = cellId(cells.of(it.place));
        }
        cell = placeCell[p];
      }
      keys[k] = (long) (f << CELL_BITS | cell) << 32 | o;
    }
  }

  /** @return the run's number for a cell (a place key or {@link Blocking#UNPLACED}) */
  private int cellId(String cell) {
    Integer id = cellIds.get(cell);
    if (id == null) {
      id = cellKeys.size();
      if (id >= 1 << CELL_BITS) {
        throw new IllegalStateException("more than " + (1 << CELL_BITS) + " place cells");
      }
      cellIds.put(cell, id);
      cellKeys.add(cell);
    }
    return id;
  }

  /** The subject classes of a block, as a set of names over a mask of class ids; reused. */
  private static final class ClassSet extends AbstractSet<String> {
    private int mask;

    ClassSet of(int mask) {
      this.mask = mask;
      return this;
    }

    @Override
    public int size() {
      return Integer.bitCount(mask);
    }

    @Override
    public boolean contains(Object o) {
      int id = o instanceof String s ? Hierarchy.classId(s) : -1;
      return id >= 0 && (mask & 1 << id) != 0;
    }

    @Override
    public Iterator<String> iterator() {
      return new Iterator<>() {
        private int rest = mask;

        @Override
        public boolean hasNext() {
          return rest != 0;
        }

        @Override
        public String next() {
          if (rest == 0) {
            throw new NoSuchElementException();
          }
          int id = Integer.numberOfTrailingZeros(rest);
          rest &= rest - 1;
          return Hierarchy.className(id);
        }
      };
    }
  }

  /** Closes the group that ends at the end of {@link #grouped}. */
  private void endGroup() {
    if (groupCount == groupEnd.length) {
      groupEnd = Arrays.copyOf(groupEnd, groupCount * 2);
    }
    groupEnd[groupCount++] = groupedCount;
  }

  /**
   * Cuts a cell, the items {@code orders[from, to)} in canonical order, into windows of dates
   * ({@link Blocking.Windows}), each a group; the undated join the only window when there is
   * one, otherwise they form a group of their own.
   *
   * @param windows the cell's windows over the run, or null to take them from the cell's dates
   */
  private void byTime(int from, int to, Blocking.Windows windows) {
    // dated items by day then canonical order: one primitive sort of (day, order) keys
    if (dated.length < to - from) {
      dated = new long[Math.max(to - from, dated.length * 2)];
    }
    int datedCount = 0;
    for (int k = from; k < to; k++) {
      Item it = items[orders[k]];
      if (it.day != Item.NO_DATE) {
        dated[datedCount++] = (long) it.day << 32 | it.order;
      }
    }
    Arrays.sort(dated, 0, datedCount);
    byTimeOfDay(dated, datedCount);
    int open = Item.NO_DATE; // the start of the window being filled, if any
    int count = 0; // the windows, when they are taken from the cell's dates
    for (int d = 0; d < datedCount; d++) {
      Item it = items[(int) dated[d]];
      int start;
      if (windows != null) {
        start = windows.startOf(it.day);
      } else {
        start = count == 0 || Blocking.Windows.opens(open, it.day, windowDays) ? it.day : open;
      }
      if (count == 0 || start != open) {
        if (count > 0) {
          endGroup();
        }
        count++;
        open = start;
      }
      grouped[groupedCount++] = it;
    }
    if (datedCount < to - from) {
      int undated = windows != null ? windows.startOf(Item.NO_DATE)
          : count == 1 ? open : Item.NO_DATE;
      if (count > 0 && undated != open) {
        endGroup(); // the undated form a group of their own
      }
      for (int k = from; k < to; k++) {
        Item it = items[orders[k]];
        if (it.day == Item.NO_DATE) {
          grouped[groupedCount++] = it;
        }
      }
    }
    endGroup();
  }

  /**
   * Orders each day's run of {@code (day, order)} keys by time where the day holds reports with a
   * time of day: by their first second (a date alone first, as the day starts), then canonical
   * order. Days whose reports all give a date alone keep canonical order, untouched.
   */
  private void byTimeOfDay(long[] dated, int count) {
    int start = 0;
    while (start < count) {
      int day = (int) (dated[start] >> 32);
      int end = start;
      boolean timed = false;
      while (end < count && (int) (dated[end] >> 32) == day) {
        timed |= items[(int) dated[end]].timed();
        end++;
      }
      if (timed && end - start > 1) {
        int[] run = new int[end - start];
        for (int k = start; k < end; k++) {
          run[k - start] = (int) dated[k];
        }
        IndexSort.sort(run, (a, b) -> {
          Item x = items[a];
          Item y = items[b];
          int c = Long.compare(x.time.startEpochSecond(), y.time.startEpochSecond());
          return c != 0 ? c : Integer.compare(a, b);
        });
        for (int k = start; k < end; k++) {
          dated[k] = (long) day << 32 | run[k - start] & 0xFFFF_FFFFL;
        }
      }
      start = end;
    }
  }
}
