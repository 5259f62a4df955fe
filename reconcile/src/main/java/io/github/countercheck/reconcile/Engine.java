package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.PlaceAliases.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One reconciliation run: puts the claims in canonical order, learns what the run knows of each
 * (its document's date, place, voice, outlet, story), has {@link Grouping} cut them into groups
 * and {@link GroupBuilder} judge each group, then sorts the groups. Not thread-safe; {@link
 * Reconciler} makes one per call.
 */
final class Engine {

  private static final Subject[] SUBJECTS = Subject.values();
  private static final int SCOPES = Scope.values().length;

  private final int windowDays;
  private final PlaceAliases places;
  private final double vaguerThreshold;
  private final int maxPairwise;
  /** The span within which two times of day are "the same time", in seconds. */
  private final long sameTime;
  private final Map<String, DocumentMetadata> meta = new HashMap<>();
  private final Map<String, Place> placeCache = new HashMap<>();
  private final VoiceBook book;
  /** The whole run's summary and layout when this run is one partition of it, else null. */
  private final Partitioner.Summary run;
  private final Layout layout;
  /**
   * The document of the claim {@link #item} made last, and its day and outlet: the claims come in
   * document order, so each document's metadata is looked up once.
   */
  private String lastDocument;
  private PublicationTime lastTime;
  /** The outlet's key: "p:" and its folded publisher name, or "d:" and the document id. */
  private String lastOutletKey;
  private int lastOutlet;
  private int lastStory;
  /** Story ranks by story id (the id "" for documents without one); empty when none has one. */
  private final Map<String, Integer> storyRanks = new HashMap<>();
  /** The stories by rank, or an empty array when no document names one. */
  private String[] storyIds = new String[0];

  /**
   * @param run the whole run's summary when this run reconciles one partition of it, else null
   */
  Engine(int windowDays, PlaceAliases places, VoiceAliases voices, double vaguerThreshold,
      int maxPairwise, long sameTime, Partitioner.Summary run, Layout layout) {
    this.run = run;
    this.layout = layout;
    this.sameTime = sameTime;
    this.windowDays = windowDays;
    this.places = places;
    this.vaguerThreshold = vaguerThreshold;
    this.maxPairwise = maxPairwise;
    this.book = new VoiceBook(voices, run);
  }

  Reconciliation run(Collection<Claim> claims, Collection<DocumentMetadata> documents,
      Map<String, String> storyTitles) {
    DocumentIndex.addAll(meta, documents);
    // canonical order: document (by its rank among the distinct ids), span, then every field;
    // the ids are ranked with one sort of the distinct ids (of the metadata and of the claims)
    int n = claims.size();
    Claim[] all = new Claim[n];
    int[][] rankOf = new int[n][];
    List<DocumentMetadata> referenced = rankDocuments(claims, all, rankOf);
    List<Story> stories = StoryRanking.rank(referenced, storyTitles, run != null && run.anyStory());
    rankStories(stories);
    Item[] items = inCanonicalOrder(all, rankOf, referenced.size());
    book.rank();
    Grouping grouping = new Grouping(items, windowDays, layout, storyIds);
    grouping.group();
    return new Reconciliation(referenced, judgedInOrder(grouping), stories);
  }

  /**
   * Ranks the distinct document ids, of the metadata and of the claims, in one sort: puts the
   * claims in {@code all} and each one's document rank (shared by its document's claims) in
   * {@code rankOf}.
   *
   * @return the documents in rank order, with empty metadata for those the run was not given
   */
  private List<DocumentMetadata> rankDocuments(Collection<Claim> claims, Claim[] all,
      int[][] rankOf) {
    int n = all.length;
    Map<String, int[]> ranks = new HashMap<>(Math.max(16, (meta.size() + n / 2) * 4 / 3));
    for (String id : meta.keySet()) {
      ranks.put(id, new int[1]);
    }
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
    return referenced;
  }

  /** The claims as items, in canonical order: by document rank, span, then every field. */
  private Item[] inCanonicalOrder(Claim[] all, int[][] rankOf, int documents) {
    int n = all.length;
    long[] key = new long[n]; // document rank, then span start
    int[] end = new int[n];
    for (int i = 0; i < n; i++) {
      key[i] = ((long) rankOf[i][0] << 32) | all[i].span().start();
      end[i] = all[i].span().end();
    }
    // by document with one counting pass over the ranks (linear), then within each document,
    // whose claims are few, by span and every field: the order of one stable sort by all of it
    int[] idx = new int[n];
    int[] firstOf = new int[documents + 1];
    for (int i = 0; i < n; i++) {
      firstOf[rankOf[i][0] + 1]++;
    }
    for (int d = 0; d < documents; d++) {
      firstOf[d + 1] += firstOf[d];
    }
    int[] next = firstOf.clone();
    for (int i = 0; i < n; i++) {
      idx[next[rankOf[i][0]]++] = i;
    }
    IndexSort.IndexOrder withinDocument = (a, b) -> {
      int c = Long.compare(key[a], key[b]);
      if (c == 0) {
        c = Integer.compare(end[a], end[b]);
      }
      return c != 0 ? c : ClaimOrder.compareAfterDocument(all[a], all[b]);
    };
    for (int d = 0; d < documents; d++) {
      int from = firstOf[d];
      int count = firstOf[d + 1] - from;
      if (count > 1) {
        IndexSort.sort(idx, from, count, withinDocument);
      }
    }
    Item[] items = new Item[n];
    for (int i = 0; i < n; i++) {
      items[i] = item(all[idx[i]], i, (int) (key[idx[i]] >>> 32));
    }
    return items;
  }

  /**
   * Has {@link GroupBuilder} judge each group that {@code grouping} cut, and sorts the groups: by
   * story and scope, then event, modality, subject and location, then their first claim.
   */
  private List<ClaimGroup> judgedInOrder(Grouping grouping) {
    Item[] grouped = grouping.grouped;
    int groupCount = grouping.groupCount();
    ClaimGroup[] out = new ClaimGroup[groupCount];
    Map<String, int[]> locationRanks = new HashMap<>();
    int[][] locationOf = new int[groupCount][];
    long[] category = new long[groupCount]; // event, modality, subject, then location rank
    int[] storyScope = new int[groupCount]; // story rank, then scope: before the category
    int[] minOrder = new int[groupCount];
    int[] order = new int[groupCount];
    int modalities = Modality.values().length;
    GroupBuilder builder = new GroupBuilder(grouped, book, storyIds, vaguerThreshold, maxPairwise,
        sameTime);
    for (int i = 0; i < groupCount; i++) {
      int from = grouping.groupStart(i);
      int to = grouping.groupEnd(i);
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
    IndexSort.sort(order, (a, b) -> storyScope[a] != storyScope[b]
        ? Integer.compare(storyScope[a], storyScope[b])
        : category[a] != category[b]
        ? Long.compare(category[a], category[b]) : Integer.compare(minOrder[a], minOrder[b]));
    List<ClaimGroup> ordered = new ArrayList<>(groupCount);
    for (int i : order) {
      ordered.add(out[i]);
    }
    return ordered;
  }

  /** Fills {@link #storyRanks} and {@link #storyIds} from the stories in rank order. */
  private void rankStories(List<Story> stories) {
    storyIds = new String[stories.size()];
    for (int i = 0; i < storyIds.length; i++) {
      storyIds[i] = stories.get(i).id();
      storyRanks.put(storyIds[i], i);
    }
  }

  private Item item(Claim c, int order, int doc) {
    if (!c.document().equals(lastDocument)) {
      DocumentMetadata m = meta.get(c.document());
      lastTime = m == null ? null : m.published();
      lastOutletKey = VoiceBook.outletKey(c.document(), m);
      lastOutlet = book.outlet(lastOutletKey, c.document(), m);
      lastDocument = c.document();
      lastStory = storyIds.length == 0 ? 0
          : storyRanks.get(m == null || m.story() == null ? "" : m.story());
    }
    Place place = null;
    if (c.location() != null) {
      place = placeCache.get(c.location());
      if (place == null && !placeCache.containsKey(c.location())) {
        place = places.resolveKnown(c.location());
        placeCache.put(c.location(), place);
      }
    }
    return new Item(c, order, lastTime, doc, place, book.voice(c, lastOutletKey, lastOutlet),
        lastOutlet, lastStory);
  }
}
