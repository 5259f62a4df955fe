package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
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
import java.util.TreeMap;
import java.util.TreeSet;

/** One reconciliation run. Not thread-safe; {@link Reconciler} makes one per call. */
final class Engine {

  static final int NO_DATE = Integer.MIN_VALUE;
  /** {@link Item#second} of a claim whose document gives no time of day. */
  static final long NO_TIME = Long.MIN_VALUE;

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
    if (c == 0) {
      c = a.language().compareTo(b.language());
    }
    if (c == 0) {
      c = a.scope().compareTo(b.scope());
    }
    return c != 0 ? c : compareNullable(a.scopeCue(), b.scopeCue());
  }

  private static int compareNullable(String a, String b) {
    return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
  }

  private static final Subject[] SUBJECTS = Subject.values();
  private static final int EVENTS = Event.values().length;

  /** An order on the ints {@code 0..n-1} that index a run's arrays. */
  @FunctionalInterface
  interface IndexOrder {
    int compare(int a, int b);
  }

  /**
   * Sorts {@code idx} stably by {@code order}: a merge sort on primitive indexes (no boxing, one
   * scratch array), insertion sort below 24 elements.
   */
  static void sortIndexes(int[] idx, IndexOrder order) {
    int[] scratch = idx.clone();
    mergeSort(scratch, idx, 0, idx.length, order);
  }

  /** Sorts {@code idx[from, from + count)} stably by {@code order}. */
  static void sortIndexes(int[] idx, int from, int count, IndexOrder order) {
    if (count < 24) {
      mergeSort(idx, idx, from, from + count, order); // an insertion sort in place
      return;
    }
    int[] src = Arrays.copyOfRange(idx, from, from + count);
    int[] dst = Arrays.copyOfRange(idx, from, from + count);
    mergeSort(src, dst, 0, count, order);
    System.arraycopy(dst, 0, idx, from, count);
  }

  /** Sorts {@code src[from, to)} into {@code dst[from, to)}; both hold the same elements. */
  private static void mergeSort(int[] src, int[] dst, int from, int to, IndexOrder order) {
    int n = to - from;
    if (n < 24) {
      for (int i = from + 1; i < to; i++) {
        int x = dst[i];
        int j = i - 1;
        while (j >= from && order.compare(dst[j], x) > 0) {
          dst[j + 1] = dst[j];
          j--;
        }
        dst[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(dst, src, from, mid, order);
    mergeSort(dst, src, mid, to, order);
    if (order.compare(src[mid - 1], src[mid]) <= 0) {
      System.arraycopy(src, from, dst, from, n);
      return;
    }
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || i < mid && order.compare(src[i], src[j]) <= 0) {
        dst[k] = src[i++];
      } else {
        dst[k] = src[j++];
      }
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

  /** A claim with what the run knows of it. */
  static final class Item {
    final Claim claim;
    final int order;
    final int day;
    /**
     * The publication instant in epoch seconds when the document gives a time of day, else
     * {@link #NO_TIME} (a date alone is a whole day, not its midnight).
     */
    final long second;
    /** The document's publication time as given, or null when undated. */
    final PublicationTime time;
    /** The rank of the claim's document among the run's documents: equal ranks, one document. */
    final int doc;
    final Place place;
    /** The run's id of the claim's voice (rule 6): equal ids, the same voice. */
    final int voice;
    /** The run's id of the outlet (publisher, or document id when the publisher is unknown). */
    final int outlet;
    /** The rank of the claim's story among the run's stories (0 when there are none). */
    final int story;
    private final Subject subject;
    private final Quantity quantity;

    Item(Claim claim, int order, PublicationTime time, int doc, Place place, int voice,
        int outlet, int story) {
      this.claim = claim;
      this.story = story;
      this.order = order;
      this.time = time;
      this.day = time == null ? NO_DATE : (int) time.date().toEpochDay();
      this.second = time == null || !time.hasTime() ? NO_TIME : time.startEpochSecond();
      this.doc = doc;
      this.place = place;
      this.voice = voice;
      this.outlet = outlet;
      this.subject = claim.subject();
      this.quantity = claim.quantity();
    }

    Quantity q() {
      return quantity;
    }

    Subject subject() {
      return subject;
    }

    /** @return whether the document gives a time of day, not only a date */
    boolean timed() {
      return second != NO_TIME;
    }
  }

  /**
   * Writes the reasons of a group's relations when they are first read: the verdict of a pair is
   * judged again into a builder, from the same two items, so the words are those of the verdict
   * kept. One per group, holding its members, where an object per relation held the pair.
   */
  private static final class GroupReasons implements Relation.Reasoning {
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

  private final int windowDays;
  private final PlaceAliases places;
  private final VoiceAliases voices;
  private final double vaguerThreshold;
  private final int maxPairwise;
  /** The span within which two times of day are "the same time", in seconds. */
  private final long sameTime;
  private final Map<String, DocumentMetadata> meta = new HashMap<>();
  private final Map<String, Place> placeCache = new HashMap<>();
  /** Voice ids by attribution (claims that cite a source) and by outlet (claims that cite none). */
  private final Map<String, Integer> voiceByAttribution = new HashMap<>();
  private final Map<String, Integer> voiceByOutlet = new HashMap<>();
  /** Voice ids by key ({@link VoiceAliases#key}, or "o:" and the outlet): one id per voice. */
  private final Map<String, Integer> voiceByKey = new HashMap<>();
  /** Each voice's name: the alias table's, else its wording in the first claim, or the outlet. */
  private final List<String> voiceNames = new ArrayList<>();
  private final Map<String, Integer> outletIds = new HashMap<>();
  private final List<String> outlets = new ArrayList<>();
  /**
   * The document of the claim {@link #item} made last, and its day and outlet: the claims come in
   * document order, so each document's metadata is looked up once.
   */
  private String lastDocument;
  private PublicationTime lastTime;
  /** The outlet's key: "p:" and its folded publisher name, or "d:" and the document id. */
  private String lastOutletKey;
  private Integer lastOutlet;
  private int lastStory;
  /** Story ranks by story id (the id "" for documents without one); empty when none has one. */
  private final Map<String, Integer> storyRanks = new HashMap<>();
  /** The stories by rank, or an empty array when no document names one. */
  private String[] storyIds = new String[0];
  /** Voices and outlets as the ranks of their names, which sort them as their names sort. */
  private int[] voiceNameRank;
  private String[] nameByRank;
  private int[] outletRank;
  private String[] outletByRank;
  /** Per voice id, its index within the group being built, else -1; reset after each group. */
  private int[] voiceSlot;
  /** This run's items in canonical order: {@code items[i].order == i}. */
  private Item[] items;
  /** The items group by group, each group in date order (undated last), then canonical order. */
  private Item[] grouped;
  private int groupedCount;
  /** Where each group ends in {@link #grouped}. */
  private int[] groupEnd;
  private int groupCount;

  Engine(int windowDays, PlaceAliases places, VoiceAliases voices, double vaguerThreshold,
      int maxPairwise, long sameTime) {
    this.sameTime = sameTime;
    this.windowDays = windowDays;
    this.places = places;
    this.voices = voices;
    this.vaguerThreshold = vaguerThreshold;
    this.maxPairwise = maxPairwise;
  }

  Reconciliation run(Collection<Claim> claims, Collection<DocumentMetadata> documents,
      Map<String, String> storyTitles) {
    for (DocumentMetadata d : documents) {
      Objects.requireNonNull(d, "document metadata");
      DocumentMetadata old = meta.putIfAbsent(d.id(), d);
      if (old != null && !old.equals(d)) {
        throw new IllegalArgumentException("document '" + d.id() + "' is given twice, as " + old
            + " and as " + d);
      }
    }
    // canonical order: document (by its rank among the distinct ids), span, then every field;
    // the ids are ranked with one sort of the distinct ids (of the metadata and of the claims)
    int n = claims.size();
    Map<String, int[]> ranks = new HashMap<>(Math.max(16, (meta.size() + n / 2) * 4 / 3));
    for (String id : meta.keySet()) {
      ranks.put(id, new int[1]);
    }
    Claim[] all = new Claim[n];
    int[][] rankOf = new int[n][];
    int k = 0;
    for (Claim c : claims) {
      Objects.requireNonNull(c, "claim");
      all[k] = c;
      rankOf[k++] = ranks.computeIfAbsent(c.document(), id -> new int[1]);
    }
    String[] ids = ranks.keySet().toArray(new String[0]);
    Arrays.sort(ids);
    List<DocumentMetadata> referenced = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      ranks.get(ids[i])[0] = i;
      DocumentMetadata d = meta.get(ids[i]);
      referenced.add(d != null ? d : new DocumentMetadata(ids[i], null, null, null));
    }
    List<Story> stories = rankStories(referenced, storyTitles);
    long[] key = new long[n]; // document rank, then span start
    int[] end = new int[n];
    for (int i = 0; i < n; i++) {
      key[i] = ((long) rankOf[i][0] << 32) | all[i].span().start();
      end[i] = all[i].span().end();
    }
    // by document with one counting pass over the ranks (linear), then within each document,
    // whose claims are few, by span and every field: the order of one stable sort by all of it
    int[] idx = new int[n];
    int[] firstOf = new int[ids.length + 1];
    for (int i = 0; i < n; i++) {
      firstOf[rankOf[i][0] + 1]++;
    }
    for (int d = 0; d < ids.length; d++) {
      firstOf[d + 1] += firstOf[d];
    }
    int[] next = firstOf.clone();
    for (int i = 0; i < n; i++) {
      idx[next[rankOf[i][0]]++] = i;
    }
    rankOf = null;
    IndexOrder withinDocument = (a, b) -> {
      int c = Long.compare(key[a], key[b]);
      if (c == 0) {
        c = Integer.compare(end[a], end[b]);
      }
      return c != 0 ? c : compareAfterDocument(all[a], all[b]);
    };
    for (int d = 0; d < ids.length; d++) {
      int from = firstOf[d];
      int count = firstOf[d + 1] - from;
      if (count > 1) {
        sortIndexes(idx, from, count, withinDocument);
      }
    }
    items = new Item[n];
    for (int i = 0; i < n; i++) {
      items[i] = item(all[idx[i]], i, (int) (key[idx[i]] >>> 32));
    }
    rankVoicesAndOutlets();
    // every group is a run of consecutive members in one array: grouped[groupEnd[g-1], groupEnd[g])
    grouped = new Item[n];
    groupEnd = new int[Math.max(16, n / 4)];
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
    blocks = null;
    ClaimGroup[] out = new ClaimGroup[groupCount];
    Map<String, int[]> locationRanks = new HashMap<>();
    int[][] locationOf = new int[groupCount][];
    long[] category = new long[groupCount]; // event, modality, subject, then location rank
    int[] storyScope = new int[groupCount]; // story rank, then scope: before the category
    int[] minOrder = new int[groupCount];
    int[] order = new int[groupCount];
    int modalities = Modality.values().length;
    GroupBuilder builder = new GroupBuilder();
    for (int i = 0; i < groupCount; i++) {
      int from = i == 0 ? 0 : groupEnd[i - 1];
      int to = groupEnd[i];
      ClaimGroup built = builder.build(from, to - from);
      out[i] = built;
      String location = built.location() == null ? "" : built.location();
      locationOf[i] = locationRanks.computeIfAbsent(location, l -> new int[1]);
      category[i] = (built.event().ordinal() * modalities + built.modality().ordinal())
          * SUBJECTS.length + built.subject().ordinal();
      storyScope[i] = grouped[from].story * SCOPES + built.scope().ordinal();
      int min = Integer.MAX_VALUE;
      for (int m = from; m < to; m++) {
        min = Math.min(min, grouped[m].order);
      }
      minOrder[i] = min;
      order[i] = i;
    }
    String[] locations = locationRanks.keySet().toArray(new String[0]);
    Arrays.sort(locations);
    for (int i = 0; i < locations.length; i++) {
      locationRanks.get(locations[i])[0] = i;
    }
    for (int i = 0; i < groupCount; i++) {
      category[i] = category[i] << 32 | locationOf[i][0];
    }
    sortIndexes(order, (a, b) -> storyScope[a] != storyScope[b]
        ? Integer.compare(storyScope[a], storyScope[b])
        : category[a] != category[b]
        ? Long.compare(category[a], category[b]) : Integer.compare(minOrder[a], minOrder[b]));
    List<ClaimGroup> ordered = new ArrayList<>(groupCount);
    for (int i : order) {
      ordered.add(out[i]);
    }
    items = null;
    grouped = null;
    return new Reconciliation(referenced, ordered, stories);
  }

  private static final int SCOPES = Scope.values().length;

  /**
   * Ranks the stories the documents name by their earliest publication (undated last), then id;
   * documents that name none share the story "" when others do. Fills {@link #storyRanks} and
   * {@link #storyIds}.
   *
   * @return the stories in rank order, or an empty list when no document names one
   */
  private List<Story> rankStories(List<DocumentMetadata> referenced, Map<String, String> titles) {
    Map<String, List<DocumentMetadata>> byStory = new HashMap<>();
    boolean any = false;
    for (DocumentMetadata d : referenced) {
      any |= d.story() != null;
      byStory.computeIfAbsent(d.story() == null ? "" : d.story(), x -> new ArrayList<>()).add(d);
    }
    if (!any) {
      return List.of();
    }
    Comparator<DocumentMetadata> byTime = Comparator.comparing(DocumentMetadata::published,
        Comparator.nullsLast(Comparator.naturalOrder()));
    byTime = byTime.thenComparing(DocumentMetadata::id);
    List<Story> stories = new ArrayList<>(byStory.size());
    for (Map.Entry<String, List<DocumentMetadata>> e : byStory.entrySet()) {
      List<DocumentMetadata> docs = e.getValue();
      docs.sort(byTime);
      List<String> docIds = new ArrayList<>(docs.size());
      PublicationTime first = null;
      PublicationTime last = null;
      for (DocumentMetadata d : docs) {
        docIds.add(d.id());
        if (d.published() != null) {
          first = first == null ? d.published() : first;
          last = last == null || d.published().compareTo(last) > 0 ? d.published() : last;
        }
      }
      String title = titles.get(e.getKey());
      stories.add(new Story(e.getKey(), title != null ? title
          : e.getKey().isEmpty() ? "(documents with no story)" : e.getKey(), docIds, first, last));
    }
    stories.sort(Comparator.comparing(Story::first, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Story::id));
    storyIds = new String[stories.size()];
    for (int i = 0; i < storyIds.length; i++) {
      storyIds[i] = stories.get(i).id();
      storyRanks.put(storyIds[i], i);
    }
    return stories;
  }

  private Item item(Claim c, int order, int doc) {
    if (!c.document().equals(lastDocument)) {
      DocumentMetadata m = meta.get(c.document());
      lastTime = m == null ? null : m.published();
      if (m != null && m.publisher() != null) {
        // one outlet whatever its spelling: ids by the folded name, named as first written
        String folded = VoiceAliases.foldOutlet(m.publisher());
        lastOutletKey = "p:" + folded;
        lastOutlet = outletIds.get(lastOutletKey);
        if (lastOutlet == null) {
          lastOutlet = outlets.size();
          outlets.add(VoiceAliases.cleanOutlet(m.publisher()));
          outletIds.put(lastOutletKey, lastOutlet);
        }
      } else {
        lastOutletKey = "d:" + c.document();
        lastOutlet = outletIds.get(lastOutletKey);
        if (lastOutlet == null) {
          lastOutlet = outlets.size();
          outlets.add(c.document());
          outletIds.put(lastOutletKey, lastOutlet);
        }
      }
      lastDocument = c.document();
      lastStory = storyIds.length == 0 ? 0
          : storyRanks.get(m == null || m.story() == null ? "" : m.story());
    }
    Place place = null;
    if (c.location() != null) {
      place = placeCache.get(c.location());
      if (place == null && !placeCache.containsKey(c.location())) {
        place = places.resolve(c.location());
        // a name the place table does not know (or a fragment the extractor took for one) can be
        // compared with no other: it is read as no place, not as a place of its own
        place = place != null && place.known() ? place : null;
        placeCache.put(c.location(), place);
      }
    }
    Integer outlet = lastOutlet;
    Integer voice;
    if (c.attribution() != null) {
      voice = voiceByAttribution.get(c.attribution());
      if (voice == null) {
        String key = voices.key(c.attribution());
        voice = voiceId(key, key.startsWith("v:") ? key.substring(2) : c.attribution());
        voiceByAttribution.put(c.attribution(), voice);
      }
    } else {
      // the outlet speaks for itself; an outlet named as an agency is the agency's voice
      voice = voiceByOutlet.get(lastOutletKey);
      if (voice == null) {
        String name = outlets.get(outlet);
        String agency = lastOutletKey.startsWith("p:") ? voices.outletVoice(name) : null;
        voice = agency != null ? voiceId("v:" + agency, agency) : voiceId("o:" + lastOutletKey, name);
        voiceByOutlet.put(lastOutletKey, voice);
      }
    }
    return new Item(c, order, lastTime, doc, place, voice, outlet, lastStory);
  }

  /** @return the id of the voice with this key, named {@code name} when it is new */
  private Integer voiceId(String key, String name) {
    Integer id = voiceByKey.get(key);
    if (id == null) {
      id = voiceNames.size();
      voiceNames.add(name);
      voiceByKey.put(key, id);
    }
    return id;
  }

  /** Ranks the voices' names and the outlets, each with one sort of the distinct names. */
  private void rankVoicesAndOutlets() {
    nameByRank = new TreeSet<>(voiceNames).toArray(new String[0]);
    voiceNameRank = new int[voiceNames.size()];
    for (int v = 0; v < voiceNameRank.length; v++) {
      voiceNameRank[v] = Arrays.binarySearch(nameByRank, voiceNames.get(v));
    }
    outletByRank = outlets.toArray(new String[0]);
    Arrays.sort(outletByRank);
    outletRank = new int[outlets.size()];
    for (int o = 0; o < outletRank.length; o++) {
      outletRank[o] = Arrays.binarySearch(outletByRank, outlets.get(o));
    }
    voiceSlot = new int[voiceNames.size()];
    Arrays.fill(voiceSlot, -1);
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
      if (it.day != NO_DATE) {
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
        if (it.day == NO_DATE) {
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
        sortIndexes(run, (a, b) -> {
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

  // ---------------------------------------------------------------- one group

  /**
   * Builds the groups one after the other, reusing its scratch arrays: a run has hundreds of
   * thousands of groups, most of one or two claims.
   */
  private final class GroupBuilder {
    private final Estimator estimator = new Estimator(sameTime);
    private final ConflictFinder conflicts = new ConflictFinder();
    /** The group being built: {@code grouped[from, from + n)}. */
    private int from;
    private int n;
    /** Each member's voice as an index into this group's voices, {@code 0..voiceCount-1}. */
    private int[] voiceOf = new int[16];
    private int voiceCount;
    private long[] pairs = new long[16];
    private List<String> notes;

    /** The reasons of this group's relations, made with its first relation. */
    private GroupReasons reasons;
    /** The relations judged so far in this group, and whether one is a conflict. */
    private int[] relationPairs = new int[32];
    private byte[] relationCodes = new byte[16];
    private int relationCount;
    private boolean conflict;

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
      Claim[] claims = new Claim[n];
      Claim first = at(0).claim;
      Subject lca = at(0).subject();
      for (int k = 0; k < n; k++) {
        Item it = at(k);
        claims[k] = it.claim;
        if (!it.subject().isKindOf(lca)) {
          lca = lowestCommonAncestor(lca, it.subject());
        }
      }
      List<Relation> relations = relations();
      List<Voice> voices = voices();
      boolean conflict = this.conflict;
      Status status = conflict ? Status.DISPUTED
          : voices.size() == 1 ? Status.SINGLE_SOURCE : Status.CONSISTENT;
      framingNote();
      undatedNote();
      return new ClaimGroup(first.event(), first.modality(), lca, location(), List.of(claims),
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
      int[] idx = new int[relationCount];
      for (int k = 0; k < relationCount; k++) {
        idx[k] = k;
      }
      int[] p = relationPairs;
      sortIndexes(idx, (a, b) -> p[2 * a] != p[2 * b] ? Integer.compare(p[2 * a], p[2 * b])
          : Integer.compare(p[2 * a + 1], p[2 * b + 1]));
      int[] pairs = new int[relationPairs.length];
      byte[] codes = new byte[relationCodes.length];
      for (int k = 0; k < relationCount; k++) {
        pairs[2 * k] = p[2 * idx[k]];
        pairs[2 * k + 1] = p[2 * idx[k] + 1];
        codes[k] = relationCodes[idx[k]];
      }
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
      if (sameMeasure(sx, sy)) {
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
      if (n == 1) { // most groups
        Item it = at(0);
        return List.of(new Voice(nameByRank[voiceNameRank[it.voice]],
            List.of(outletByRank[outletRank[it.outlet]])));
      }
      if (pairs.length < n) {
        pairs = new long[Math.max(n, pairs.length * 2)];
      }
      long[] pairs = this.pairs;
      for (int i = 0; i < n; i++) {
        Item it = at(i);
        pairs[i] = (long) voiceNameRank[it.voice] << 32 | outletRank[it.outlet];
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
            o[k++] = outletByRank[(int) pairs[m]];
          }
        }
        out.add(new Voice(nameByRank[name], List.of(o)));
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
            framings = new int[SUBJECTS.length];
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
        if (it.day == NO_DATE) {
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
