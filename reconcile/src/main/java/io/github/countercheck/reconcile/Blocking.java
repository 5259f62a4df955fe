package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
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
 * The grouping rules (2, 3 and 4) as functions of what a run holds: which block a claim is in,
 * which class its subject joins, which place cell and which window of days. {@link Grouping} applies
 * them to the claims of one run, {@link Partitioner} to one claim and the run's summary: both call
 * these, so the two cannot part ways. Every "the only one" rule of the grouping is here, with the
 * run-wide fact it reads.
 */
final class Blocking {

  /** The cell of claims that name no place and cannot join the only cell. */
  static final String UNPLACED = "";
  /** Separates the parts of a block name and of a partition key. */
  static final char SEP = '\u001f';

  private Blocking() {}

  /**
   * @return whether the claim is a group of its own: its event or subject is OTHER (nothing says
   *     two such claims count the same thing), or it is a part of a count ("6 in serious
   *     condition", "4 Turks"), no rival figure of the count nor of another part
   */
  static boolean alone(Claim c) {
    return c.event() == Event.OTHER || c.subject() == Subject.OTHER || c.scope() == Scope.PART;
  }

  /**
   * The name of a claim's block: story, scope, modality, event and root subject. Claims of
   * different blocks are never grouped.
   *
   * @param story the story id of the claim's document, or "" when it has none
   */
  static String block(String story, Claim c) {
    return story + SEP + c.scope().name() + SEP + c.modality().name() + SEP + c.event().name()
        + SEP + c.subject().root().name();
  }

  /**
   * Rule 4, "the only class": claims of unspecified people ({@code PERSON}) join the block's only
   * other class when the block holds exactly one; every other class is its own.
   *
   * @param cls     a subject class ({@link Hierarchy#subjectClass})
   * @param classes every subject class the block holds, over the whole run
   * @return the class the claims of {@code cls} are grouped in
   */
  static String finalClass(String cls, Set<String> classes) {
    if (classes.size() == 2 && cls.equals(Subject.PERSON.name())) {
      for (String other : classes) {
        if (!other.equals(cls)) {
          return other;
        }
      }
    }
    return cls;
  }

  /**
   * Rule 3's places within a subject class: within each country the most specific places named
   * (those no other named place lies within) are cells of their own; a wider place joins "the
   * only" such place within it, and is a cell of its own when two or more lie within it; claims
   * with no place join "the only cell", or form one of their own.
   */
  static final class Cells {
    /** The cell of each named place, by place key; null when at most one place is named. */
    private final Map<String, String> cellOf;
    /** The one place named when {@link #cellOf} is null, else null. */
    private final String only;
    private final String unplaced;

    /** @param named every place the class names over the whole run (known places) */
    Cells(Collection<Place> named) {
      if (named.size() <= 1) {
        // one place is a cell of its own and the unplaced join it; with none, they form one
        only = named.isEmpty() ? null : named.iterator().next().key();
        unplaced = only == null ? UNPLACED : only;
        cellOf = null;
        return;
      }
      only = null;
      cellOf = new HashMap<>();
      Map<String, Map<String, Place>> byTop = new TreeMap<>();
      for (Place p : named) {
        byTop.computeIfAbsent(p.top().key(), k -> new TreeMap<>()).putIfAbsent(p.key(), p);
      }
      int cells = 0;
      String last = UNPLACED;
      for (Map<String, Place> places : byTop.values()) {
        List<Place> leaves = new ArrayList<>();
        for (Place p : places.values()) {
          boolean leaf = true;
          for (Place q : places.values()) {
            if (q != p && q.within(p)) {
              leaf = false;
              break;
            }
          }
          if (leaf) {
            leaves.add(p);
            cellOf.put(p.key(), p.key());
            cells++;
            last = p.key();
          }
        }
        for (Place p : places.values()) {
          if (cellOf.containsKey(p.key())) {
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
            cellOf.put(p.key(), only.key());
          } else {
            cellOf.put(p.key(), p.key());
            cells++;
            last = p.key();
          }
        }
      }
      unplaced = cells == 1 ? last : UNPLACED;
    }

    /**
     * @param place a claim's known place, or null
     * @return its cell: a place key, or {@link #UNPLACED}
     * @throws IllegalArgumentException if the place was not among those named
     */
    String of(Place place) {
      if (place == null) {
        return unplaced;
      }
      String cell = cellOf != null ? cellOf.get(place.key())
          : place.key().equals(only) ? only : null;
      if (cell == null) {
        throw new IllegalArgumentException("place '" + place.key() + "' is not in the run's summary");
      }
      return cell;
    }
  }

  /**
   * Rule 3's windows of days within a cell: a window starts at the earliest date not yet in one
   * and spans {@code windowDays} days from it; claims of undated documents join "the only
   * window" when there is one, otherwise they form a group of their own.
   */
  static final class Windows {
    private final int[] starts;

    /**
     * @param days       the distinct dates (epoch days) of the cell over the whole run, sorted
     * @param windowDays the window
     */
    Windows(int[] days, int windowDays) {
      int[] s = new int[days.length];
      int count = 0;
      for (int day : days) {
        if (count == 0 || opens(s[count - 1], day, windowDays)) {
          s[count++] = day;
        }
      }
      starts = Arrays.copyOf(s, count);
    }

    /**
     * @param start the first day of a window
     * @param day   a later day, in order
     * @return whether {@code day} lies beyond the window and opens a new one
     */
    static boolean opens(int start, int day, int windowDays) {
      return (long) day - start > windowDays;
    }

    /** @return the number of windows */
    int count() {
      return starts.length;
    }

    /**
     * @param day an epoch day of the cell, or {@link Item#NO_DATE}
     * @return the first day of its window; for an undated claim the only window's, or {@link
     *     Item#NO_DATE} when there is not exactly one
     */
    int startOf(int day) {
      if (day == Item.NO_DATE) {
        return starts.length == 1 ? starts[0] : Item.NO_DATE;
      }
      int k = Arrays.binarySearch(starts, day);
      if (k == -1) {
        throw new IllegalArgumentException("day " + day + " is not in the run's summary");
      }
      return starts[k >= 0 ? k : -k - 2];
    }
  }
}
