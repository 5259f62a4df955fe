package io.github.countercheck.reconcile.story;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.internal.TextScanner;
import io.github.countercheck.core.internal.TokenBuffer;
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
  private final Map<String, Term> terms = new HashMap<>();
  private long documents;
  private final List<State> stories = new ArrayList<>();
  private final Map<String, State> byId = new HashMap<>();
  private final Map<String, State> storyOfDocument = new LinkedHashMap<>();
  private final Set<String> reserved = new HashSet<>();
  /** Active clustered stories, least recently extended first. */
  private final LinkedHashSet<State> active = new LinkedHashSet<>();
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

  /** A document's place in a story. */
  private record Member(String id, PublicationTime published) {}

  /**
   * A term of the stream: a number given in order of first sight (vectors are sorted by it, so a
   * cosine is a merge of two sorted arrays), its document frequency, and the active stories that
   * index it.
   */
  private static final class Term {
    final int id;
    /** The stream's document frequency plus the background collection's. */
    int df;
    List<State> posting;

    Term(int id, int backgroundDf) {
      this.id = id;
      this.df = backgroundDf;
    }
  }

  /** A story and, when clustered, its centroid. */
  private static final class State {
    final String id;
    final int number;
    final List<Member> members = new ArrayList<>();
    PublicationTime first;
    PublicationTime last;
    Member earliest;
    String earliestText;
    /** Latest document time in epoch seconds (mid-point of its precision), NaN if none. */
    double lastSeconds = Double.NaN;
    /** Per sub-vector, the centroid's terms sorted by id and their summed weights. */
    final int[][] centroid = new int[4][];
    final double[][] sums = new double[4][];
    final double[] norms = new double[4];
    Set<Term> indexed = new HashSet<>();
    boolean expired;
    int mark = -1;
    int hits;

    State(String id, int number) {
      this.id = id;
      this.number = number;
      for (int k = 0; k < 4; k++) {
        centroid[k] = Vec.EMPTY.ids;
        sums[k] = Vec.EMPTY.w;
      }
    }
  }

  /** A sparse unit vector, its terms sorted by id. */
  private static final class Vec {
    static final Vec EMPTY = new Vec(new Term[0], new double[0]);
    final Term[] terms;
    final int[] ids;
    final double[] w;

    Vec(Term[] terms, double[] w) {
      this.terms = terms;
      this.w = w;
      this.ids = new int[terms.length];
      for (int i = 0; i < terms.length; i++) {
        ids[i] = terms[i].id;
      }
    }
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
    Member member = new Member(document.id(), published);
    String id = document.story();
    if (id != null) {
      reserved.add(id);
      State s = byId.get(id);
      if (s == null) {
        s = newState(id);
      }
      join(s, member, document.title(), t);
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
      String title = s.earliestText;
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

  private State newState(String id) {
    State s = new State(id, stories.size());
    stories.add(s);
    byId.put(id, s);
    return s;
  }

  private void join(State s, Member m, String title, double t) {
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
      s.earliestText = title;
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

  private Term term(String k) {
    Term t = terms.get(k);
    if (t == null) {
      t = new Term(terms.size(), background.df(k));
      terms.put(k, t);
    }
    return t;
  }

  /** The TF-IDF unit vector of counts, cut to its heaviest terms (ties by term id). */
  private Vec vector(Map<String, int[]> counts, int max) {
    int n = counts.size();
    if (n == 0) {
      return Vec.EMPTY;
    }
    Term[] ts = new Term[n];
    double[] w = new double[n];
    int i = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      Term t = term(e.getKey());
      double idf = Math.log((1.0 + background.documents() + documents) / (1.0 + t.df)) + 1;
      ts[i] = t;
      w[i] = (1 + Math.log(e.getValue()[0])) * idf;
      i++;
    }
    int keep = Math.min(n, max);
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    if (n > max) {
      Arrays.sort(order, (a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a])
          : Integer.compare(ts[a].id, ts[b].id));
    }
    Arrays.sort(order, 0, keep, (a, b) -> Integer.compare(ts[a].id, ts[b].id));
    Term[] t2 = new Term[keep];
    double[] w2 = new double[keep];
    double norm = 0;
    for (int k = 0; k < keep; k++) {
      t2[k] = ts[order[k]];
      w2[k] = w[order[k]];
      norm += w2[k] * w2[k];
    }
    norm = Math.sqrt(norm);
    for (int k = 0; k < keep; k++) {
      w2[k] /= norm;
    }
    return new Vec(t2, w2);
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
      List<State> posting = v.terms[k].posting;
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
    return v.w[a] > v.w[b] || v.w[a] == v.w[b] && v.terms[a].id < v.terms[b].id;
  }

  private double score(Vec[] v, double t, State s) {
    double score = 0;
    for (int k = 0; k < 4; k++) {
      if (weights[k] > 0 && v[k].terms.length > 0 && s.norms[k] > 0) {
        score += weights[k] * dot(v[k], s.centroid[k], s.sums[k]) / s.norms[k];
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

  /** The dot product of a vector and a centroid, both sorted by term id: one merge. */
  private static double dot(Vec v, int[] c, double[] sums) {
    double dot = 0;
    int i = 0;
    int j = 0;
    int[] a = v.ids;
    while (i < a.length && j < c.length) {
      int x = a[i];
      int y = c[j];
      if (x == y) {
        dot += v.w[i++] * sums[j++];
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /** Adds a document's vectors to a story's centroid and index, and marks it active. */
  private void extend(State s, Vec[] v) {
    int keep = settings.centroidTerms();
    for (int k = 0; k < 4; k++) {
      int[] c = s.centroid[k];
      double[] sums = s.sums[k];
      Vec d = v[k];
      int[] mt = new int[c.length + d.ids.length];
      double[] mw = new double[mt.length];
      int i = 0;
      int j = 0;
      int n = 0;
      while (i < c.length || j < d.ids.length) {
        if (j == d.ids.length || i < c.length && c[i] < d.ids[j]) {
          mt[n] = c[i];
          mw[n++] = sums[i++];
        } else if (i == c.length || d.ids[j] < c[i]) {
          mt[n] = d.ids[j];
          mw[n++] = d.w[j++];
        } else {
          mt[n] = c[i];
          mw[n++] = sums[i++] + d.w[j++];
        }
      }
      if (n > 2 * keep) {
        n = truncate(mt, mw, n, keep);
      }
      s.centroid[k] = n == mt.length ? mt : Arrays.copyOf(mt, n);
      s.sums[k] = n == mw.length ? mw : Arrays.copyOf(mw, n);
      double norm = 0;
      for (int q = 0; q < n; q++) {
        norm += mw[q] * mw[q];
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
      Term term = v.terms[k];
      if (s.indexed.add(term)) {
        if (term.posting == null) {
          term.posting = new ArrayList<>(4);
        }
        term.posting.add(s);
      }
    }
  }

  /**
   * Keeps the {@code keep} heaviest of the first {@code n} terms (ties by id), in id order, at
   * the front of the arrays.
   *
   * @return {@code keep}
   */
  private static int truncate(int[] t, double[] w, int n, int keep) {
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a])
        : Integer.compare(t[a], t[b]));
    Arrays.sort(order, 0, keep, (a, b) -> Integer.compare(t[a], t[b]));
    int[] t2 = new int[keep];
    double[] w2 = new double[keep];
    for (int k = 0; k < keep; k++) {
      t2[k] = t[order[k]];
      w2[k] = w[order[k]];
    }
    System.arraycopy(t2, 0, t, 0, keep);
    System.arraycopy(w2, 0, w, 0, keep);
    return keep;
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
      for (int k = 0; k < 4; k++) {
        s.centroid[k] = Vec.EMPTY.ids;
        s.sums[k] = Vec.EMPTY.w;
      }
      s.indexed = Set.of();
      expiredSinceSweep++;
    }
    if (expiredSinceSweep > Math.max(1024, active.size())) {
      for (Term t : terms.values()) {
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
