package io.github.countercheck.reconcile.story;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Estimate;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.story.StoryGold.Expected;
import io.github.countercheck.reconcile.story.StoryGold.Group;
import io.github.countercheck.reconcile.story.StoryGold.Signed;
import io.github.countercheck.reconcile.story.StoryGold.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a {@link Reconciliation} against the story gold. A system claim matches an expected one
 * when it is in the same document, counts the same event, overlaps its span and states the same
 * {@code low}. Per expected group: recovered (all its found claims in one system group holding no
 * claim of another expected group or of the excluded list), status agreement and estimate
 * agreement (of the system group holding most of its found claims); per excluded claim the system
 * found: kept out of every system group holding an expected group's claim.
 */
final class StoryGoldScorer {

  private StoryGoldScorer() {}

  /** Why an expected group was not recovered, or {@code OK}. */
  enum Outcome {
    OK, NOT_FOUND, SPLIT, MIXED
  }

  /** The score of one expected group. */
  record GroupScore(String story, String group, int expected, int found, Outcome outcome,
      boolean statusAgrees, boolean estimateAgrees, String system) {
    boolean recovered() {
      return outcome == Outcome.OK;
    }
  }

  /** The score of one story. */
  record StoryScore(String story, List<GroupScore> groups, int excludedFound, int excludedKeptOut,
      List<String> leaks) {
    StoryScore {
      groups = List.copyOf(groups);
      leaks = List.copyOf(leaks);
    }
  }

  /** Figures over several stories. */
  record Totals(int groups, int recovered, int statusAgree, int estimateAgree, int excludedFound,
      int excludedKeptOut) {

    double recovery() {
      return ratio(recovered, groups);
    }

    double status() {
      return ratio(statusAgree, groups);
    }

    double estimate() {
      return ratio(estimateAgree, groups);
    }

    double keptOut() {
      return ratio(excludedKeptOut, excludedFound);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 1.0 : (double) a / b;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "groups %d: recovered %d (%.3f), status %d (%.3f), estimate %d (%.3f);"
              + " excluded found %d, kept out %d (%.3f)",
          groups, recovered, recovery(), statusAgree, status(), estimateAgree, estimate(),
          excludedFound, excludedKeptOut, keptOut());
    }
  }

  /**
   * Scores one story.
   *
   * @param story the gold story
   * @param r     a reconciliation over (at least) the story's documents
   * @return its score
   */
  static StoryScore score(Story story, Reconciliation r) {
    Index index = new Index(r);
    List<List<Integer>> found = new ArrayList<>();
    Set<Integer> holdingExpected = new HashSet<>();
    for (Group g : story.groups()) {
      List<Integer> at = new ArrayList<>();
      for (Expected e : g.claims()) {
        index.groupOf(e).ifPresent(at::add);
      }
      found.add(at);
      holdingExpected.addAll(at);
    }
    List<Integer> excludedAt = new ArrayList<>();
    int excludedFound = 0;
    int keptOut = 0;
    List<String> leaks = new ArrayList<>();
    for (Expected e : story.excluded()) {
      Optional<Integer> at = index.groupOf(e);
      if (at.isEmpty()) {
        continue;
      }
      excludedFound++;
      excludedAt.add(at.get());
      if (holdingExpected.contains(at.get())) {
        leaks.add(e.document() + " " + e.start() + "-" + e.end() + " (" + e.text() + ")");
      } else {
        keptOut++;
      }
    }
    List<GroupScore> scores = new ArrayList<>();
    for (int i = 0; i < story.groups().size(); i++) {
      Group g = story.groups().get(i);
      List<Integer> at = found.get(i);
      Set<Integer> others = new HashSet<>(excludedAt);
      for (int j = 0; j < found.size(); j++) {
        if (j != i) {
          others.addAll(found.get(j));
        }
      }
      Outcome outcome;
      Set<Integer> distinct = new HashSet<>(at);
      if (at.isEmpty()) {
        outcome = Outcome.NOT_FOUND;
      } else if (distinct.size() > 1) {
        outcome = Outcome.SPLIT;
      } else if (others.contains(at.get(0))) {
        outcome = Outcome.MIXED;
      } else {
        outcome = Outcome.OK;
      }
      boolean status = false;
      boolean estimate = false;
      String system = "-";
      if (!at.isEmpty()) {
        ClaimGroup sg = r.groups().get(mode(at));
        status = sg.status().name().equals(g.status());
        estimate = sg.estimate() != null && agrees(sg.estimate(), g.estimate());
        system = sg.claims().size() + " claims " + sg.status() + " "
            + (sg.estimate() == null ? "no estimate" : show(sg.estimate()));
        if (outcome == Outcome.SPLIT) {
          List<String> parts = new ArrayList<>();
          for (int gi : new java.util.TreeSet<>(at)) {
            ClaimGroup part = r.groups().get(gi);
            parts.add(part.subject() + "@" + part.location() + ":" + part.claims().size());
          }
          system += " split over " + parts;
        }
      }
      scores.add(new GroupScore(story.id(), g.id(), g.claims().size(), at.size(), outcome, status,
          estimate, system));
    }
    return new StoryScore(story.id(), scores, excludedFound, keptOut, leaks);
  }

  /**
   * @param scores story scores
   * @return their totals
   */
  static Totals total(List<StoryScore> scores) {
    int groups = 0;
    int recovered = 0;
    int status = 0;
    int estimate = 0;
    int excluded = 0;
    int kept = 0;
    for (StoryScore s : scores) {
      for (GroupScore g : s.groups()) {
        groups++;
        recovered += g.recovered() ? 1 : 0;
        status += g.statusAgrees() ? 1 : 0;
        estimate += g.estimateAgrees() ? 1 : 0;
      }
      excluded += s.excludedFound();
      kept += s.excludedKeptOut();
    }
    return new Totals(groups, recovered, status, estimate, excluded, kept);
  }

  /** The system's best within the signed interval (both absent also agrees), and the intervals overlap. */
  static boolean agrees(Estimate system, Signed signed) {
    long hi = signed.high() == null ? Long.MAX_VALUE : signed.high();
    boolean best = system.best() == null
        ? signed.best() == null
        : system.best() >= signed.low() && system.best() <= hi;
    long sysHi = system.high() == null ? Long.MAX_VALUE : system.high();
    boolean overlap = system.low() <= hi && signed.low() <= sysHi;
    return best && overlap;
  }

  private static String show(Estimate e) {
    return "[" + e.low() + ", " + e.best() + ", " + e.high() + "]";
  }

  private static int mode(List<Integer> xs) {
    Map<Integer, Integer> counts = new HashMap<>();
    int best = xs.get(0);
    for (int x : xs) {
      int c = counts.merge(x, 1, Integer::sum);
      if (c > counts.get(best) || c == counts.get(best) && x < best) {
        best = x;
      }
    }
    return best;
  }

  /** The system's claims by document, with the index of their group. */
  private static final class Index {
    private record Entry(Claim claim, int group) {}

    private final Map<String, List<Entry>> byDocument = new HashMap<>();

    Index(Reconciliation r) {
      for (int gi = 0; gi < r.groups().size(); gi++) {
        for (Claim c : r.groups().get(gi).claims()) {
          byDocument.computeIfAbsent(c.document(), k -> new ArrayList<>()).add(new Entry(c, gi));
        }
      }
    }

    /** The group of the closest system claim matching {@code e}, if any. */
    Optional<Integer> groupOf(Expected e) {
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (Entry en : byDocument.getOrDefault(e.document(), List.of())) {
        Claim c = en.claim();
        boolean overlaps = c.span().start() < e.end() && e.start() < c.span().end();
        if (overlaps && c.event().name().equals(e.event()) && c.quantity().low() == e.low()) {
          int distance = Math.abs(c.span().start() - e.start()) + Math.abs(c.span().end() - e.end());
          if (distance < bestDistance) {
            bestDistance = distance;
            best = en.group();
          }
        }
      }
      return best < 0 ? Optional.empty() : Optional.of(best);
    }
  }
}
