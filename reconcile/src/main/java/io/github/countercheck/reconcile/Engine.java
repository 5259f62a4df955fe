package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.PlaceAliases.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** One reconciliation run. Not thread-safe; {@link Reconciler} makes one per call. */
final class Engine {

  static final int NO_DATE = Integer.MIN_VALUE;

  /** Canonical claim order: makes the output independent of the input order. */
  static final Comparator<Claim> CLAIM_ORDER = Engine::compareClaims;

  /**
   * Canonical claim order: document, span, event, subject, modality, quantity (kind, low, high,
   * value), text, attribution, location, time, language. Written out by hand: it breaks ties of
   * the sort key on every claim, so it must be cheap.
   */
  static int compareClaims(Claim a, Claim b) {
    int c = a.document().compareTo(b.document());
    if (c != 0) {
      return c;
    }
    return compareAfterDocument(a, b);
  }

  private static int compareAfterDocument(Claim a, Claim b) {
    int c = Integer.compare(a.span().start(), b.span().start());
    if (c == 0) {
      c = Integer.compare(a.span().end(), b.span().end());
    }
    if (c == 0) {
      c = a.event().compareTo(b.event());
    }
    if (c == 0) {
      c = a.subject().compareTo(b.subject());
    }
    if (c == 0) {
      c = a.modality().compareTo(b.modality());
    }
    if (c == 0) {
      Quantity x = a.quantity();
      Quantity y = b.quantity();
      c = x.kind().compareTo(y.kind());
      if (c == 0) {
        c = Long.compare(x.low(), y.low());
      }
      if (c == 0) {
        c = Long.compare(x.highOrMax(), y.highOrMax());
      }
      if (c == 0) {
        c = Long.compare(x.value() == null ? -1 : x.value(), y.value() == null ? -1 : y.value());
      }
    }
    if (c == 0) {
      c = a.text().compareTo(b.text());
    }
    if (c == 0) {
      c = compareNullable(a.attribution(), b.attribution());
    }
    if (c == 0) {
      c = compareNullable(a.location(), b.location());
    }
    if (c == 0) {
      c = compareNullable(a.time(), b.time());
    }
    return c != 0 ? c : a.language().compareTo(b.language());
  }

  private static int compareNullable(String a, String b) {
    return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
  }

  private static final Subject[] SUBJECTS = Subject.values();

  /** A claim with its document's rank, for a cheap first sort key. */
  private static final class Keyed {
    final Claim claim;
    final int[] rank;
    long key; // document rank, then span start
    int end;

    Keyed(Claim claim, int[] rank) {
      this.claim = claim;
      this.rank = rank;
    }
  }

  private static final Comparator<Keyed> KEYED_ORDER = (a, b) -> {
    int c = Long.compare(a.key, b.key);
    if (c == 0) {
      c = Integer.compare(a.end, b.end);
    }
    return c != 0 ? c : compareAfterDocument(a.claim, b.claim);
  };

  private static final Comparator<Item> BY_ORDER = (a, b) -> Integer.compare(a.order, b.order);
  private static final Comparator<Item> BY_DAY_THEN_ORDER = (a, b) -> a.day != b.day
      ? Integer.compare(a.day, b.day) : Integer.compare(a.order, b.order);

  /** A claim with what the run knows of it. */
  static final class Item {
    final Claim claim;
    final int order;
    final int day;
    final Place place;
    final String voiceKey;
    final String outlet;

    Item(Claim claim, int order, int day, Place place, String voiceKey, String outlet) {
      this.claim = claim;
      this.order = order;
      this.day = day;
      this.place = place;
      this.voiceKey = voiceKey;
      this.outlet = outlet;
    }

    Quantity q() {
      return claim.quantity();
    }

    Subject subject() {
      return claim.subject();
    }
  }

  private final int windowDays;
  private final PlaceAliases places;
  private final VoiceAliases voices;
  private final double vaguerThreshold;
  private final int maxPairwise;
  private final Map<String, DocumentMetadata> meta = new HashMap<>();
  private final Map<String, Place> placeCache = new HashMap<>();
  private final Map<String, String> voiceKeyCache = new HashMap<>();
  private final Map<String, String> voiceNames = new HashMap<>();
  private final Map<String, String> outletKeyCache = new HashMap<>();

  Engine(int windowDays, PlaceAliases places, VoiceAliases voices, double vaguerThreshold,
      int maxPairwise) {
    this.windowDays = windowDays;
    this.places = places;
    this.voices = voices;
    this.vaguerThreshold = vaguerThreshold;
    this.maxPairwise = maxPairwise;
  }

  Reconciliation run(Collection<Claim> claims, Collection<DocumentMetadata> documents) {
    for (DocumentMetadata d : documents) {
      Objects.requireNonNull(d, "document metadata");
      DocumentMetadata old = meta.putIfAbsent(d.id(), d);
      if (old != null && !old.equals(d)) {
        throw new IllegalArgumentException("document '" + d.id() + "' is given twice, as " + old
            + " and as " + d);
      }
    }
    // canonical order: document (by its rank among the distinct ids), span, then every field
    Map<String, int[]> ranks = new HashMap<>();
    Keyed[] keyed = new Keyed[claims.size()];
    int k = 0;
    for (Claim c : claims) {
      Objects.requireNonNull(c, "claim");
      keyed[k++] = new Keyed(c, ranks.computeIfAbsent(c.document(), id -> new int[1]));
    }
    String[] ids = ranks.keySet().toArray(new String[0]);
    Arrays.sort(ids);
    Map<String, DocumentMetadata> referenced = new TreeMap<>();
    for (DocumentMetadata d : meta.values()) {
      referenced.put(d.id(), d);
    }
    for (int i = 0; i < ids.length; i++) {
      ranks.get(ids[i])[0] = i;
      referenced.computeIfAbsent(ids[i], id -> new DocumentMetadata(id, null, null));
    }
    for (Keyed x : keyed) {
      x.key = ((long) x.rank[0] << 32) | x.claim.span().start();
      x.end = x.claim.span().end();
    }
    Arrays.sort(keyed, KEYED_ORDER);
    List<List<Item>> blocks = new ArrayList<>(Collections.nCopies(
        Modality.values().length * Event.values().length * SUBJECTS.length, (List<Item>) null));
    List<List<Item>> groups = new ArrayList<>();
    for (int i = 0; i < keyed.length; i++) {
      Item item = item(keyed[i].claim, i);
      keyed[i] = null;
      Claim c = item.claim;
      if (c.event() == Event.OTHER || c.subject() == Subject.OTHER) {
        groups.add(List.of(item));
        continue;
      }
      int key = (c.modality().ordinal() * Event.values().length + c.event().ordinal())
          * SUBJECTS.length + c.subject().root().ordinal();
      List<Item> block = blocks.get(key);
      if (block == null) {
        block = new ArrayList<>();
        blocks.set(key, block);
      }
      block.add(item);
    }
    for (List<Item> block : blocks) {
      if (block == null) {
        continue;
      }
      for (List<Item> cls : bySubjectClass(block)) {
        for (List<Item> cell : byPlace(cls)) {
          groups.addAll(byTime(cell));
        }
      }
    }
    List<ClaimGroup> out = new ArrayList<>(groups.size());
    List<int[]> keys = new ArrayList<>(groups.size());
    for (List<Item> g : groups) {
      out.add(new GroupBuilder(g).build());
    }
    Integer[] idx = new Integer[out.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
      int minOrder = Integer.MAX_VALUE;
      for (Item it : groups.get(i)) {
        minOrder = Math.min(minOrder, it.order);
      }
      keys.add(new int[] {minOrder});
    }
    Comparator<Integer> groupOrder = Comparator.<Integer, Event>comparing(i -> out.get(i).event())
        .thenComparing(i -> out.get(i).modality())
        .thenComparing(i -> out.get(i).subject())
        .thenComparing(i -> out.get(i).location() == null ? "" : out.get(i).location())
        .thenComparingInt(i -> keys.get(i)[0]);
    Arrays.sort(idx, groupOrder);
    List<ClaimGroup> ordered = new ArrayList<>(out.size());
    for (Integer i : idx) {
      ordered.add(out.get(i));
    }
    return new Reconciliation(new ArrayList<>(referenced.values()), ordered);
  }

  private Item item(Claim c, int order) {
    DocumentMetadata m = meta.get(c.document());
    LocalDate date = m == null ? null : m.published();
    int day = date == null ? NO_DATE : (int) date.toEpochDay();
    Place place = c.location() == null ? null
        : placeCache.computeIfAbsent(c.location(), places::resolve);
    String outlet = m != null && m.publisher() != null ? m.publisher() : c.document();
    String voiceKey;
    if (c.attribution() != null) {
      voiceKey = voiceKeyCache.computeIfAbsent(c.attribution(), voices::key);
      voiceNames.putIfAbsent(voiceKey,
          voiceKey.startsWith("v:") ? voiceKey.substring(2) : c.attribution());
    } else {
      voiceKey = outletKeyCache.computeIfAbsent(outlet, o -> "o:" + o);
      voiceNames.putIfAbsent(voiceKey, outlet);
    }
    return new Item(c, order, day, place, voiceKey, outlet);
  }

  // ---------------------------------------------------------------- grouping

  /** The class of a subject within its block: subjects in one class are related by the hierarchy. */
  static String subjectClass(Subject s) {
    return SUBJECT_CLASS[s.ordinal()];
  }

  private static final String[] SUBJECT_CLASS = new String[SUBJECTS.length];

  static {
    for (Subject s : SUBJECTS) {
      SUBJECT_CLASS[s.ordinal()] = computeSubjectClass(s);
    }
  }

  private static String computeSubjectClass(Subject s) {
    if (s.root() != Subject.PERSON) {
      return s.root().name();
    }
    if (s.isFraming()) {
      return "CROWD";
    }
    if (s.isKindOf(Subject.SECURITY_FORCES)) {
      return "SECURITY_FORCES";
    }
    return s.name(); // PERSON, CIVILIAN, CHILD
  }

  private static List<List<Item>> bySubjectClass(List<Item> block) {
    Map<String, List<Item>> hashed = new HashMap<>();
    for (Item it : block) {
      hashed.computeIfAbsent(subjectClass(it.subject()), k -> new ArrayList<>()).add(it);
    }
    Map<String, List<Item>> classes = new TreeMap<>(hashed);
    List<Item> generic = classes.get(Subject.PERSON.name());
    if (generic != null && classes.size() == 2) {
      classes.remove(Subject.PERSON.name());
      List<Item> other = classes.values().iterator().next();
      other.addAll(generic);
      other.sort(BY_ORDER);
    }
    return new ArrayList<>(classes.values());
  }

  private static List<List<Item>> byPlace(List<Item> cls) {
    // region key -> city key -> items; "" city key for claims at the region (country) level
    Map<String, Map<String, List<Item>>> hashed = new HashMap<>();
    List<Item> unplaced = new ArrayList<>();
    for (Item it : cls) {
      if (it.place == null) {
        unplaced.add(it);
      } else {
        Place r = it.place.region();
        hashed.computeIfAbsent(r.key(), k -> new HashMap<>())
            .computeIfAbsent(it.place.isCity() ? it.place.key() : "", k -> new ArrayList<>())
            .add(it);
      }
    }
    Map<String, Map<String, List<Item>>> regions = new TreeMap<>();
    hashed.forEach((k, v) -> regions.put(k, new TreeMap<>(v)));
    List<List<Item>> cells = new ArrayList<>();
    for (Map<String, List<Item>> region : regions.values()) {
      List<Item> countryLevel = region.remove("");
      if (countryLevel != null && region.size() == 1) {
        List<Item> merged = new ArrayList<>(region.values().iterator().next());
        merged.addAll(countryLevel);
        merged.sort(BY_ORDER);
        cells.add(merged);
      } else {
        cells.addAll(region.values());
        if (countryLevel != null) {
          cells.add(countryLevel);
        }
      }
    }
    if (!unplaced.isEmpty()) {
      if (cells.size() == 1) {
        List<Item> merged = new ArrayList<>(cells.get(0));
        merged.addAll(unplaced);
        merged.sort(BY_ORDER);
        cells.set(0, merged);
      } else {
        cells.add(unplaced);
      }
    }
    return cells;
  }

  private List<List<Item>> byTime(List<Item> cell) {
    List<Item> dated = new ArrayList<>(cell.size());
    List<Item> undated = new ArrayList<>();
    for (Item it : cell) {
      (it.day == NO_DATE ? undated : dated).add(it);
    }
    dated.sort(BY_DAY_THEN_ORDER);
    List<List<Item>> windows = new ArrayList<>();
    List<Item> current = null;
    int start = 0;
    for (Item it : dated) {
      if (current == null || (long) it.day - start > windowDays) {
        current = new ArrayList<>();
        windows.add(current);
        start = it.day;
      }
      current.add(it);
    }
    if (!undated.isEmpty()) {
      if (windows.size() == 1) {
        windows.get(0).addAll(undated);
      } else {
        windows.add(undated);
      }
    }
    return windows;
  }

  // ---------------------------------------------------------------- one group

  private final class GroupBuilder {
    private final List<Item> members;
    private final Claim first;

    GroupBuilder(List<Item> items) {
      // byTime hands the members over by date (undated last), then canonical order
      this.members = items;
      this.first = items.get(0).claim;
    }

    ClaimGroup build() {
      List<Claim> claims = new ArrayList<>(members.size());
      Subject lca = members.get(0).subject();
      for (Item it : members) {
        claims.add(it.claim);
        if (!it.subject().isKindOf(lca)) {
          lca = lowestCommonAncestor(lca, it.subject());
        }
      }
      List<String> notes = new ArrayList<>();
      List<Relation> relations = relations(notes);
      List<Voice> voices = voices();
      boolean conflict = false;
      for (Relation r : relations) {
        conflict |= r.verdict() == Verdict.CONFLICT;
      }
      Status status = conflict ? Status.DISPUTED
          : voices.size() == 1 ? Status.SINGLE_SOURCE : Status.CONSISTENT;
      framingNote(notes);
      undatedNote(notes);
      return new ClaimGroup(first.event(), first.modality(), lca, location(), claims, relations,
          estimate(), status, notes, voices);
    }

    private String location() {
      Place best = null;
      for (Item it : members) {
        Place p = it.place;
        if (p != null && (best == null || !best.isCity() && p.isCity())) {
          best = p;
        }
      }
      return best == null ? null : best.name();
    }

    private List<Relation> relations(List<String> notes) {
      List<Relation> out = new ArrayList<>();
      int n = members.size();
      int[] judged;
      if (n <= maxPairwise) {
        judged = new int[n];
        for (int i = 0; i < n; i++) {
          judged[i] = i;
        }
      } else {
        // the latest figure of each voice for each subject: members are in date order
        Map<String, int[]> latest = new HashMap<>();
        for (int i = 0; i < n; i++) {
          Item it = members.get(i);
          int[] bySubject = latest.get(it.voiceKey);
          if (bySubject == null) {
            bySubject = new int[SUBJECTS.length];
            Arrays.fill(bySubject, -1);
            latest.put(it.voiceKey, bySubject);
          }
          bySubject[it.subject().ordinal()] = i;
        }
        judged = latest.values().stream().flatMapToInt(Arrays::stream).filter(i -> i >= 0)
            .sorted().toArray();
        notes.add("rule 9: " + n + " claims: only the latest figure of each voice for each subject"
            + " (" + judged.length + " figures) is judged"
            + (judged.length > maxPairwise ? ", each against the one before it in date order" : ""));
      }
      if (judged.length <= maxPairwise) {
        for (int i = 0; i < judged.length; i++) {
          for (int j = i + 1; j < judged.length; j++) {
            Relation r = compare(judged[i], judged[j]);
            if (r != null) {
              out.add(r);
            }
          }
        }
      } else {
        for (int j = 1; j < judged.length; j++) {
          Relation r = compare(judged[j - 1], judged[j]);
          if (r != null) {
            out.add(r);
          }
        }
      }
      return out;
    }

    private Relation compare(int i, int j) {
      Item x = members.get(i);
      Item y = members.get(j);
      Subject sx = x.subject();
      Subject sy = y.subject();
      Verdicts.Judgement v;
      if (sameMeasure(sx, sy)) {
        v = Verdicts.sameMeasure(x, y, vaguerThreshold);
      } else if (sx.isKindOf(sy)) {
        v = Verdicts.subset(x, y);
      } else if (sy.isKindOf(sx)) {
        v = Verdicts.subset(y, x);
      } else {
        return null;
      }
      return new Relation(i, j, v.verdict(), v.reason());
    }

    private List<Voice> voices() {
      Map<String, TreeSet<String>> outlets = new TreeMap<>();
      for (Item it : members) {
        outlets.computeIfAbsent(voiceNames.get(it.voiceKey), k -> new TreeSet<>()).add(it.outlet);
      }
      List<Voice> out = new ArrayList<>(outlets.size());
      outlets.forEach((name, o) -> out.add(new Voice(name, new ArrayList<>(o))));
      return out;
    }

    private void framingNote(List<String> notes) {
      Map<Subject, Integer> framings = new TreeMap<>();
      for (Item it : members) {
        if (it.subject().isFraming()) {
          framings.merge(it.subject(), 1, Integer::sum);
        }
      }
      if (framings.size() > 1) {
        StringBuilder sb = new StringBuilder();
        framings.forEach((s, k) -> sb.append(sb.length() == 0 ? "" : ", ").append(s).append(" (")
            .append(k).append(k == 1 ? " claim)" : " claims)"));
        notes.add("rule 4: framing: PROTESTER, RIOTER and MILITANT may count the same people under"
            + " different framing; this group mixes " + sb);
      }
    }

    private void undatedNote(List<String> notes) {
      TreeSet<String> undated = new TreeSet<>();
      for (Item it : members) {
        if (it.day == NO_DATE) {
          undated.add(it.claim.document());
        }
      }
      if (!undated.isEmpty()) {
        notes.add("rule 3: no date for " + String.join(", ", undated)
            + ": its figures are compared as if of the same day and cannot update others");
      }
    }

    private Optional<Estimate> estimate() {
      return Estimator.estimate(members, first.event().isCumulative());
    }
  }

  static boolean sameMeasure(Subject a, Subject b) {
    return a == b || a.isFraming() && b.isFraming();
  }

  static Subject lowestCommonAncestor(Subject a, Subject b) {
    for (Subject s = a; s != null; s = s.parent().orElse(null)) {
      if (b.isKindOf(s)) {
        return s;
      }
    }
    return a.root(); // unrelated roots never share a group
  }

}
