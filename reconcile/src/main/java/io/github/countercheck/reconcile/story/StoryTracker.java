package io.github.countercheck.reconcile.story;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.internal.TextScanner;
import io.github.countercheck.core.internal.TokenBuffer;
import io.github.countercheck.reconcile.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The state of one stream of documents being clustered into stories (see {@link StoryClusterer}
 * for the method): feed documents with {@link #add(Document)} in publication order, read the
 * result with {@link #stories()} at any time. Not thread-safe: one tracker per stream.
 *
 * <pre>{@code
 * StoryTracker tracker = StoryClusterer.create().tracker();
 * for (Document d : incoming) {
 *   String story = tracker.add(d);   // S0001, S0002, ... in creation order, or the user's id
 * }
 * }</pre>
 *
 * <p>Documents that come out of order are accepted: the time term uses the distance in either
 * direction, and expiry follows the latest time seen. An undated document is scored with a time
 * term of one half (neither near nor far) and expires nothing.
 *
 * <p>A user's story id ({@link Document#story()}) is never made by the tracker once seen; in a
 * stream, a user id that the tracker made before the user named it is the same story.
 */
public final class StoryTracker {
  /** Content terms of a document's vector: the heaviest, enough for any news article. */
  private static final int DOC_CONTENT_TERMS = 200;
  /** Names and figures of a document's vector. */
  private static final int DOC_OTHER_TERMS = 50;
  /** Terms of a document that look up candidate stories, per sub-vector. */
  private static final int QUERY_CONTENT = 10;
  private static final int QUERY_NAMES = 5;
  private static final int QUERY_FIGURES = 3;
  /** Stories scored per document, those that share the most query terms. */
  private static final int MAX_CANDIDATES = 20;
  /** A posting longer than this (a term in that many active stories) picks no candidates. */
  private static final int MAX_POSTING = 2_000;
  private static final int CONTENT = 0;
  private static final int TITLE = 1;
  private static final int NAMES = 2;
  private static final int FIGURES = 3;

  private final StoryClusterer settings;
  private final Features features;
  private final BackgroundFrequencies background;
  private final double[] weights;
  private final TextScanner scanner = new TextScanner();
  private final TokenBuffer tokens = new TokenBuffer();
  /** Every term seen, with its document frequency and posting (names and figures keyed apart). */
  private final Map<String, StreamTerm> terms = new HashMap<>();
  private long documents;
  private final List<StoryState> stories = new ArrayList<>();
  private final Map<String, StoryState> byId = new HashMap<>();
  private final Map<String, StoryState> storyOfDocument = new LinkedHashMap<>();
  private final Set<String> reserved = new HashSet<>();
  /** Active clustered stories, least recently extended first. */
  private final LinkedHashSet<StoryState> active = new LinkedHashSet<>();
  private int expiredSinceSweep;
  private double now = Double.NaN;
  private int nextNumber = 1;
  private int stamp;

  StoryTracker(StoryClusterer settings) {
    this.settings = settings;
    this.features = settings.features;
    this.background = settings.background;
    this.weights = new double[] {settings.contentWeight(), settings.titleWeight(),
        settings.namesWeight(), settings.figuresWeight()};
  }

  /**
   * Keeps a story id from being made by the tracker: {@link StoryClusterer#cluster} reserves
   * every user's story id of its documents before it adds the first, so that an id the user gives
   * to a later document is never taken by an earlier one. A caller that feeds {@link
   * #add(DocumentFeatures)} in publication order does the same to get the same ids.
   *
   * @param storyId a story id
   */
  public void reserve(String storyId) {
    reserved.add(Objects.requireNonNull(storyId, "storyId"));
  }

  /**
   * Assigns a document to a story: the user's ({@link Document#story()}) when set, else the best
   * active story that scores at or above the threshold, else a new story.
   *
   * @param document a document not added before
   * @return its story id
   * @throws IllegalArgumentException if a document with that id was added before
   */
  public String add(Document document) {
    Objects.requireNonNull(document, "document");
    if (storyOfDocument.containsKey(document.id())) {
      throw new IllegalArgumentException("document '" + document.id() + "' was added before");
    }
    return add(DocumentFeatures.of(document, features.read(document.text(), scanner, tokens)));
  }

  /**
   * Assigns a document, read beforehand with {@link StoryClusterer#features(Document)}, to a
   * story: the same as {@link #add(Document)} gives for the document.
   *
   * @param document the features of a document not added before
   * @return its story id
   * @throws IllegalArgumentException if a document with that id was added before
   */
  public String add(DocumentFeatures document) {
    Objects.requireNonNull(document, "document");
    if (storyOfDocument.containsKey(document.id())) {
      throw new IllegalArgumentException("document '" + document.id() + "' was added before");
    }
    Features.Terms terms = document.terms;
    documents++;
    countFrequencies(terms);
    PublicationTime published = document.published();
    double t = published == null ? Double.NaN
        : (published.startEpochSecond() + published.endEpochSecond()) / 2.0;
    if (!Double.isNaN(t) && !(t <= now)) {
      now = t;
      expire();
    }
    StoryState.Member member = new StoryState.Member(document.id(), published);
    String id = document.story();
    if (id != null) {
      reserved.add(id);
      StoryState s = byId.get(id);
      if (s == null) {
        s = newState(id);
      }
      join(s, member, document.title(), t);
      return id;
    }
    TermVector[] v = {
      vector(terms.content, DOC_CONTENT_TERMS),
      vector(terms.title, DOC_CONTENT_TERMS),
      vector(terms.names, DOC_OTHER_TERMS),
      vector(terms.figures, DOC_OTHER_TERMS),
    };
    StoryState best = null;
    double bestScore = -1;
    for (StoryState s : candidates(v)) {
      double score = score(v, t, s);
      if (score > bestScore || score == bestScore && s.number < best.number) {
        best = s;
        bestScore = score;
      }
    }
    if (best == null || bestScore < settings.threshold()) {
      best = newState(nextId());
      if (Double.isNaN(t)) {
        best.lastSeconds = now;
      }
    }
    join(best, member, document.title(), t);
    extend(best, v);
    return best.id;
  }

  /** @return the number of stories so far, the user's included */
  public int storyCount() {
    return stories.size();
  }

  /** @return the number of documents added so far */
  public long documentCount() {
    return documents;
  }

  /**
   * The stories so far: a snapshot, unchanged by later additions.
   *
   * @return the story of each document added and each story's title, documents and times
   */
  public Stories stories() {
    Map<String, String> byDocument = new LinkedHashMap<>();
    for (Map.Entry<String, StoryState> e : storyOfDocument.entrySet()) {
      byDocument.put(e.getKey(), e.getValue().id);
    }
    List<Story> out = new ArrayList<>(stories.size());
    for (StoryState s : stories) {
      out.add(s.toStory());
    }
    return new Stories(byDocument, out);
  }

  private String nextId() {
    String id;
    do {
      id = String.format(java.util.Locale.ROOT, "S%04d", nextNumber++);
    } while (reserved.contains(id) || byId.containsKey(id));
    return id;
  }

  private StoryState newState(String id) {
    StoryState s = new StoryState(id, stories.size());
    stories.add(s);
    byId.put(id, s);
    return s;
  }

  private void join(StoryState s, StoryState.Member m, String title, double t) {
    storyOfDocument.put(m.id(), s);
    s.join(m, title, t);
  }

  private void countFrequencies(Features.Terms read) {
    for (String k : read.content.keySet()) {
      term(k).df++;
    }
    for (String k : read.names.keySet()) {
      term(k).df++;
    }
    for (String k : read.figures.keySet()) {
      term(k).df++;
    }
  }

  private StreamTerm term(String k) {
    StreamTerm t = terms.get(k);
    if (t == null) {
      t = new StreamTerm(terms.size(), background.df(k));
      terms.put(k, t);
    }
    return t;
  }

  /** The TF-IDF unit vector of counts, cut to its heaviest terms (ties by term id). */
  private TermVector vector(Map<String, int[]> counts, int max) {
    int n = counts.size();
    if (n == 0) {
      return TermVector.EMPTY;
    }
    StreamTerm[] ts = new StreamTerm[n];
    double[] w = new double[n];
    int i = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      StreamTerm t = term(e.getKey());
      double idf = Math.log((1.0 + background.documents() + documents) / (1.0 + t.df)) + 1;
      ts[i] = t;
      w[i] = (1 + Math.log(e.getValue()[0])) * idf;
      i++;
    }
    return TermVector.unit(ts, w, max);
  }

  /** Active stories that share the most query terms with the document. */
  private List<StoryState> candidates(TermVector[] v) {
    stamp++;
    List<StoryState> found = new ArrayList<>();
    lookUp(v[CONTENT], QUERY_CONTENT, found);
    lookUp(v[NAMES], QUERY_NAMES, found);
    lookUp(v[FIGURES], QUERY_FIGURES, found);
    if (found.size() > MAX_CANDIDATES) {
      found.sort((a, b) -> a.hits != b.hits ? b.hits - a.hits : a.number - b.number);
      return found.subList(0, MAX_CANDIDATES);
    }
    return found;
  }

  private void lookUp(TermVector v, int max, List<StoryState> found) {
    int n = v.terms.length;
    int[] top = v.heaviest(Math.min(max, n));
    for (int k : top) {
      List<StoryState> posting = v.terms[k].posting;
      if (posting == null || posting.size() > MAX_POSTING) {
        continue;
      }
      for (StoryState s : posting) {
        if (s.expired) {
          continue;
        }
        if (s.mark != stamp) {
          s.mark = stamp;
          s.hits = 0;
          found.add(s);
        }
        s.hits++;
      }
    }
  }

  private double score(TermVector[] v, double t, StoryState s) {
    double score = 0;
    for (int k = 0; k < StoryState.VECTORS; k++) {
      if (weights[k] > 0 && v[k].terms.length > 0 && s.norms[k] > 0) {
        score += weights[k] * v[k].dot(s.centroid[k], s.sums[k]) / s.norms[k];
      }
    }
    if (settings.timeWeight() > 0) {
      double time = 0.5;
      if (!Double.isNaN(t) && !Double.isNaN(s.lastSeconds)) {
        double hours = Math.abs(t - s.lastSeconds) / 3600.0;
        time = Math.exp(-hours / settings.timeScaleHours());
      }
      score += settings.timeWeight() * time;
    }
    return score;
  }

  /** Adds a document's vectors to a story's centroid and index, and marks it active. */
  private void extend(StoryState s, TermVector[] v) {
    s.addToCentroid(v, settings.centroidTerms());
    index(s, v[CONTENT], QUERY_CONTENT);
    index(s, v[NAMES], QUERY_NAMES);
    index(s, v[FIGURES], QUERY_FIGURES);
    active.remove(s);
    if (!Double.isNaN(s.lastSeconds)) {
      active.add(s); // an undated story never expires
    }
  }

  private void index(StoryState s, TermVector v, int max) {
    for (int k : v.heaviest(Math.min(max, v.terms.length))) {
      StreamTerm term = v.terms[k];
      if (s.indexed.add(term)) {
        if (term.posting == null) {
          term.posting = new ArrayList<>(4);
        }
        term.posting.add(s);
      }
    }
  }

  /** Expires the stories whose latest document is past the horizon; sweeps the index at times. */
  private void expire() {
    double limit = now - settings.horizonSeconds();
    Iterator<StoryState> it = active.iterator();
    while (it.hasNext()) {
      StoryState s = it.next();
      if (!(s.lastSeconds < limit)) {
        break;
      }
      it.remove();
      s.expire();
      expiredSinceSweep++;
    }
    if (expiredSinceSweep > Math.max(1024, active.size())) {
      for (StreamTerm t : terms.values()) {
        if (t.posting != null) {
          t.posting.removeIf(s -> s.expired);
          if (t.posting.isEmpty()) {
            t.posting = null;
          }
        }
      }
      expiredSinceSweep = 0;
    }
  }
}
