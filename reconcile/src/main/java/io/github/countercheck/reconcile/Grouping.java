package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.reconcile.PlaceAliases.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cuts a run's items into groups (rules 2, 3 and 4): blocks, subject classes, places, windows of
 * days. Every group is a run of consecutive members in one array. Not thread-safe: one per run.
 */
final class Grouping {

  private static final Subject[] SUBJECTS = Subject.values();
  private static final int EVENTS = Event.values().length;
  private static final int SCOPES = Scope.values().length;

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

  /** Groups the items. */
  void group() {
    int blocksPerScope = Modality.values().length * EVENTS * SUBJECTS.length;
    Map<Long, List<Item>> blocks = new HashMap<>();
    for (Item item : items) {
      Claim c = item.claim;
      if (Blocking.alone(c)) {
        grouped[groupedCount++] = item;
        endGroup();
        continue;
      }
      // story, scope, modality, event, subject root: claims in different blocks never group
      long blockKey = ((long) item.story * SCOPES + c.scope().ordinal()) * blocksPerScope
          + (c.modality().ordinal() * EVENTS + c.event().ordinal()) * SUBJECTS.length
          + item.subject().root().ordinal();
      blocks.computeIfAbsent(blockKey, x -> new ArrayList<>()).add(item);
    }
    Long[] blockKeys = blocks.keySet().toArray(new Long[0]);
    Arrays.sort(blockKeys);
    for (Long blockKey : blockKeys) {
      List<Item> block = blocks.get(blockKey);
      String name = layout == null ? null : Blocking.block(
          storyIds.length == 0 ? "" : storyIds[block.get(0).story], block.get(0).claim);
      for (Map.Entry<String, List<Item>> cls : bySubjectClass(name, block).entrySet()) {
        for (Map.Entry<String, List<Item>> cell : byPlace(name, cls.getKey(), cls.getValue())) {
          byTime(cell.getValue(), layout == null ? null
              : layout.windows(name, cls.getKey(), cell.getKey()));
        }
      }
    }
  }

  /**
   * Cuts a block by subject class ({@link Blocking#finalClass}: claims of unspecified people join
   * the only other class).
   *
   * @param block the block's name when the classes it holds are the run summary's, else null
   * @return the claims by class, each in canonical order
   */
  private Map<String, List<Item>> bySubjectClass(String block, List<Item> items) {
    Map<String, List<Item>> hashed = new HashMap<>();
    for (Item it : items) {
      hashed.computeIfAbsent(Hierarchy.subjectClass(it.subject()), k -> new ArrayList<>()).add(it);
    }
    Set<String> classes = layout == null ? hashed.keySet() : layout.classes(block);
    Map<String, List<Item>> out = new TreeMap<>();
    for (Map.Entry<String, List<Item>> e : hashed.entrySet()) {
      out.merge(Blocking.finalClass(e.getKey(), classes), e.getValue(), Grouping::mergeByOrder);
    }
    return out;
  }

  /**
   * Cuts a subject class by place ({@link Blocking.Cells}: a wider place joins the only place
   * within it, the unplaced join the only cell).
   *
   * @return the claims by cell, each in canonical order
   */
  private Collection<Map.Entry<String, List<Item>>> byPlace(String block, String cls,
      List<Item> items) {
    Blocking.Cells cells;
    if (layout == null) {
      Map<String, Place> named = new HashMap<>();
      for (Item it : items) {
        if (it.place != null) {
          named.putIfAbsent(it.place.key(), it.place);
        }
      }
      cells = new Blocking.Cells(named.values());
    } else {
      cells = layout.cells(block, cls);
    }
    Map<String, List<Item>> byCell = new HashMap<>();
    for (Item it : items) {
      byCell.computeIfAbsent(cells.of(it.place), k -> new ArrayList<>()).add(it);
    }
    return byCell.entrySet();
  }

  /** Closes the group that ends at the end of {@link #grouped}. */
  private void endGroup() {
    if (groupCount == groupEnd.length) {
      groupEnd = Arrays.copyOf(groupEnd, groupCount * 2);
    }
    groupEnd[groupCount++] = groupedCount;
  }

  /**
   * Cuts a cell into windows of dates ({@link Blocking.Windows}), each a group; the undated join
   * the only window when there is one, otherwise they form a group of their own.
   *
   * @param windows the cell's windows over the run, or null to take them from the cell's dates
   */
  private void byTime(List<Item> cell, Blocking.Windows windows) {
    // dated items by day then canonical order: one primitive sort of (day, order) keys
    long[] dated = new long[cell.size()];
    int datedCount = 0;
    for (int k = 0; k < cell.size(); k++) {
      Item it = cell.get(k);
      if (it.day != Item.NO_DATE) {
        dated[datedCount++] = (long) it.day << 32 | it.order;
      }
    }
    Arrays.sort(dated, 0, datedCount);
    byTimeOfDay(dated, datedCount);
    if (windows == null) {
      int[] days = new int[datedCount];
      int count = 0;
      for (int d = 0; d < datedCount; d++) {
        int day = (int) (dated[d] >> 32);
        if (count == 0 || days[count - 1] != day) {
          days[count++] = day;
        }
      }
      windows = new Blocking.Windows(Arrays.copyOf(days, count), windowDays);
    }
    int open = Item.NO_DATE; // the start of the window being filled, if any
    boolean any = false;
    for (int d = 0; d < datedCount; d++) {
      Item it = items[(int) dated[d]];
      int start = windows.startOf(it.day);
      if (!any || start != open) {
        if (any) {
          endGroup();
        }
        any = true;
        open = start;
      }
      grouped[groupedCount++] = it;
    }
    if (datedCount < cell.size()) {
      if (any && windows.startOf(Item.NO_DATE) != open) {
        endGroup(); // the undated form a group of their own
      }
      for (int k = 0; k < cell.size(); k++) {
        Item it = cell.get(k);
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

  /** Merges two lists each in canonical order into one in canonical order. */
  private static List<Item> mergeByOrder(List<Item> a, List<Item> b) {
    List<Item> out = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      out.add(a.get(i).order < b.get(j).order ? a.get(i++) : b.get(j++));
    }
    while (i < a.size()) {
      out.add(a.get(i++));
    }
    while (j < b.size()) {
      out.add(b.get(j++));
    }
    return out;
  }
}
