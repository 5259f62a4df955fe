package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.reconcile.PlaceAliases.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Builds the groups one after the other, reusing its scratch arrays: a run has hundreds of
 * thousands of groups, most of one or two claims. Not thread-safe: one per run.
 */
final class GroupBuilder {

  private static final Subject[] SUBJECTS = Subject.values();

  /**
   * Writes the reasons of a group's relations when they are first read: the verdict of a pair is
   * judged again into a builder, from the same two items, so the words are those of the verdict
   * kept. One per group, holding its members, where an object per relation held the pair.
   */
  static final class GroupReasons implements Relation.Reasoning {
    static final byte SAME_MEASURE = 0;
    /** The first claim of the pair counts a part of what the second counts. */
    static final byte SUBSET = 1;
    /** The second claim of the pair counts a part of what the first counts. */
    static final byte SUBSET_OF_FIRST = 2;

    private final Item[] members;
    private final double threshold;
    private final long sameTime;

    GroupReasons(Item[] members, double threshold, long sameTime) {
      this.members = members;
      this.threshold = threshold;
      this.sameTime = sameTime;
    }

    @Override
    public String reason(int a, int b, int rule) {
      StringBuilder sb = new StringBuilder(160);
      switch (rule) {
        case SAME_MEASURE -> Verdicts.sameMeasure(members[a], members[b], threshold, sameTime, sb);
        case SUBSET -> Verdicts.subset(members[a], members[b], sameTime, sb);
        default -> Verdicts.subset(members[b], members[a], sameTime, sb);
      }
      return sb.toString();
    }
  }

  private final Estimator estimator;
  private final ConflictFinder conflicts = new ConflictFinder();
  /** The run's items group by group. */
  private final Item[] grouped;
  private final VoiceBook book;
  /** The stories by rank, or an empty array when no document names one. */
  private final String[] storyIds;
  private final double vaguerThreshold;
  private final int maxPairwise;
  /** The span within which two times of day are "the same time", in seconds. */
  private final long sameTime;
  /** Per voice id, its index within the group being built, else -1; reset after each group. */
  private final int[] voiceSlot;
  /** The group being built: {@code grouped[from, from + n)}. */
  private int from;
  private int n;
  /** Each member's voice as an index into this group's voices, {@code 0..voiceCount-1}. */
  private int[] voiceOf = new int[16];
  private int voiceCount;
  private long[] pairs = new long[16];
  private List<String> notes;
  /** Per subject, the framing claims of the group being built: scratch. */
  private final int[] framings = new int[SUBJECTS.length];
  /**
   * Per voice id, the voices of the last group of one claim of that voice, and its outlet: a
   * group of one claim of the same voice and outlet shares the (immutable) list.
   */
  private final List<Voice>[] single;
  private final int[] singleOutlet;

  /** The reasons of this group's relations, made with its first relation. */
  private GroupReasons reasons;
  /** The relations judged so far in this group, and whether one is a conflict. */
  private int[] relationPairs = new int[32];
  private byte[] relationCodes = new byte[16];
  private int relationCount;
  /** Scratch of {@link #sortRelations}: the order, and arrays the size of the relations'. */
  private int[] sortIdx = new int[16];
  private int[] sparePairs = new int[0];
  private byte[] spareCodes = new byte[0];
  private boolean conflict;

  GroupBuilder(Item[] grouped, VoiceBook book, String[] storyIds, double vaguerThreshold,
      int maxPairwise, long sameTime) {
    this.grouped = grouped;
    this.book = book;
    this.storyIds = storyIds;
    this.vaguerThreshold = vaguerThreshold;
    this.maxPairwise = maxPairwise;
    this.sameTime = sameTime;
    this.estimator = new Estimator(sameTime);
    this.voiceSlot = new int[book.voiceCount()];
    Arrays.fill(voiceSlot, -1);
    @SuppressWarnings("unchecked")
    List<Voice>[] lists = new List[book.voiceCount()];
    this.single = lists;
    this.singleOutlet = new int[book.voiceCount()];
  }

  private Item at(int k) {
    return grouped[from + k];
  }

  private GroupReasons reasons() {
    if (reasons == null) {
      reasons = new GroupReasons(Arrays.copyOfRange(grouped, from, from + n), vaguerThreshold,
          sameTime);
    }
    return reasons;
  }

  ClaimGroup build(int from, int n) {
    this.from = from;
    this.n = n;
    this.reasons = null;
    this.relationCount = 0;
    this.conflict = false;
    this.notes = List.of();
    if (voiceOf.length < n) {
      voiceOf = new int[Math.max(n, voiceOf.length * 2)];
    }
    int count = 0;
    for (int k = 0; k < n; k++) {
      int v = at(k).voice;
      if (voiceSlot[v] < 0) {
        voiceSlot[v] = count++;
      }
      voiceOf[k] = voiceSlot[v];
    }
    for (int k = 0; k < n; k++) {
      voiceSlot[at(k).voice] = -1;
    }
    voiceCount = count;
    Claim first = at(0).claim;
    Subject lca = at(0).subject();
    List<Claim> claims;
    if (n == 1) { // most groups: no array to copy
      claims = List.of(first);
    } else {
      Claim[] members = new Claim[n];
      for (int k = 0; k < n; k++) {
        Item it = at(k);
        members[k] = it.claim;
        if (!it.subject().isKindOf(lca)) {
          lca = Hierarchy.lowestCommonAncestor(lca, it.subject());
        }
      }
      claims = List.of(members);
    }
    List<Relation> relations = relations();
    List<Voice> voices = voices();
    boolean conflict = this.conflict;
    Status status = conflict ? Status.DISPUTED
        : voices.size() == 1 ? Status.SINGLE_SOURCE : Status.CONSISTENT;
    framingNote();
    undatedNote();
    return new ClaimGroup(first.event(), first.modality(), lca, location(), claims,
        relations, estimator.estimate(grouped, from, n, voiceOf, voiceCount,
            first.event().isCumulative()), status, notes, voices,
        storyIds.length == 0 ? null : storyIds[at(0).story], first.scope());
  }

  private void note(String note) {
    if (notes.isEmpty()) {
      notes = new ArrayList<>(2);
    }
    notes.add(note);
  }

  private String location() {
    Place best = null;
    for (int k = 0; k < n; k++) {
      Place p = at(k).place;
      if (p != null && (best == null || p.depth() > best.depth())) {
        best = p;
      }
    }
    return best == null ? null : best.name();
  }

  private List<Relation> relations() {
    if (n == 1) {
      return List.of();
    }
    relationCount = 0;
    if (n <= maxPairwise) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          compare(i, j);
        }
      }
      return relationCount == 0 ? List.of()
          : new RelationList(relationPairs, relationCodes, relationCount, reasons());
    }
    // the short chain: the latest figure of each voice for each subject (members are in time
    // order), every pair of them, or each against the one before it when they are many
    int subjects = SUBJECTS.length;
    int[] latest = new int[voiceCount * subjects];
    Arrays.fill(latest, -1);
    for (int i = 0; i < n; i++) {
      latest[voiceOf[i] * subjects + at(i).subject().ordinal()] = i;
    }
    int count = 0;
    for (int i : latest) {
      if (i >= 0) {
        latest[count++] = i;
      }
    }
    Arrays.sort(latest, 0, count);
    if (count <= maxPairwise) {
      for (int i = 0; i < count; i++) {
        for (int j = i + 1; j < count; j++) {
          compare(latest[i], latest[j]);
        }
      }
    } else {
      for (int j = 1; j < count; j++) {
        compare(latest[j - 1], latest[j]);
      }
    }
    // every conflict over all the claims, each claim in one named once beside the chain
    int chain = relationCount;
    int witnesses = 0;
    if (conflicts.find(grouped, from, n, at(0).claim.event().isCumulative(), sameTime)) {
      long[] found = conflicts.pairs();
      long[] listed = new long[chain];
      for (int k = 0; k < chain; k++) {
        listed[k] = (long) relationPairs[2 * k] << 32 | relationPairs[2 * k + 1];
      }
      Arrays.sort(listed);
      for (long pair : found) {
        if (Arrays.binarySearch(listed, pair) < 0) {
          compare((int) (pair >>> 32), (int) pair);
          witnesses++;
        }
      }
    }
    sortRelations();
    note("rule 9: " + n + " claims: the latest figure of each voice for each subject (" + count
        + " figures) is listed" + (count > maxPairwise ? ", each against the one before it in"
        + " time order" : "") + "; every pair of claims was searched for conflicts"
        + (witnesses == 0 ? "" : ", and " + witnesses + (witnesses == 1 ? " pair names" : " pairs name")
        + " each claim in one that the list does not"));
    return relationCount == 0 ? List.of()
        : new RelationList(relationPairs, relationCodes, relationCount, reasons());
  }

  /** Sorts this group's relations by their indices (each pair is listed once). */
  private void sortRelations() {
    if (sortIdx.length < relationCount) {
      sortIdx = new int[Math.max(relationCount, sortIdx.length * 2)];
    }
    int[] idx = sortIdx;
    for (int k = 0; k < relationCount; k++) {
      idx[k] = k;
    }
    int[] p = relationPairs;
    IndexSort.sort(idx, 0, relationCount, (a, b) -> p[2 * a] != p[2 * b]
        ? Integer.compare(p[2 * a], p[2 * b]) : Integer.compare(p[2 * a + 1], p[2 * b + 1]));
    // into the spare arrays, which then swap with the relations' (RelationList copies them)
    if (sparePairs.length != relationPairs.length) {
      sparePairs = new int[relationPairs.length];
      spareCodes = new byte[relationCodes.length];
    }
    int[] pairs = sparePairs;
    byte[] codes = spareCodes;
    for (int k = 0; k < relationCount; k++) {
      pairs[2 * k] = p[2 * idx[k]];
      pairs[2 * k + 1] = p[2 * idx[k] + 1];
      codes[k] = relationCodes[idx[k]];
    }
    sparePairs = relationPairs;
    spareCodes = relationCodes;
    relationPairs = pairs;
    relationCodes = codes;
  }

  /**
   * Judges members {@code i < j} and adds their relation, if their subjects are comparable and
   * they come from different documents (a document is not judged against itself).
   */
  private void compare(int i, int j) {
    Item x = at(i);
    Item y = at(j);
    if (x.doc == y.doc) {
      return;
    }
    Subject sx = x.subject();
    Subject sy = y.subject();
    Verdict verdict;
    int rule;
    if (Hierarchy.sameMeasure(sx, sy)) {
      verdict = Verdicts.sameMeasure(x, y, vaguerThreshold, sameTime, null);
      rule = GroupReasons.SAME_MEASURE;
    } else if (sx.isKindOf(sy)) {
      verdict = Verdicts.subset(x, y, sameTime, null);
      rule = GroupReasons.SUBSET;
    } else if (sy.isKindOf(sx)) {
      verdict = Verdicts.subset(y, x, sameTime, null);
      rule = GroupReasons.SUBSET_OF_FIRST;
    } else {
      return;
    }
    if (relationCount == relationCodes.length) {
      relationCodes = Arrays.copyOf(relationCodes, relationCount * 2);
      relationPairs = Arrays.copyOf(relationPairs, relationCount * 4);
    }
    relationPairs[2 * relationCount] = i;
    relationPairs[2 * relationCount + 1] = j;
    relationCodes[relationCount++] = RelationList.code(verdict, rule);
    conflict |= verdict == Verdict.CONFLICT;
  }

  /** The voices by name, each with its outlets by name: one sort of packed (name, outlet) ranks. */
  private List<Voice> voices() {
    if (n == 1) { // most groups: the voice and outlet of the last such group, or a new list
      Item it = at(0);
      List<Voice> one = single[it.voice];
      if (one == null || singleOutlet[it.voice] != it.outlet) {
        one = List.of(new Voice(book.nameByRank[book.voiceNameRank[it.voice]],
            List.of(book.outletByRank[book.outletRank[it.outlet]])));
        single[it.voice] = one;
        singleOutlet[it.voice] = it.outlet;
      }
      return one;
    }
    if (pairs.length < n) {
      pairs = new long[Math.max(n, pairs.length * 2)];
    }
    long[] pairs = this.pairs;
    for (int i = 0; i < n; i++) {
      Item it = at(i);
      pairs[i] = (long) book.voiceNameRank[it.voice] << 32 | book.outletRank[it.outlet];
    }
    Arrays.sort(pairs, 0, n);
    List<Voice> out = new ArrayList<>(voiceCount);
    int i = 0;
    while (i < n) {
      int name = (int) (pairs[i] >>> 32);
      int j = i;
      int distinct = 0;
      while (j < n && (int) (pairs[j] >>> 32) == name) {
        if (j == i || pairs[j] != pairs[j - 1]) {
          distinct++;
        }
        j++;
      }
      String[] o = new String[distinct];
      int k = 0;
      for (int m = i; m < j; m++) {
        if (m == i || pairs[m] != pairs[m - 1]) {
          o[k++] = book.outletByRank[(int) pairs[m]];
        }
      }
      out.add(new Voice(book.nameByRank[name], List.of(o)));
      i = j;
    }
    return out;
  }

  private void framingNote() {
    int[] framings = null;
    int kinds = 0;
    for (int k = 0; k < n; k++) {
      Item it = at(k);
      if (it.subject().isFraming()) {
        if (framings == null) {
          framings = this.framings;
          Arrays.fill(framings, 0);
        }
        if (framings[it.subject().ordinal()]++ == 0) {
          kinds++;
        }
      }
    }
    if (kinds > 1) {
      StringBuilder sb = new StringBuilder();
      for (Subject s : SUBJECTS) {
        int k = framings[s.ordinal()];
        if (k > 0) {
          sb.append(sb.length() == 0 ? "" : ", ").append(s).append(" (").append(k)
              .append(k == 1 ? " claim)" : " claims)");
        }
      }
      note("rule 4: framing: PROTESTER, RIOTER and MILITANT may count the same people under"
          + " different framing; this group mixes " + sb);
    }
  }

  private void undatedNote() {
    TreeSet<String> undated = null;
    for (int k = 0; k < n; k++) {
      Item it = at(k);
      if (it.day == Item.NO_DATE) {
        if (undated == null) {
          undated = new TreeSet<>();
        }
        undated.add(it.claim.document());
      }
    }
    if (undated == null) {
      return;
    }
    note("rule 3: no date for " + String.join(", ", undated)
        + ": its figures are compared as if of the same day and cannot update others");
  }
}
