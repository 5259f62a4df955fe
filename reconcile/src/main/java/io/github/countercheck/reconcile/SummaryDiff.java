package io.github.countercheck.reconcile;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What differs between two summaries of a growing run (see {@link Partitioner#change}): the
 * blocks whose facts changed, the voices and outlets named otherwise, and whether any document
 * names a story.
 */
final class SummaryDiff {

  private SummaryDiff() {}

  /**
   * The change between two summaries.
   *
   * @param before the earlier summary
   * @param after  the later summary
   * @return what a key or a partition's result reads that differs between them
   */
  static Partitioner.Change between(Partitioner.Summary before, Partitioner.Summary after) {
    return new Partitioner.Change(before.anyStory() != after.anyStory(),
        changedBlocks(before, after), renamedVoices(before, after), renamedOutlets(before, after));
  }

  /**
   * The blocks whose facts differ between an earlier summary of the run and a later one: the
   * subject classes they hold, the places of those classes or the days of those places. Only
   * the claims of these blocks can change their keys, and only the keys of these blocks can
   * group their claims otherwise ({@link Layout} reads a block's facts only for that block).
   *
   * @param before an earlier summary (for a growing run: a summary the later was merged from)
   * @param after  the later summary
   * @return the changed blocks (opaque names), empty when none changed
   */
  private static Set<String> changedBlocks(Partitioner.Summary before, Partitioner.Summary after) {
    Objects.requireNonNull(before, "before");
    Map<String, Map<String, Map<String, int[]>>> cells = after.cells();
    Set<String> changed = new HashSet<>();
    Set<String> blocks = new HashSet<>(cells.keySet());
    blocks.addAll(before.cells().keySet());
    for (String block : blocks) {
      if (!sameCells(cells.get(block), before.cells().get(block))) {
        changed.add(block);
      }
    }
    return changed;
  }

  private static boolean sameCells(Map<String, Map<String, int[]>> a,
      Map<String, Map<String, int[]>> b) {
    if (a == null || b == null || !a.keySet().equals(b.keySet())) {
      return a == b;
    }
    for (Map.Entry<String, Map<String, int[]>> e : a.entrySet()) {
      Map<String, int[]> pa = e.getValue();
      Map<String, int[]> pb = b.get(e.getKey());
      if (!pa.keySet().equals(pb.keySet())) {
        return false;
      }
      for (Map.Entry<String, int[]> d : pa.entrySet()) {
        if (!Arrays.equals(d.getValue(), pb.get(d.getKey()))) {
          return false;
        }
      }
    }
    return true;
  }

  /** @return the voice keys whose run-wide name (first wording) differs from the earlier one */
  private static Set<String> renamedVoices(Partitioner.Summary before,
      Partitioner.Summary after) {
    Map<String, ClaimRef> wordings = after.wordings();
    Set<String> changed = new HashSet<>();
    Set<String> keys = new HashSet<>(wordings.keySet());
    keys.addAll(before.wordings().keySet());
    for (String k : keys) {
      ClaimRef a = wordings.get(k);
      ClaimRef b = before.wordings().get(k);
      if (a == null || b == null || !a.attribution().equals(b.attribution())) {
        changed.add(k);
      }
    }
    return changed;
  }

  /** @return the outlet keys whose run-wide name (first spelling) differs from the earlier one */
  private static Set<String> renamedOutlets(Partitioner.Summary before,
      Partitioner.Summary after) {
    Map<String, String[]> outlets = after.outlets();
    Set<String> changed = new HashSet<>();
    Set<String> keys = new HashSet<>(outlets.keySet());
    keys.addAll(before.outlets().keySet());
    for (String k : keys) {
      String[] a = outlets.get(k);
      String[] b = before.outlets().get(k);
      if (a == null || b == null || !a[1].equals(b[1])) {
        changed.add(k);
      }
    }
    return changed;
  }
}
