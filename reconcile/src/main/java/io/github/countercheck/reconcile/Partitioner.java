package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.DocumentMetadata;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    Summary(boolean anyStory, HashMap<String, String[]> outlets,
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

    /** @return outlet key to {first document id, name as written there} */
    Map<String, String[]> outlets() {
      return outlets;
    }

    /** @return voice key of a voice the table does not know to the first claim citing it */
    Map<String, ClaimRef> wordings() {
      return wordings;
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

    Change(boolean everything, Set<String> blocks, Set<String> voices,
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
    return SummaryDiff.between(before, after);
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
        && change.blocks.contains(Blocking.block(SliceSummarizer.story(document), claim));
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
    return SliceSummarizer.summarize(reconciler.places(), reconciler.voices(), claims,
        documents);
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
    String block = Blocking.block(SliceSummarizer.story(document), claim);
    String cls = Blocking.finalClass(Hierarchy.subjectClass(claim.subject()),
        layout.classes(block));
    String cell = layout.cells(block, cls).of(reconciler.places().resolveKnown(claim.location()));
    int start = layout.windows(block, cls, cell).startOf(SliceSummarizer.day(document));
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
    return PartitionJoin.combine(allDocuments, storyTitles, partitions);
  }
}
