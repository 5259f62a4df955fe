package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.PlaceAliases.Place;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Splits one reconciliation into partitions that can be reconciled apart (on other threads, other
 * machines, by an engine such as Spark) and joined into exactly the result of {@link
 * Reconciler#reconcile(Collection, Collection, Map)}, byte for byte once written. It holds no
 * engine: it says which claims belong together and what each partition must know of the run.
 *
 * <pre>{@code
 * Partitioner p = Partitioner.of(reconciler);
 * Partitioner.Summary run = p.summarize(slice1, docs1).merge(p.summarize(slice2, docs2));
 * // group the claims by p.key(claim, metadataOf(claim), run), then for each key's claims:
 * Reconciliation part = p.reconcilePartition(claimsOfKey, documentsTheyCite, run);
 * Reconciliation whole = p.combine(allDocuments, storyTitles, parts, run);
 * }</pre>
 *
 * <h2>The key</h2>
 *
 * <p>A claim's key names the group it ends in: its block (story, scope, modality, event, root
 * subject), the subject class it joins, its place cell and the first day of its window of days;
 * a claim that is a group of its own (event or subject {@code OTHER}, or a part of a count) is
 * keyed by its document. Every group's claims share one key, so a partition holding whole keys
 * (one key, or any union of keys) is reconciled alone into exactly the groups the whole run
 * makes of its claims.
 *
 * <h2>The summary</h2>
 *
 * <p>Grouping reads facts of the whole run that no partition sees: the subject classes each block
 * holds (claims of unspecified people join "the only other class"), the places each class names
 * (a country joins "the only city" named in it, claims with no place join "the only place"), the
 * days each place cell holds (windows start at the earliest day; undated claims join "the only
 * window"), whether any document names a story, and the names of voices and outlets (a voice is
 * named by the first wording of it in the whole run, an outlet as first written). A {@link
 * Summary} holds them: its size grows with the distinct blocks, classes, places and days, not with
 * the claims, and summaries of any split of the claims merge into the run's.
 *
 * <h2>A growing run</h2>
 *
 * <p>An engine that keeps each key's result as claims arrive re-reconciles per batch only what
 * the batch can change: {@link #change} compares the old summary with the grown one, {@link
 * #rekeys} names the old claims to key again and {@link #affects} those whose keys (before and
 * after) to reconcile again, besides the new claims' keys.
 *
 * <p>Immutable and thread-safe.
 */
public final class Partitioner {

  private final Reconciler reconciler;

  private Partitioner(Reconciler reconciler) {
    this.reconciler = reconciler;
  }

  /**
   * The partitioner of a configured reconciler (same window, places, voices, thresholds).
   *
   * @param reconciler the reconciler whose result the partitions must give
   * @return its partitioner
   */
  public static Partitioner of(Reconciler reconciler) {
    return new Partitioner(Objects.requireNonNull(reconciler, "reconciler"));
  }

  /**
   * Run-wide facts that a partition needs and cannot see itself: which subject classes each
   * block holds, which places each class names, which days each place holds, whether any
   * document names a story, and the run-wide names of voices and outlets. Small, serializable,
   * immutable; made by {@link #summarize} and {@link #merge}.
   */
  public static final class Summary implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Whether any document of the run names a story. */
    private final boolean anyStory;
    /** Outlet key ("p:" and the folded publisher) to {first document id, name as written there}. */
    private final HashMap<String, String[]> outlets;
    /** Voice key of an attribution the voice table does not know, to the first claim citing it. */
    private final HashMap<String, ClaimRef> wordings;
    /** Block, then subject class, then place key ("" for none), to the sorted distinct days. */
    private final HashMap<String, Map<String, Map<String, int[]>>> cells;
    /** The layout of this summary for the partitioner that last asked: built once per JVM. */
    private transient volatile Layout layout;
    private transient volatile Partitioner layoutOwner;

    private Summary(boolean anyStory, HashMap<String, String[]> outlets,
        HashMap<String, ClaimRef> wordings, HashMap<String, Map<String, Map<String, int[]>>> cells) {
      this.anyStory = anyStory;
      this.outlets = outlets;
      this.wordings = wordings;
      this.cells = cells;
    }

    /**
     * Merges two summaries. Associative and commutative: summaries of slices merge into the
     * run's summary, in any order and grouping.
     *
     * @param other another slice's summary
     * @return the summary of both slices
     */
    public Summary merge(Summary other) {
      Objects.requireNonNull(other, "other");
      HashMap<String, String[]> o = new HashMap<>(outlets);
      other.outlets.forEach((k, v) -> o.merge(k, v, (a, b) -> a[0].compareTo(b[0]) <= 0 ? a : b));
      HashMap<String, ClaimRef> w = new HashMap<>(wordings);
      other.wordings.forEach((k, v) -> w.merge(k, v, ClaimRef::first));
      HashMap<String, Map<String, Map<String, int[]>>> c = new HashMap<>();
      for (Summary s : List.of(this, other)) {
        s.cells.forEach((block, classes) -> classes.forEach((cls, places) -> places.forEach(
            (place, days) -> c.computeIfAbsent(block, x -> new HashMap<>())
                .computeIfAbsent(cls, x -> new HashMap<>())
                .merge(place, days, Layout::union))));
      }
      return new Summary(anyStory || other.anyStory, o, w, c);
    }

    /** @return the number of distinct (block, subject class, place) cells the summary holds */
    public int cellCount() {
      int n = 0;
      for (Map<String, Map<String, int[]>> classes : cells.values()) {
        for (Map<String, int[]> places : classes.values()) {
          n += places.size();
        }
      }
      return n;
    }

    boolean anyStory() {
      return anyStory;
    }

    Map<String, Map<String, Map<String, int[]>>> cells() {
      return cells;
    }

    /** @return the run-wide name of an outlet ("p:" key) */
    String outletName(String outletKey) {
      String[] o = outlets.get(outletKey);
      if (o == null) {
        throw new IllegalArgumentException("outlet '" + outletKey.substring(2) + "' is not in the"
            + " run's summary: summarize every claim of the run");
      }
      return o[1];
    }

    /** @return the run-wide name of a voice the voice table does not know: its first wording */
    String wording(String voiceKey) {
      ClaimRef first = wordings.get(voiceKey);
      if (first == null) {
        throw new IllegalArgumentException("voice '" + voiceKey.substring(2) + "' is not in the"
            + " run's summary: summarize every claim of the run");
      }
      return first.attribution();
    }

    /**
     * The blocks whose facts differ between an earlier summary of the run and this one: the
     * subject classes they hold, the places of those classes or the days of those places. Only
     * the claims of these blocks can change their keys, and only the keys of these blocks can
     * group their claims otherwise ({@link Layout} reads a block's facts only for that block).
     *
     * @param before an earlier summary (for a growing run: a summary this one was merged from)
     * @return the changed blocks (opaque names), empty when none changed
     */
    Set<String> changedBlocks(Summary before) {
      Objects.requireNonNull(before, "before");
      Set<String> changed = new HashSet<>();
      Set<String> blocks = new HashSet<>(cells.keySet());
      blocks.addAll(before.cells.keySet());
      for (String block : blocks) {
        if (!sameCells(cells.get(block), before.cells.get(block))) {
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
    Set<String> renamedVoices(Summary before) {
      Set<String> changed = new HashSet<>();
      Set<String> keys = new HashSet<>(wordings.keySet());
      keys.addAll(before.wordings.keySet());
      for (String k : keys) {
        ClaimRef a = wordings.get(k);
        ClaimRef b = before.wordings.get(k);
        if (a == null || b == null || !a.attribution().equals(b.attribution())) {
          changed.add(k);
        }
      }
      return changed;
    }

    /** @return the outlet keys whose run-wide name (first spelling) differs from the earlier one */
    Set<String> renamedOutlets(Summary before) {
      Set<String> changed = new HashSet<>();
      Set<String> keys = new HashSet<>(outlets.keySet());
      keys.addAll(before.outlets.keySet());
      for (String k : keys) {
        String[] a = outlets.get(k);
        String[] b = before.outlets.get(k);
        if (a == null || b == null || !a[1].equals(b[1])) {
          changed.add(k);
        }
      }
      return changed;
    }

    Layout layout(Partitioner p) {
      Layout l = layout;
      if (l == null || layoutOwner != p) {
        synchronized (this) {
          if (layout == null || layoutOwner != p) {
            layout = new Layout(this, p.reconciler.places(), p.reconciler.windowDays());
            layoutOwner = p;
          }
          l = layout;
        }
      }
      return l;
    }
  }

  /**
   * What a partition's result can read of the run's summary that changed between two summaries
   * of a growing run (an incremental engine's batch: the old summary, and the old merged with the
   * new claims'). Made by {@link #change}; asked by {@link #rekeys} and {@link #affects}. Every
   * fact of the summary that a key or a partition's result reads is covered:
   *
   * <ul>
   *   <li>the blocks whose subject classes, places or days changed: their claims may change
   *       their keys (class, place cell, window), and their keys may group otherwise;
   *   <li>the voices whose run-wide name (first wording) changed, and the outlets whose run-wide
   *       name (first spelling) changed: the groups that cite them name them otherwise;
   *   <li>whether any document names a story: when that changes, every key is affected (a
   *       partition ranks its stories by it; at most once in a growing run).
   * </ul>
   *
   * <p>Small, serializable (to be broadcast), immutable.
   */
  public static final class Change implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Whether every key is affected: whether any document names a story changed. */
    private final boolean everything;
    /** The blocks whose subject classes, places or days changed. */
    private final HashSet<String> blocks;
    /** The voice keys whose run-wide name (first wording) changed or is new. */
    private final HashSet<String> voices;
    /** The outlet keys whose run-wide name (first spelling) changed or is new. */
    private final HashSet<String> outlets;

    private Change(boolean everything, Set<String> blocks, Set<String> voices,
        Set<String> outlets) {
      this.everything = everything;
      this.blocks = new HashSet<>(blocks);
      this.voices = new HashSet<>(voices);
      this.outlets = new HashSet<>(outlets);
    }

    /** @return whether nothing a key or a partition's result reads changed */
    public boolean isEmpty() {
      return !everything && blocks.isEmpty() && voices.isEmpty() && outlets.isEmpty();
    }

    /** @return whether every key is affected (whether any document names a story changed) */
    public boolean affectsEverything() {
      return everything;
    }

    /** @return the number of blocks whose classes, places or days changed */
    public int changedBlocks() {
      return blocks.size();
    }

    /** @return the number of voices and outlets whose run-wide name changed (or is new) */
    public int renamed() {
      return voices.size() + outlets.size();
    }

    @Override
    public String toString() {
      return "Change[" + (everything ? "every key, " : "") + blocks.size() + " blocks, "
          + voices.size() + " voices, " + outlets.size() + " outlets]";
    }
  }

  /**
   * What changed between two summaries of a run, for an engine that keeps each key's result and
   * re-reconciles only the keys a batch can change: re-key the claims {@link #rekeys} names,
   * then reconcile again the keys that gained or lost claims and every key holding a claim that
   * {@link #affects} names (its key before and after); every other key's result stays exactly
   * what reconciling it again would give.
   *
   * @param before the earlier summary
   * @param after  the later summary (for a growing run, {@code before} merged with the new
   *     claims' summary)
   * @return the change
   */
  public Change change(Summary before, Summary after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    return new Change(before.anyStory != after.anyStory, after.changedBlocks(before),
        after.renamedVoices(before), after.renamedOutlets(before));
  }

  /**
   * Whether a claim's key may differ between the two summaries of a change: its block's facts
   * changed. A claim this says no of keeps its key.
   *
   * @param claim    the claim
   * @param document the metadata of its document, or null when there is none
   * @param change   the change
   * @return whether to key the claim again with the later summary
   */
  public boolean rekeys(Claim claim, @Nullable DocumentMetadata document, Change change) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(change, "change");
    return !change.blocks.isEmpty() && !Blocking.alone(claim)
        && change.blocks.contains(Blocking.block(story(document), claim));
  }

  /**
   * Whether the result of the key holding a claim may differ between the two summaries of a
   * change: the claim is re-keyed ({@link #rekeys}), cites a voice or is carried by an outlet
   * whose run-wide name changed, or every key is affected. The keys holding such a claim, before
   * and after, must be reconciled again.
   *
   * @param claim    the claim
   * @param document the metadata of its document, or null when there is none
   * @param change   the change
   * @return whether its key (before and after) must be reconciled again
   */
  public boolean affects(Claim claim, @Nullable DocumentMetadata document, Change change) {
    if (change.everything || rekeys(claim, document, change)) {
      return true;
    }
    if (!change.voices.isEmpty() && claim.attribution() != null
        && change.voices.contains(reconciler.voices().key(claim.attribution()))) {
      return true;
    }
    return !change.outlets.isEmpty() && document != null && document.publisher() != null
        && change.outlets.contains(VoiceBook.outletKey(claim.document(), document));
  }

  /**
   * The summary of one slice of the run: any split of the claims.
   *
   * @param claims    the slice's claims
   * @param documents the metadata of the documents those claims cite, with their story ids set
   *     (a claim whose document is missing here counts as undated, as in the whole run)
   * @return the slice's summary
   * @throws IllegalArgumentException if two different metadata records share an id
   */
  public Summary summarize(Collection<Claim> claims, Collection<DocumentMetadata> documents) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(documents, "documents");
    Map<String, DocumentMetadata> meta = metadata(documents);
    boolean anyStory = false;
    for (DocumentMetadata d : meta.values()) {
      anyStory |= d.story() != null;
    }
    PlaceAliases places = reconciler.places();
    VoiceAliases voices = reconciler.voices();
    HashMap<String, String[]> outlets = new HashMap<>();
    Map<String, Claim> firstClaims = new HashMap<>();
    Map<String, String> voiceKeys = new HashMap<>();
    Map<String, String> placeKeys = new HashMap<>();
    Map<String, Map<String, Map<String, DayList>>> days = new HashMap<>();
    String lastDocument = null;
    for (Claim c : claims) {
      Objects.requireNonNull(c, "claim");
      DocumentMetadata m = meta.get(c.document());
      if (!c.document().equals(lastDocument) && m != null && m.publisher() != null) {
        // an outlet is named as written in its first document (by id) that has a claim
        outlets.merge(VoiceBook.outletKey(c.document(), m),
            new String[] {c.document(), VoiceAliases.cleanOutlet(m.publisher())},
            (a, b) -> a[0].compareTo(b[0]) <= 0 ? a : b);
      }
      lastDocument = c.document();
      if (c.attribution() != null) {
        String key = voiceKeys.computeIfAbsent(c.attribution(), voices::key);
        if (key.startsWith("a:")) {
          // a voice the table does not know is named by its first wording in canonical order
          firstClaims.merge(key, c, (a, b) -> ClaimOrder.compare(a, b) <= 0 ? a : b);
        }
      }
      if (Blocking.alone(c)) {
        continue;
      }
      String place = c.location() == null ? Blocking.UNPLACED
          : placeKeys.computeIfAbsent(c.location(), l -> {
            Place p = places.resolveKnown(l);
            return p == null ? Blocking.UNPLACED : p.key();
          });
      days.computeIfAbsent(Blocking.block(story(m), c), x -> new HashMap<>())
          .computeIfAbsent(Hierarchy.subjectClass(c.subject()), x -> new HashMap<>())
          .computeIfAbsent(place, x -> new DayList())
          .add(day(m));
    }
    HashMap<String, ClaimRef> wordings = new HashMap<>();
    firstClaims.forEach((k, c) -> wordings.put(k, ClaimRef.of(c)));
    HashMap<String, Map<String, Map<String, int[]>>> cells = new HashMap<>();
    days.forEach((block, classes) -> classes.forEach((cls, byPlace) -> byPlace.forEach(
        (place, list) -> cells.computeIfAbsent(block, x -> new HashMap<>())
            .computeIfAbsent(cls, x -> new HashMap<>()).put(place, list.distinct()))));
    return new Summary(anyStory, outlets, wordings, cells);
  }

  /**
   * The empty summary: the identity of {@link Summary#merge}.
   *
   * @return a summary of no claims
   */
  public Summary emptySummary() {
    return new Summary(false, new HashMap<>(), new HashMap<>(), new HashMap<>());
  }

  /**
   * The key of the partition a claim belongs to, given the run's summary: every final group's
   * claims share one key, so each partition can be reconciled alone. The same claim and summary
   * always give the same key.
   *
   * @param claim    the claim
   * @param document the metadata of its document, or null when there is none
   * @param run      the summary of the whole run (every claim summarized)
   * @return the key
   * @throws IllegalArgumentException if the document is another claim's, or the summary does not
   *     hold the claim
   */
  public String key(Claim claim, @Nullable DocumentMetadata document, Summary run) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(run, "run");
    if (document != null && !document.id().equals(claim.document())) {
      throw new IllegalArgumentException("document '" + document.id() + "' is not the document '"
          + claim.document() + "' of the claim");
    }
    if (Blocking.alone(claim)) {
      return "alone" + Blocking.SEP + claim.document();
    }
    Layout layout = run.layout(this);
    String block = Blocking.block(story(document), claim);
    String cls = Blocking.finalClass(Hierarchy.subjectClass(claim.subject()),
        layout.classes(block));
    String cell = layout.cells(block, cls).of(reconciler.places().resolveKnown(claim.location()));
    int start = layout.windows(block, cls, cell).startOf(day(document));
    return block + Blocking.SEP + cls + Blocking.SEP + cell + Blocking.SEP
        + (start == Item.NO_DATE ? "undated" : LocalDate.ofEpochDay(start).toString());
  }

  /**
   * Reconciles one partition's claims alone: the claims of one key, or of several, each key
   * whole.
   *
   * @param claims    the partition's claims
   * @param documents the metadata of the documents they cite
   * @param run       the summary of the whole run
   * @return the partition's groups (its documents and stories are those of the partition alone;
   *     {@link #combine} makes the run's)
   * @throws IllegalArgumentException if two different metadata records share an id, or the
   *     summary does not hold a claim
   */
  public Reconciliation reconcilePartition(Collection<Claim> claims,
      Collection<DocumentMetadata> documents, Summary run) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(run, "run");
    return reconciler.engine(run, run.layout(this)).run(claims, documents, Map.of());
  }

  /**
   * Joins the partitions' results into exactly the Reconciliation that {@code
   * Reconciler.reconcile(allClaims, allDocuments, storyTitles)} gives (byte-identical JSON): the
   * run's documents and stories, and the groups in the library's order.
   *
   * @param allDocuments the metadata of every document of the run
   * @param storyTitles  a short title for each story id, where known
   * @param partitions   the partitions' results, in any order
   * @param run          the summary of the whole run
   * @return the run's reconciliation
   * @throws IllegalArgumentException if two different metadata records share an id
   */
  public Reconciliation combine(Collection<DocumentMetadata> allDocuments,
      Map<String, String> storyTitles, List<Reconciliation> partitions, Summary run) {
    Objects.requireNonNull(allDocuments, "allDocuments");
    Objects.requireNonNull(storyTitles, "storyTitles");
    Objects.requireNonNull(partitions, "partitions");
    Objects.requireNonNull(run, "run");
    TreeMap<String, DocumentMetadata> docs = new TreeMap<>(metadata(allDocuments));
    List<ClaimGroup> groups = new ArrayList<>();
    for (Reconciliation p : partitions) {
      // a document a claim cites without metadata is listed as an empty record, as in one run
      for (DocumentMetadata d : p.documents()) {
        docs.putIfAbsent(d.id(), d);
      }
      groups.addAll(p.groups());
    }
    List<DocumentMetadata> referenced = new ArrayList<>(docs.values());
    List<Story> stories = StoryRanking.rank(referenced, storyTitles, false);
    Map<String, Integer> storyRank = new HashMap<>();
    for (int i = 0; i < stories.size(); i++) {
      storyRank.put(stories.get(i).id(), i);
    }
    Map<ClaimGroup, Claim> first = new IdentityHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      ClaimGroup g = groups.get(i);
      String story = stories.isEmpty() ? null : g.story() == null ? "" : g.story();
      if (!Objects.equals(story, g.story())) {
        // a partition that saw no story of the run's documents: its groups are of the story ""
        g = new ClaimGroup(g.event(), g.modality(), g.subject(), g.location(), g.claims(),
            g.relations(), g.estimate(), g.status(), g.notes(), g.voices(), story, g.scope());
        groups.set(i, g);
      }
      first.put(g, g.claims().stream().min(ClaimOrder.CLAIM_ORDER).orElseThrow());
    }
    groups.sort(Comparator.<ClaimGroup>comparingInt(
            g -> g.story() == null ? 0 : storyRank.getOrDefault(g.story(), 0))
        .thenComparing(ClaimGroup::scope)
        .thenComparing(ClaimGroup::event)
        .thenComparing(ClaimGroup::modality)
        .thenComparing(ClaimGroup::subject)
        .thenComparing(g -> g.location() == null ? "" : g.location())
        .thenComparing(first::get, ClaimOrder.CLAIM_ORDER));
    return new Reconciliation(referenced, groups, stories);
  }

  private static Map<String, DocumentMetadata> metadata(Collection<DocumentMetadata> documents) {
    Map<String, DocumentMetadata> meta = new HashMap<>();
    DocumentIndex.addAll(meta, documents);
    return meta;
  }

  /** @return the story of a claim's block: the document's, or "" when it names none */
  private static String story(DocumentMetadata m) {
    return m == null || m.story() == null ? "" : m.story();
  }

  /** @return the epoch day of a document's publication, or {@link Item#NO_DATE} */
  private static int day(DocumentMetadata m) {
    return m == null || m.published() == null ? Item.NO_DATE
        : (int) m.published().date().toEpochDay();
  }

  /** The days of one cell of a slice, as met: sorted and made distinct once, at the end. */
  private static final class DayList {
    private int[] days = new int[4];
    private int count;

    void add(int day) {
      if (day == Item.NO_DATE || count > 0 && days[count - 1] == day) {
        return;
      }
      if (count == days.length) {
        days = Arrays.copyOf(days, count * 2);
      }
      days[count++] = day;
    }

    int[] distinct() {
      int[] d = Arrays.copyOf(days, count);
      Arrays.sort(d);
      int k = 0;
      for (int i = 0; i < d.length; i++) {
        if (k == 0 || d[k - 1] != d[i]) {
          d[k++] = d[i];
        }
      }
      return Arrays.copyOf(d, k);
    }
  }
}
