package io.github.countercheck.reconcile.story;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.TextScanner;
import io.github.countercheck.core.TokenBuffer;
import io.github.countercheck.reconcile.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
  private final double[] weights;
  private final TextScanner scanner = new TextScanner();
  private final TokenBuffer tokens = new TokenBuffer();
  /** Document frequency of each term (names and figures keyed apart, see Features). */
  private final Map<String, int[]> df = new HashMap<>();
  private long documents;
  private final List<State> stories = new ArrayList<>();
  private final Map<String, State> byId = new HashMap<>();
  private final Map<String, State> storyOfDocument = new LinkedHashMap<>();
  private final Set<String> reserved = new HashSet<>();
  /** Active clustered stories, least recently extended first. */
  private final LinkedHashSet<State> active = new LinkedHashSet<>();
  private final Map<String, List<State>> index = new HashMap<>();
  private int expiredSinceSweep;
  private double now = Double.NaN;
  private int nextNumber = 1;
  private int stamp;

  StoryTracker(StoryClusterer settings) {
    this.settings = settings;
    this.features = settings.features;
    this.weights = new double[] {settings.contentWeight(), settings.titleWeight(),
        settings.namesWeight(), settings.figuresWeight()};
  }

  /** A document's place in a story. */
  private record Member(String id, PublicationTime published) {}

  /** A story and, when clustered, its centroid. */
  private static final class State {
    final String id;
    final int number;
    final boolean user;
    final List<Member> members = new ArrayList<>();
    PublicationTime first;
    PublicationTime last;
    Member earliest;
    String earliestText;
    /** Latest document time in epoch seconds (mid-point of its precision), NaN if none. */
    double lastSeconds = Double.NaN;
    @SuppressWarnings("unchecked")
    final Map<String, double[]>[] centroid = new Map[4];
    final double[] norms = new double[4];
    Set<String> indexed = new HashSet<>();
    boolean expired;
    int mark = -1;
    int hits;

    State(String id, int number, boolean user) {
      this.id = id;
      this.number = number;
      this.user = user;
      for (int k = 0; k < 4; k++) {
        centroid[k] = new HashMap<>();
      }
    }
  }

  /** A sparse unit vector. */
  private static final class Vec {
    static final Vec EMPTY = new Vec(new String[0], new double[0]);
    final String[] terms;
    final double[] w;

    Vec(String[] terms, double[] w) {
      this.terms = terms;
      this.w = w;
    }
  }

  /** Keeps a user's story id from being made by the clusterer. */
  void reserve(String storyId) {
    reserved.add(storyId);
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
    Features.Terms terms = features.read(document.text(), scanner, tokens);
    documents++;
    countFrequencies(terms);
    PublicationTime published = document.published().orElse(null);
    double t = published == null ? Double.NaN
        : (published.startEpochSecond() + published.endEpochSecond()) / 2.0;
    if (!Double.isNaN(t) && !(t <= now)) {
      now = t;
      expire();
    }
    Member member = new Member(document.id(), published);
    if (document.story().isPresent()) {
      String id = document.story().get();
      reserved.add(id);
      State s = byId.get(id);
      if (s == null) {
        s = newState(id, true);
      }
      join(s, member, document.text(), t);
      return id;
    }
    Vec[] v = {
      vector(terms.content, DOC_CONTENT_TERMS),
      vector(terms.title, DOC_CONTENT_TERMS),
      vector(terms.names, DOC_OTHER_TERMS),
      vector(terms.figures, DOC_OTHER_TERMS),
    };
    State best = null;
    double bestScore = -1;
    for (State s : candidates(v)) {
      double score = score(v, t, s);
      if (score > bestScore || score == bestScore && s.number < best.number) {
        best = s;
        bestScore = score;
      }
    }
    if (best == null || bestScore < settings.threshold()) {
      best = newState(nextId(), false);
      if (Double.isNaN(t)) {
        best.lastSeconds = now;
      }
    }
    join(best, member, document.text(), t);
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
    for (Map.Entry<String, State> e : storyOfDocument.entrySet()) {
      byDocument.put(e.getKey(), e.getValue().id);
    }
    List<Story> out = new ArrayList<>(stories.size());
    for (State s : stories) {
      List<Member> members = new ArrayList<>(s.members);
      members.sort(Comparator.comparing(Member::published,
              Comparator.nullsLast(Comparator.comparingLong(PublicationTime::startEpochSecond)
                  .thenComparingLong(PublicationTime::endEpochSecond)))
          .thenComparing(Member::id));
      List<String> ids = new ArrayList<>(members.size());
      for (Member m : members) {
        ids.add(m.id());
      }
      String title = Stories.title(s.earliestText);
      out.add(new Story(s.id, title.isEmpty() ? s.id : title, ids, s.first, s.last));
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

  private State newState(String id, boolean user) {
    State s = new State(id, stories.size(), user);
    stories.add(s);
    byId.put(id, s);
    return s;
  }

  private void join(State s, Member m, String text, double t) {
    s.members.add(m);
    storyOfDocument.put(m.id(), s);
    PublicationTime p = m.published();
    if (p != null) {
      if (s.first == null || p.compareTo(s.first) < 0) {
        s.first = p;
      }
      if (s.last == null || p.compareTo(s.last) > 0) {
        s.last = p;
      }
    }
    if (s.earliest == null || earlier(m, s.earliest)) {
      s.earliest = m;
      s.earliestText = Stories.firstLine(text);
    }
    if (!Double.isNaN(t) && !(t <= s.lastSeconds)) {
      s.lastSeconds = t;
    }
  }

  private static boolean earlier(Member a, Member b) {
    if (a.published() == null) {
      return false;
    }
    if (b.published() == null) {
      return true;
    }
    int c = Long.compare(a.published().startEpochSecond(), b.published().startEpochSecond());
    return c < 0 || c == 0 && a.id().compareTo(b.id()) < 0;
  }

  private void countFrequencies(Features.Terms terms) {
    for (String k : terms.content.keySet()) {
      increment(k);
    }
    for (String k : terms.names.keySet()) {
      increment(k);
    }
    for (String k : terms.figures.keySet()) {
      increment(k);
    }
  }

  private void increment(String k) {
    int[] c = df.get(k);
    if (c == null) {
      df.put(k, new int[] {1});
    } else {
      c[0]++;
    }
  }

  /** The TF-IDF unit vector of counts, cut to its heaviest terms (ties by term). */
  private Vec vector(Map<String, int[]> counts, int max) {
    int n = counts.size();
    if (n == 0) {
      return Vec.EMPTY;
    }
    String[] terms = new String[n];
    double[] w = new double[n];
    int i = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] d = df.get(e.getKey());
      double idf = Math.log((1.0 + documents) / (1.0 + (d == null ? 0 : d[0]))) + 1;
      terms[i] = e.getKey();
      w[i] = (1 + Math.log(e.getValue()[0])) * idf;
      i++;
    }
    if (n > max) {
      Integer[] order = new Integer[n];
      for (int k = 0; k < n; k++) {
        order[k] = k;
      }
      final String[] t1 = terms;
      final double[] w1 = w;
      Arrays.sort(order, (a, b) -> w1[a] != w1[b] ? Double.compare(w1[b], w1[a])
          : t1[a].compareTo(t1[b]));
      String[] t2 = new String[max];
      double[] w2 = new double[max];
      for (int k = 0; k < max; k++) {
        t2[k] = terms[order[k]];
        w2[k] = w[order[k]];
      }
      terms = t2;
      w = w2;
      n = max;
    }
    double norm = 0;
    for (int k = 0; k < n; k++) {
      norm += w[k] * w[k];
    }
    norm = Math.sqrt(norm);
    for (int k = 0; k < n; k++) {
      w[k] /= norm;
    }
    return new Vec(terms, w);
  }

  /** Active stories that share the most query terms with the document. */
  private List<State> candidates(Vec[] v) {
    stamp++;
    List<State> found = new ArrayList<>();
    lookUp(v[CONTENT], QUERY_CONTENT, found);
    lookUp(v[NAMES], QUERY_NAMES, found);
    lookUp(v[FIGURES], QUERY_FIGURES, found);
    if (found.size() > MAX_CANDIDATES) {
      found.sort((a, b) -> a.hits != b.hits ? b.hits - a.hits : a.number - b.number);
      return found.subList(0, MAX_CANDIDATES);
    }
    return found;
  }

  private void lookUp(Vec v, int max, List<State> found) {
    int n = v.terms.length;
    int[] top = heaviest(v, Math.min(max, n));
    for (int k : top) {
      List<State> posting = index.get(v.terms[k]);
      if (posting == null || posting.size() > MAX_POSTING) {
        continue;
      }
      for (State s : posting) {
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

  /** Indices of the heaviest {@code k} weights, ties by term. */
  private static int[] heaviest(Vec v, int k) {
    int n = v.terms.length;
    if (k >= n) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] top = new int[k];
    int size = 0;
    for (int i = 0; i < n; i++) {
      // insertion into a short sorted array: k is at most ten
      int pos = size;
      while (pos > 0 && heavier(v, i, top[pos - 1])) {
        pos--;
      }
      if (pos < k) {
        int end = Math.min(size, k - 1);
        System.arraycopy(top, pos, top, pos + 1, end - pos);
        top[pos] = i;
        size = Math.min(size + 1, k);
      }
    }
    return top;
  }

  private static boolean heavier(Vec v, int a, int b) {
    return v.w[a] > v.w[b] || v.w[a] == v.w[b] && v.terms[a].compareTo(v.terms[b]) < 0;
  }

  private double score(Vec[] v, double t, State s) {
    double score = 0;
    for (int k = 0; k < 4; k++) {
      if (weights[k] > 0 && v[k].terms.length > 0 && s.norms[k] > 0) {
        Map<String, double[]> c = s.centroid[k];
        double dot = 0;
        for (int i = 0; i < v[k].terms.length; i++) {
          double[] x = c.get(v[k].terms[i]);
          if (x != null) {
            dot += v[k].w[i] * x[0];
          }
        }
        score += weights[k] * dot / s.norms[k];
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
  private void extend(State s, Vec[] v) {
    int keep = settings.centroidTerms();
    for (int k = 0; k < 4; k++) {
      Map<String, double[]> c = s.centroid[k];
      for (int i = 0; i < v[k].terms.length; i++) {
        double[] x = c.get(v[k].terms[i]);
        if (x == null) {
          c.put(v[k].terms[i], new double[] {v[k].w[i]});
        } else {
          x[0] += v[k].w[i];
        }
      }
      if (c.size() > 2 * keep) {
        truncate(c, keep);
      }
      double norm = 0;
      for (double[] x : c.values()) {
        norm += x[0] * x[0];
      }
      s.norms[k] = Math.sqrt(norm);
    }
    index(s, v[CONTENT], QUERY_CONTENT);
    index(s, v[NAMES], QUERY_NAMES);
    index(s, v[FIGURES], QUERY_FIGURES);
    active.remove(s);
    if (!Double.isNaN(s.lastSeconds)) {
      active.add(s); // an undated story never expires
    }
  }

  private void index(State s, Vec v, int max) {
    for (int k : heaviest(v, Math.min(max, v.terms.length))) {
      String term = v.terms[k];
      if (s.indexed.add(term)) {
        index.computeIfAbsent(term, x -> new ArrayList<>()).add(s);
      }
    }
  }

  private static void truncate(Map<String, double[]> c, int keep) {
    List<Map.Entry<String, double[]>> entries = new ArrayList<>(c.entrySet());
    entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
        ? Double.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
    for (int i = keep; i < entries.size(); i++) {
      c.remove(entries.get(i).getKey());
    }
  }

  /** Expires the stories whose latest document is past the horizon; sweeps the index at times. */
  private void expire() {
    double limit = now - settings.horizonSeconds();
    Iterator<State> it = active.iterator();
    while (it.hasNext()) {
      State s = it.next();
      if (!(s.lastSeconds < limit)) {
        break;
      }
      it.remove();
      s.expired = true;
      s.centroid[CONTENT] = Map.of();
      s.centroid[TITLE] = Map.of();
      s.centroid[NAMES] = Map.of();
      s.centroid[FIGURES] = Map.of();
      s.indexed = Set.of();
      expiredSinceSweep++;
    }
    if (expiredSinceSweep > Math.max(1024, active.size())) {
      index.values().removeIf(posting -> {
        posting.removeIf(s -> s.expired);
        return posting.isEmpty();
      });
      expiredSinceSweep = 0;
    }
  }
}
