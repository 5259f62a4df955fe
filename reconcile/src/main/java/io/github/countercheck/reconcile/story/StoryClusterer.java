package io.github.countercheck.reconcile.story;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.internal.TextScanner;
import io.github.countercheck.core.internal.TokenBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Clusters news documents into stories, the documents that tell the same real-world incident, in
 * one pass in publication order, so that the same code serves a batch and a stream. Immutable and
 * thread-safe: it holds the settings; each {@link #tracker()} holds the state of one stream.
 *
 * <pre>{@code
 * Stories stories = StoryClusterer.create().cluster(documents);
 * stories.storyOf("001.txt");     // S0001
 * stories.title("S0001");         // the first words of its earliest document
 *
 * StoryTracker tracker = StoryClusterer.create().tracker();   // a stream: one document at a time
 * String id = tracker.add(document);
 * }</pre>
 *
 * <p>The method follows single-pass clustering for topic detection and tracking (Allan, Papka and
 * Lavrenko, SIGIR 1998; Yang, Pierce and Carbonell, SIGIR 1998) as Miranda, Znotiņš, Cohen and
 * Barzdins refine it for news streams (EMNLP 2018, "Multilingual Clustering of Streaming News"):
 *
 * <ol>
 *   <li>A document is read into TF-IDF sub-vectors (see {@code Features}): its content words,
 *       the words of its first line (the headline), the places and names it mentions and the
 *       figures it reports. Term frequencies are sublinear ({@code 1 + ln tf}); the inverse
 *       document frequency is learned online from the documents seen so far
 *       ({@code ln((1 + N) / (1 + df)) + 1}); each sub-vector is normalized to length 1.
 *   <li>Candidate stories come from an inverted index over the heaviest terms of the stories that
 *       are active (whose last document is within the {@linkplain Builder#horizon horizon} of the
 *       latest time seen); a story past the horizon is expired and takes no more documents. Only
 *       candidates are scored, so assignment is near-linear in the stream.
 *   <li>A candidate's score is the weighted sum of the cosines of the document's sub-vectors with
 *       the story's centroid (the sum of its documents' vectors, truncated to its heaviest
 *       {@linkplain Builder#centroidTerms terms}), plus a time term {@code exp(-hours /
 *       timeScale)} over the hours between the document and the story's latest document.
 *   <li>The document joins the best candidate when its score reaches the
 *       {@linkplain Builder#threshold threshold}; otherwise it starts a story.
 * </ol>
 *
 * <p>The defaults were chosen on the tuning part of a story-labelled sample of Egyptian news
 * (2013) and measured on the other part; see the package documentation for the figures.
 *
 * <p>A document whose {@link Document#story()} the user set keeps that story and is not
 * clustered; it still counts in the document frequencies. Story ids the clusterer makes
 * ({@code S0001}, {@code S0002}, ...) are numbered in creation order and never reuse a user's id
 * that the tracker has seen.
 */
public final class StoryClusterer {
  /** Default similarity a document needs to join a story. */
  public static final double DEFAULT_THRESHOLD = 0.35;

  private final double threshold;
  private final long horizonSeconds;
  private final double timeScaleHours;
  private final double contentWeight;
  private final double titleWeight;
  private final double namesWeight;
  private final double figuresWeight;
  private final double timeWeight;
  private final int centroidTerms;
  final Features features;
  final BackgroundFrequencies background;

  private StoryClusterer(Builder b) {
    this.threshold = b.threshold;
    this.horizonSeconds = b.horizon.getSeconds();
    this.timeScaleHours = b.timeScale.getSeconds() / 3600.0;
    this.contentWeight = b.contentWeight;
    this.titleWeight = b.titleWeight;
    this.namesWeight = b.namesWeight;
    this.figuresWeight = b.figuresWeight;
    this.timeWeight = b.timeWeight;
    this.centroidTerms = b.centroidTerms;
    this.features = Features.defaults();
    this.background = b.background ? BackgroundFrequencies.builtIn() : BackgroundFrequencies.NONE;
  }

  /** @return a clusterer with the default settings */
  public static StoryClusterer create() {
    return builder().build();
  }

  /** @return a builder holding the default settings */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this clusterer's settings */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.threshold = threshold;
    b.horizon = Duration.ofSeconds(horizonSeconds);
    b.timeScale = Duration.ofSeconds(Math.round(timeScaleHours * 3600));
    b.contentWeight = contentWeight;
    b.titleWeight = titleWeight;
    b.namesWeight = namesWeight;
    b.figuresWeight = figuresWeight;
    b.timeWeight = timeWeight;
    b.centroidTerms = centroidTerms;
    b.background = background != BackgroundFrequencies.NONE;
    return b;
  }

  /** @return a tracker for one stream of documents, with no story yet */
  public StoryTracker tracker() {
    return new StoryTracker(this);
  }

  /**
   * Reads what the clusterer weighs of a document, the costly part of {@link
   * StoryTracker#add(Document)}: its terms, independent of every other document, so that many
   * threads or machines can read documents at once and one tracker take them in publication
   * order ({@link StoryTracker#add(DocumentFeatures)}). Thread-safe.
   *
   * @param document a document
   * @return its features
   */
  public DocumentFeatures features(Document document) {
    Objects.requireNonNull(document, "document");
    Reader r = READER.get();
    return DocumentFeatures.of(document, features.read(document.text(), r.scanner, r.tokens));
  }

  /** A scanner and a token buffer per thread, for {@link #features(Document)}. */
  private static final class Reader {
    final TextScanner scanner = new TextScanner();
    final TokenBuffer tokens = new TokenBuffer();
  }

  private static final ThreadLocal<Reader> READER = ThreadLocal.withInitial(Reader::new);

  /**
   * Clusters documents as a stream would bring them: sorted by publication time (undated last,
   * then by id), fed to a new {@link #tracker()}.
   *
   * @param documents the documents, with distinct ids
   * @return the story of each document
   * @throws IllegalArgumentException if two documents have the same id
   */
  public Stories cluster(Collection<Document> documents) {
    Objects.requireNonNull(documents, "documents");
    List<Document> sorted = new ArrayList<>(documents);
    for (Document d : sorted) {
      Objects.requireNonNull(d, "a document is null");
    }
    sorted.sort(PUBLICATION_ORDER);
    StoryTracker tracker = tracker();
    for (Document d : sorted) {
      String story = d.story();
      if (story != null) {
        tracker.reserve(story);
      }
    }
    for (Document d : sorted) {
      tracker.add(d);
    }
    return tracker.stories();
  }

  /** Publication time (by start, then end), undated last, then id. */
  static final Comparator<Document> PUBLICATION_ORDER = Comparator
      .comparing((Document d) -> d.published(),
          Comparator.nullsLast(Comparator.comparingLong(PublicationTime::startEpochSecond)
              .thenComparingLong(PublicationTime::endEpochSecond)))
      .thenComparing(Document::id);

  double threshold() {
    return threshold;
  }

  long horizonSeconds() {
    return horizonSeconds;
  }

  double timeScaleHours() {
    return timeScaleHours;
  }

  double contentWeight() {
    return contentWeight;
  }

  double titleWeight() {
    return titleWeight;
  }

  double namesWeight() {
    return namesWeight;
  }

  double figuresWeight() {
    return figuresWeight;
  }

  double timeWeight() {
    return timeWeight;
  }

  int centroidTerms() {
    return centroidTerms;
  }

  @Override
  public String toString() {
    return "StoryClusterer[threshold=" + threshold + ", horizon=" + horizonSeconds / 3600.0
        + "h, timeScale=" + timeScaleHours + "h, weights content=" + contentWeight + " title="
        + titleWeight + " names=" + namesWeight + " figures=" + figuresWeight + " time="
        + timeWeight + ", centroidTerms=" + centroidTerms + "]";
  }

  /** Builds a {@link StoryClusterer}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private double threshold = DEFAULT_THRESHOLD;
    private Duration horizon = Duration.ofDays(4);
    private Duration timeScale = Duration.ofHours(24);
    private double contentWeight = 0.5;
    private double titleWeight = 0.2;
    private double namesWeight = 0.2;
    private double figuresWeight = 0.0;
    private double timeWeight = 0.1;
    private int centroidTerms = 100;
    private boolean background = true;

    private Builder() {}

    /**
     * @param threshold the score a document needs to join a story, in [0, 2]
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder threshold(double threshold) {
      if (!(threshold >= 0 && threshold <= 2)) {
        throw new IllegalArgumentException("threshold must be in [0, 2], not " + threshold);
      }
      this.threshold = threshold;
      return this;
    }

    /**
     * @param horizon how long a story stays open after its latest document, at least a minute
     * @return this builder
     * @throws IllegalArgumentException if shorter than a minute
     */
    public Builder horizon(Duration horizon) {
      Objects.requireNonNull(horizon, "horizon");
      if (horizon.compareTo(Duration.ofMinutes(1)) < 0) {
        throw new IllegalArgumentException("horizon must be at least a minute, not " + horizon);
      }
      this.horizon = horizon;
      return this;
    }

    /**
     * @param timeScale the time over which the time term falls to {@code 1/e}, at least a minute
     * @return this builder
     * @throws IllegalArgumentException if shorter than a minute
     */
    public Builder timeScale(Duration timeScale) {
      Objects.requireNonNull(timeScale, "timeScale");
      if (timeScale.compareTo(Duration.ofMinutes(1)) < 0) {
        throw new IllegalArgumentException("timeScale must be at least a minute, not " + timeScale);
      }
      this.timeScale = timeScale;
      return this;
    }

    /**
     * The weights of the score's terms, each in [0, 1]; their sum is the highest score.
     *
     * @param content cosine of the content words
     * @param title   cosine of the headline words
     * @param names   cosine of the places and names
     * @param figures cosine of the figures
     * @param time    the time term
     * @return this builder
     * @throws IllegalArgumentException if a weight is out of range or all are 0
     */
    public Builder weights(double content, double title, double names, double figures,
        double time) {
      double[] w = {content, title, names, figures, time};
      double sum = 0;
      for (double x : w) {
        if (!(x >= 0 && x <= 1)) {
          throw new IllegalArgumentException("weights must be in [0, 1], not " + x);
        }
        sum += x;
      }
      if (sum == 0) {
        throw new IllegalArgumentException("at least one weight must be above 0");
      }
      this.contentWeight = content;
      this.titleWeight = title;
      this.namesWeight = names;
      this.figuresWeight = figures;
      this.timeWeight = time;
      return this;
    }

    /**
     * @param centroidTerms how many of its heaviest terms a story's centroid keeps per sub-vector,
     *     in [10, 10000]
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder centroidTerms(int centroidTerms) {
      if (centroidTerms < 10 || centroidTerms > 10_000) {
        throw new IllegalArgumentException(
            "centroidTerms must be in [10, 10000], not " + centroidTerms);
      }
      this.centroidTerms = centroidTerms;
      return this;
    }

    /**
     * @param use whether term weights start from the built-in background document frequencies
     *     (counted over development news in Arabic and English), so that a small folder weighs its
     *     words as a large stream would; default true. Without them, IDF is learned from the
     *     stream alone.
     * @return this builder
     */
    public Builder backgroundFrequencies(boolean use) {
      this.background = use;
      return this;
    }

    /** @return the clusterer */
    public StoryClusterer build() {
      return new StoryClusterer(this);
    }
  }
}
