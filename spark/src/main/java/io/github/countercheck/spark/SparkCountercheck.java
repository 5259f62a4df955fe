package io.github.countercheck.spark;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.json.ArticleReader;
import io.github.countercheck.claims.json.ClaimJson;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import io.github.countercheck.reconcile.story.Stories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Countercheck on Apache Spark: the library's extraction, story clustering and reconciliation,
 * spread over a cluster's executors, with results identical to the single-JVM library (the JSON
 * of {@link #reconcile(Dataset)} is byte for byte {@code ReconciliationJson.write} of {@code
 * Reconciler.reconcile} on the same articles).
 *
 * <pre>{@code
 * try (SparkCountercheck cc = SparkCountercheck.local()) {              // local[*], 127.0.0.1, no UI
 *   Reconciliation r = cc.reconcile(cc.articles(List.of(Path.of("seeds"))));
 * }
 * }</pre>
 *
 * <h2>The job</h2>
 *
 * <ol>
 *   <li><b>Extraction</b> ({@link #extract(Dataset)}): each executor JVM builds one {@code
 *       ClaimExtractor} on its first task and extracts its articles; claims leave as {@link
 *       ClaimRecord}s (a compact binary form, not JSON).
 *   <li><b>Stories</b> ({@link #stories(Dataset)}): the story clusterer is one pass in publication
 *       order, each document scored against the stories before it, so it cannot be split. The
 *       costly part, reading each document's terms (tokenizing and stemming the whole text), runs
 *       on the executors ({@code StoryClusterer.features}); the features (a few kilobytes a
 *       document, no text) are sorted by publication time on the cluster and streamed to the
 *       driver a partition at a time, where one {@code StoryTracker} takes them in order. The
 *       trade-off: exactly the single-JVM stories, at the price of a sequential step whose cost
 *       is the tracker's (about a tenth of reading, BENCHMARKS.md) and whose memory on the driver
 *       is the tracker's state (the active stories, the term table, the story of each document
 *       id): some hundred bytes a document, a few gigabytes for tens of millions.
 *   <li><b>Reconciliation</b> ({@link #reconcile(Dataset, Dataset, Map)}): claims are joined to
 *       their documents' metadata; each partition of the data computes a {@code
 *       Partitioner.Summary} (the run-wide facts a group needs), the summaries are merged on the
 *       driver and broadcast; every claim gets its group key ({@code Partitioner.key}), claims
 *       are hash-partitioned by key across the cluster, each key whole in one bucket, and each
 *       bucket is reconciled alone ({@code reconcilePartition}, one call for its keys) on an
 *       executor; the driver joins the results ({@code combine}).
 * </ol>
 *
 * <p>Settings: the reconciler's window and same-time span ({@link #reconciler(Reconciler)});
 * the place and voice tables and the thresholds are the built-in defaults. Immutable; thread-safe
 * as its session is. {@link #close()} stops a session that {@link #local()} made, never one given
 * to {@link #on(SparkSession)}.
 */
public final class SparkCountercheck implements AutoCloseable {

  /** The schema of the articles' JSON Lines: every field a string. */
  static final StructType ARTICLE_SCHEMA = new StructType()
      .add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("publisher", DataTypes.StringType)
      .add("published", DataTypes.StringType)
      .add("language", DataTypes.StringType)
      .add("story", DataTypes.StringType);

  static final Encoder<Article> ARTICLE = Encoders.bean(Article.class);
  static final Encoder<ClaimRecord> CLAIM = Encoders.bean(ClaimRecord.class);
  static final Encoder<DocumentRecord> DOCUMENT = Encoders.bean(DocumentRecord.class);

  private final SparkSession spark;
  private final boolean owned;
  private final Settings settings;

  private SparkCountercheck(SparkSession spark, boolean owned, Settings settings) {
    this.spark = spark;
    this.owned = owned;
    this.settings = settings;
  }

  /**
   * Countercheck on an embedded Spark using every core of this machine ({@code local[*]}),
   * bound to 127.0.0.1, without its web UI.
   *
   * @return the engine; close it to stop its session
   */
  public static SparkCountercheck local() {
    return local("local[*]");
  }

  /**
   * Countercheck on an embedded Spark with the given local master.
   *
   * @param master {@code local}, {@code local[N]} or {@code local[*]}
   * @return the engine; close it to stop its session
   * @throws IllegalArgumentException if the master is not a local one
   */
  public static SparkCountercheck local(String master) {
    return new SparkCountercheck(localSession(master), true, Settings.of(Reconciler.create()));
  }

  /**
   * Countercheck on a session the caller made (a cluster's, under {@code spark-submit}); the
   * caller stops it.
   *
   * @param spark the session
   * @return the engine
   */
  public static SparkCountercheck on(SparkSession spark) {
    return new SparkCountercheck(Objects.requireNonNull(spark, "spark"), false,
        Settings.of(Reconciler.create()));
  }

  /**
   * An embedded session as {@link #local(String)} makes it: bound to 127.0.0.1, the UI off, as
   * many shuffle partitions as twice the cores (Spark's default of 200 is for clusters: on one
   * machine each of them is a task to schedule for little work).
   *
   * @param master {@code local}, {@code local[N]} or {@code local[*]}
   * @return the session (an existing one of this JVM when there is one)
   * @throws IllegalArgumentException if the master is not a local one
   */
  public static SparkSession localSession(String master) {
    Objects.requireNonNull(master, "master");
    int cores = localCores(master);
    return SparkSession.builder()
        .appName("countercheck")
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", String.valueOf(2 * cores))
        .getOrCreate();
  }

  /** The cores of a local master; refuses any other master. */
  static int localCores(String master) {
    if (master.equals("local")) {
      return 1;
    }
    if (master.equals("local[*]")) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (master.startsWith("local[") && master.endsWith("]")) {
      try {
        int n = Integer.parseInt(master.substring(6, master.length() - 1));
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
    }
    throw new IllegalArgumentException("'" + master + "' is not a local master (local, local[N]"
        + " or local[*]); for a cluster, make the session with spark-submit and use on(session)");
  }

  /**
   * The same engine with a reconciler's window and same-time span.
   *
   * @param reconciler the reconciler whose settings to use
   * @return an engine on the same session
   */
  public SparkCountercheck reconciler(Reconciler reconciler) {
    Objects.requireNonNull(reconciler, "reconciler");
    return new SparkCountercheck(spark, owned, Settings.of(reconciler));
  }

  /** @return the session */
  public SparkSession session() {
    return spark;
  }

  /**
   * Reads folders of {@code *.txt} files with their manifests, and single files, as the command
   * line reads them ({@code ArticleReader}), on the driver.
   *
   * @param inputs folders and files
   * @return their articles
   * @throws IllegalArgumentException if any could not be read, naming each and why
   */
  public Dataset<Article> articles(List<Path> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    ArticleReader.Articles read = ArticleReader.read(inputs);
    if (!read.failures().isEmpty()) {
      StringBuilder sb = new StringBuilder("cannot read");
      for (ArticleReader.Failure f : read.failures()) {
        sb.append("\n  ").append(f);
      }
      throw new IllegalArgumentException(sb.toString());
    }
    List<Article> articles = new ArrayList<>(read.documents().size());
    for (Document d : read.documents()) {
      articles.add(Article.of(d));
    }
    return distribute(articles, ARTICLE);
  }

  /**
   * A dataset of rows held on the driver, cut into four slices a core (so that a slow slice,
   * a long article, holds up little), each task carrying only its slice.
   *
   * @param rows    the rows
   * @param encoder their encoder
   * @param <T>     their type
   * @return the dataset
   */
  <T> Dataset<T> distribute(List<T> rows, Encoder<T> encoder) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, Math.min(rows.size(), 4 * jsc.defaultParallelism()));
    return spark.createDataset(jsc.parallelize(rows, slices).rdd(), encoder);
  }

  /**
   * Reads articles from JSON Lines, one object a line with {@code id, text, publisher, published,
   * language} (and optionally {@code story}), in parallel.
   *
   * @param paths files, folders or globs, as Spark reads them
   * @return the articles
   */
  public Dataset<Article> articleLines(String... paths) {
    return spark.read().schema(ARTICLE_SCHEMA).json(paths).as(ARTICLE);
  }

  /**
   * Reads claims from JSON Lines (the contract's claims, as {@code countercheck extract --format
   * jsonl} writes them), in parallel.
   *
   * @param paths files, folders or globs, as Spark reads them
   * @return the claims
   */
  public Dataset<ClaimRecord> claimLines(String... paths) {
    return spark.read().textFile(paths)
        .filter((FilterFunction<String>) line -> !line.isBlank())
        .map((MapFunction<String, ClaimRecord>) line -> ClaimRecord.of(ClaimJson.readClaim(line)),
            CLAIM);
  }

  /**
   * Extracts the claims of articles on the executors, with one extractor per executor JVM.
   *
   * @param articles the articles
   * @return their claims
   */
  public Dataset<ClaimRecord> extract(Dataset<Article> articles) {
    return articles.flatMap((FlatMapFunction<Article, ClaimRecord>) a -> {
      Document d = a.toDocument();
      List<Claim> claims;
      try {
        claims = Workers.extractor().extract(d);
      } catch (RuntimeException e) {
        throw new IllegalStateException("extraction failed on '" + d.id() + "': " + e, e);
      }
      List<ClaimRecord> out = new ArrayList<>(claims.size());
      for (Claim c : claims) {
        out.add(ClaimRecord.of(c));
      }
      return out.iterator();
    }, CLAIM);
  }

  /**
   * Tells articles apart into stories as {@code StoryClusterer.create().cluster(documents)} does
   * (a user's story id is kept): features on the executors, the tracker on the driver (see the
   * class documentation for the trade-off).
   *
   * @param articles the articles, with distinct ids
   * @return the story of each article and each story's title
   * @throws IllegalArgumentException if two articles share an id
   */
  public Stories stories(Dataset<Article> articles) {
    return DriverStories.of(articles);
  }

  /**
   * The metadata of articles with the story ids of {@code stories} (a user's story id where the
   * clustering gave none).
   *
   * @param articles the articles
   * @param stories  their stories, or null to keep only the users' story ids
   * @return their metadata
   */
  public Dataset<DocumentRecord> documents(Dataset<Article> articles, Stories stories) {
    Broadcast<HashMap<String, String>> byDocument = JavaSparkContext
        .fromSparkContext(spark.sparkContext())
        .broadcast(stories == null ? new HashMap<>() : new HashMap<>(stories.byDocument()));
    return articles.map((MapFunction<Article, DocumentRecord>) a -> {
      if (a.getId() == null || a.getId().isBlank()) {
        throw new IllegalArgumentException("an article has no id");
      }
      return DocumentRecord.of(a, byDocument.value().get(a.getId()));
    }, DOCUMENT);
  }

  /**
   * Extracts, tells apart into stories and reconciles articles: the same as {@code
   * Reconciler.reconcile(documents, ClaimExtractor.create())} on one JVM.
   *
   * @param articles the articles, with distinct ids
   * @return the reconciliation
   */
  public Reconciliation reconcile(Dataset<Article> articles) {
    Dataset<Article> cached = articles.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Stories stories = stories(cached);
      return reconcile(extract(cached), documents(cached, stories), stories.titles());
    } finally {
      cached.unpersist();
    }
  }

  /**
   * Reconciles claims on the cluster: the same as {@code Reconciler.reconcile(claims, documents,
   * storyTitles)} on one JVM, byte for byte once written.
   *
   * @param claims      the claims
   * @param documents   their documents' metadata, with story ids (a claim whose document is
   *     missing counts as undated, as in the library)
   * @param storyTitles story id to title
   * @return the reconciliation
   * @throws IllegalArgumentException if two different metadata records share an id
   */
  public Reconciliation reconcile(Dataset<ClaimRecord> claims, Dataset<DocumentRecord> documents,
      Map<String, String> storyTitles) {
    Objects.requireNonNull(storyTitles, "storyTitles");
    List<DocumentMetadata> all = GroupJob.collectDocuments(documents);
    Groups groups = groups(claims, documents.distinct());
    try {
      return GroupJob.combine(settings, groups.results.collectAsList(), all, storyTitles,
          groups.run);
    } finally {
      groups.close();
    }
  }

  /**
   * Reads the inputs, reconciles them and writes the outputs.
   *
   * @param inputs  what to read
   * @param outputs where to write
   * @return the reconciliation
   * @throws UncheckedIOException if an output cannot be written
   */
  public Reconciliation run(Inputs inputs, Outputs outputs) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(outputs, "outputs");
    Dataset<Article> articles = articles(inputs);
    Dataset<Article> cached = articles.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Stories stories = stories(cached);
      Dataset<ClaimRecord> claims = inputs.claimLines().isEmpty() ? extract(cached)
          : claimLines(inputs.claimLines().toArray(new String[0]));
      Dataset<DocumentRecord> documents = documents(cached, stories);
      List<DocumentMetadata> all = GroupJob.collectDocuments(documents);
      Groups groups = groups(claims, documents.distinct());
      try {
        if (outputs.parts() != null) {
          GroupJob.groupLines(groups.results).write().text(outputs.parts());
        }
        Reconciliation r = GroupJob.combine(settings, groups.results.collectAsList(), all,
            stories.titles(), groups.run);
        if (outputs.json() != null) {
          try {
            Files.writeString(outputs.json(), ReconciliationJson.write(r, ReconciliationJson.Layout.INDENTED),
                StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outputs.json(), e);
          }
        }
        return r;
      } finally {
        groups.close();
      }
    } finally {
      cached.unpersist();
    }
  }

  /**
   * Starts a streaming reconciliation over a folder where JSON Lines files of articles arrive
   * (Spark Structured Streaming, one file a micro-batch at most).
   *
   * @param folder     the folder (any file system Spark reads)
   * @param checkpoint the query's checkpoint folder
   * @return the running stream; close it to stop the query
   */
  public ReconcileStream stream(String folder, String checkpoint) {
    return new ReconcileStream(this, settings).start(folder, checkpoint);
  }

  /**
   * A streaming reconciliation fed by hand: each {@link ReconcileStream#add(Dataset)} is a
   * micro-batch.
   *
   * @return the stream, with nothing yet
   */
  public ReconcileStream stream() {
    return new ReconcileStream(this, settings);
  }

  /** The articles of the inputs: folders and files read on the driver, JSON Lines in parallel. */
  Dataset<Article> articles(Inputs inputs) {
    Dataset<Article> out = null;
    if (!inputs.paths().isEmpty()) {
      out = articles(inputs.paths());
    }
    if (!inputs.articleLines().isEmpty()) {
      Dataset<Article> lines = articleLines(inputs.articleLines().toArray(new String[0]));
      out = out == null ? lines : out.unionByName(lines);
    }
    return out != null ? out : spark.createDataset(List.<Article>of(), ARTICLE);
  }

  /**
   * Keys and reconciles the groups of claims on this engine's session (see {@link
   * GroupJob#groups}).
   */
  Groups groups(Dataset<ClaimRecord> claims, Dataset<DocumentRecord> documents) {
    return GroupJob.groups(spark, settings, claims, documents);
  }

  /** Stops the session if {@link #local()} made it. */
  @Override
  public void close() {
    if (owned) {
      spark.stop();
    }
  }
}
