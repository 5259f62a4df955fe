package io.github.countercheck.reconcile.report;

import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Relation;
import io.github.countercheck.reconcile.Rules;
import io.github.countercheck.reconcile.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A group's relations as a report names them: each conflict or update once for every pair of
 * claims that repeats it, the other verdicts tallied with the rules they cite.
 */
final class NamedRelations {

  /** The rule of subjects and their hierarchy: its conflicts set a sub-category against its parent. */
  private static final int SUBJECT_RULE = 4;

  private NamedRelations() {}

  /**
   * A conflict or update between two figures, named once for every pair of claims that repeat it
   * (the same figures from the same voices).
   *
   * @param verdict  {@code CONFLICT} or {@code UPDATE}
   * @param first    the earlier claim of its first pair, by index in the group
   * @param second   the later claim of its first pair
   * @param citation the rule the first pair's reason cites, as "rule 5 CONFLICT", or ""
   * @param rule     that rule's number, or 0
   * @param why      what kind of conflict, in a few words; empty for an update
   * @param pairs    how many pairs of claims it stands for
   */
  record Named(Verdict verdict, int first, int second, String citation, int rule, String why,
      int pairs) {}

  /** @return the group's relations of this verdict, each pair of figures and voices once */
  static List<Named> of(ReportContext cx, ClaimGroup g, Verdict verdict) {
    Map<String, Named> byKey = new LinkedHashMap<>();
    int[] order = null;
    for (Relation rel : g.relations()) {
      if (rel.verdict() != verdict) {
        continue;
      }
      if (order == null) {
        int[] byTime = cx.byTime(g);
        order = new int[byTime.length];
        for (int k = 0; k < byTime.length; k++) {
          order[byTime[k]] = k;
        }
      }
      int first = order[rel.a()] <= order[rel.b()] ? rel.a() : rel.b();
      int second = first == rel.a() ? rel.b() : rel.a();
      String a = ReportText.figure(g, g.claims().get(first)) + '\u0000' + cx.voiceOf(g, first);
      String b = ReportText.figure(g, g.claims().get(second)) + '\u0000'
          + cx.voiceOf(g, second);
      String key = verdict == Verdict.UPDATE || a.compareTo(b) <= 0
          ? a + '\u0001' + b : b + '\u0001' + a;
      Named old = byKey.get(key);
      if (old != null) {
        byKey.put(key, new Named(old.verdict(), old.first(), old.second(), old.citation(),
            old.rule(), old.why(), old.pairs() + 1));
        continue;
      }
      String reason = rel.reason();
      int colon = reason.indexOf(':');
      int rule = Rules.cited(reason);
      String citation = rule > 0 && colon > 0 ? reason.substring(0, colon) : "";
      String why = "";
      if (verdict == Verdict.CONFLICT) {
        why = reason.contains("downward revision") ? "a downward revision"
            : rule == SUBJECT_RULE ? "a sub-category's count above its parent's"
            : "the figures do not overlap";
      }
      byKey.put(key, new Named(verdict, first, second, citation, rule, why, 1));
    }
    if (order == null) {
      return List.of();
    }
    int[] rank = order;
    List<Named> out = new ArrayList<>(byKey.values());
    out.sort(Comparator.<Named>comparingInt(n -> rank[n.first()])
        .thenComparingInt(n -> rank[n.second()]));
    return out;
  }

  /** @return how many relations of each other verdict the group has, and the rules they cite */
  static Tally tally(ClaimGroup g) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    Set<Integer> rules = new TreeSet<>();
    for (Relation rel : g.relations()) {
      if (rel.verdict() == Verdict.CONFLICT || rel.verdict() == Verdict.UPDATE) {
        continue;
      }
      counts.merge(rel.verdict(), 1, Integer::sum);
      int rule = Rules.cited(rel.reason());
      if (rule > 0) {
        rules.add(rule);
      }
    }
    return new Tally(Collections.unmodifiableMap(counts), Collections.unmodifiableSet(rules));
  }

  /**
   * The relations a report does not name one by one.
   *
   * @param counts how many of each verdict
   * @param rules  the rules they cite
   */
  record Tally(Map<Verdict, Integer> counts, Set<Integer> rules) {

    /** @return "14 AGREE, 3 VAGUER", or "" when there are none */
    String text() {
      StringBuilder sb = new StringBuilder();
      counts.forEach((v, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ')
          .append(v.name()));
      return sb.toString();
    }
  }
}
