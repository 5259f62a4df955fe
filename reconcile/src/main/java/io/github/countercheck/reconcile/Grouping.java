package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.reconcile.PlaceAliases.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  /** This run's items in canonical order: {@code items[i].order == i}. */
  private final Item[] items;
  /** The items group by group, each group in date order (undated last), then canonical order. */
  final Item[] grouped;
  private int groupedCount;
  /** Where each group ends in {@link #grouped}. */
  private int[] groupEnd;
  private int groupCount;

  Grouping(Item[] items, int windowDays) {
    this.items = items;
    this.windowDays = windowDays;
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
      if (c.event() == Event.OTHER || c.subject() == Subject.OTHER || c.scope() == Scope.PART) {
        // a part of a count ("6 in serious condition", "4 Turks") is a group of its own: it is no
        // rival figure of the count, nor of another part
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
      for (List<Item> cls : bySubjectClass(block)) {
        for (List<Item> cell : byPlace(cls)) {
          byTime(cell);
        }
      }
    }
  }

  /**
   * Cuts a block by subject class; claims of unspecified people (PERSON) join the only other
   * class when there is exactly one.
   */
  private static List<List<Item>> bySubjectClass(List<Item> block) {
    Map<String, List<Item>> hashed = new HashMap<>();
    for (Item it : block) {
      hashed.computeIfAbsent(Hierarchy.subjectClass(it.subject()), k -> new ArrayList<>()).add(it);
    }
    Map<String, List<Item>> classes = new TreeMap<>(hashed);
    List<Item> generic = classes.get(Subject.PERSON.name());
    if (generic != null && classes.size() == 2) {
      classes.remove(Subject.PERSON.name());
      Map.Entry<String, List<Item>> other = classes.entrySet().iterator().next();
      other.setValue(mergeByOrder(other.getValue(), generic));
    }
    return new ArrayList<>(classes.values());
  }

  /**
   * Cuts a subject class by place. Within each country, the most specific places its claims name
   * (those no other named place lies within) are cells of their own; a claim at a wider place
   * (a governorate, a country) joins the only such place within it, and forms a cell of its own
   * when two or more lie within it (nothing says which it counts). Claims with no place join the
   * only cell, or form one of their own.
   */
  private static List<List<Item>> byPlace(List<Item> cls) {
    Map<String, List<Item>> byKey = new HashMap<>();
    // country key -> place key -> place, sorted: the cells come out in a fixed order
    Map<String, Map<String, Place>> byTop = new TreeMap<>();
    List<Item> unplaced = new ArrayList<>();
    for (Item it : cls) {
      if (it.place == null) {
        unplaced.add(it);
      } else {
        byKey.computeIfAbsent(it.place.key(), k -> new ArrayList<>()).add(it);
        byTop.computeIfAbsent(it.place.top().key(), k -> new TreeMap<>())
            .putIfAbsent(it.place.key(), it.place);
      }
    }
    List<List<Item>> cells = new ArrayList<>();
    for (Map<String, Place> named : byTop.values()) {
      List<Place> leaves = new ArrayList<>();
      for (Place p : named.values()) {
        boolean leaf = true;
        for (Place q : named.values()) {
          if (q != p && q.within(p)) {
            leaf = false;
            break;
          }
        }
        if (leaf) {
          leaves.add(p);
        }
      }
      Map<String, List<Item>> leafCells = new TreeMap<>();
      for (Place leaf : leaves) {
        leafCells.put(leaf.key(), byKey.get(leaf.key()));
      }
      List<List<Item>> wider = new ArrayList<>();
      for (Place p : named.values()) {
        if (leafCells.containsKey(p.key())) {
          continue;
        }
        Place only = null;
        int within = 0;
        for (Place leaf : leaves) {
          if (leaf.within(p)) {
            only = leaf;
            within++;
          }
        }
        if (within == 1) {
          leafCells.put(only.key(), mergeByOrder(leafCells.get(only.key()), byKey.get(p.key())));
        } else {
          wider.add(byKey.get(p.key()));
        }
      }
      cells.addAll(leafCells.values());
      cells.addAll(wider);
    }
    if (!unplaced.isEmpty()) {
      if (cells.size() == 1) {
        cells.set(0, mergeByOrder(cells.get(0), unplaced));
      } else {
        cells.add(unplaced);
      }
    }
    return cells;
  }

  /** Closes the group that ends at the end of {@link #grouped}. */
  private void endGroup() {
    if (groupCount == groupEnd.length) {
      groupEnd = Arrays.copyOf(groupEnd, groupCount * 2);
    }
    groupEnd[groupCount++] = groupedCount;
  }

  /**
   * Cuts a cell into windows of dates, each a group; the undated join the only window when there
   * is one, otherwise they form a group of their own.
   */
  private void byTime(List<Item> cell) {
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
    int windows = 0;
    int start = 0;
    for (int d = 0; d < datedCount; d++) {
      Item it = items[(int) dated[d]];
      if (windows == 0 || (long) it.day - start > windowDays) {
        if (windows > 0) {
          endGroup();
        }
        windows++;
        start = it.day;
      }
      grouped[groupedCount++] = it;
    }
    if (datedCount < cell.size()) {
      if (windows > 1) {
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
