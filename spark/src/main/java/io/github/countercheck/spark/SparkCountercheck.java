package io.github.countercheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.json.ArticleReader;
import io.github.countercheck.claims.json.ClaimJson;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.Partitioner;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import io.github.countercheck.reconcile.story.DocumentFeatures;
import io.github.countercheck.reconcile.story.Stories;
import io.github.countercheck.reconcile.story.StoryTracker;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.Tuple3;
import scala.Tuple5;

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
    Encoder<Tuple5<Long, Long, String, String, byte[]>> enc = Encoders.tuple(Encoders.LONG(),
        Encoders.LONG(), Encoders.STRING(), Encoders.STRING(), Encoders.BINARY());
    Dataset<Tuple5<Long, Long, String, String, byte[]>> features = articles.map(
        (MapFunction<Article, Tuple5<Long, Long, String, String, byte[]>>) a -> {
          Document d = a.toDocument();
          PublicationTime p = d.published();
          return new Tuple5<>(p == null ? null : p.startEpochSecond(),
              p == null ? null : p.endEpochSecond(), d.id(), d.story(),
              Workers.clusterer().features(d).toBytes());
        }, enc).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      StoryTracker tracker = Workers.clusterer().tracker();
      for (String id : features.filter(features.col("_4").isNotNull()).select("_4").distinct()
          .as(Encoders.STRING()).collectAsList()) {
        tracker.reserve(id);
      }
      Iterator<Tuple5<Long, Long, String, String, byte[]>> sorted = features
          .sort(features.col("_1").asc_nulls_last(), features.col("_2").asc_nulls_last())
          .toLocalIterator();
      // the cluster sorts by time; within one time, by id on the driver (Java's string order,
      // not Spark's byte order)
      List<DocumentFeatures> sameTime = new ArrayList<>();
      Long start = null;
      Long end = null;
      while (sorted.hasNext()) {
        Tuple5<Long, Long, String, String, byte[]> t = sorted.next();
        if (!sameTime.isEmpty() && !(Objects.equals(t._1(), start) && Objects.equals(t._2(), end))) {
          addInOrder(tracker, sameTime);
        }
        start = t._1();
        end = t._2();
        sameTime.add(DocumentFeatures.fromBytes(t._5()));
      }
      addInOrder(tracker, sameTime);
      return tracker.stories();
    } finally {
      features.unpersist();
    }
  }

  private static void addInOrder(StoryTracker tracker, List<DocumentFeatures> run) {
    run.sort(DocumentFeatures.PUBLICATION_ORDER);
    for (DocumentFeatures f : run) {
      tracker.add(f);
    }
    run.clear();
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
    List<DocumentMetadata> all = collectDocuments(documents);
    Groups groups = groups(claims, documents.distinct());
    try {
      return combine(groups.results.collectAsList(), all, storyTitles, groups.run);
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
      List<DocumentMetadata> all = collectDocuments(documents);
      Groups groups = groups(claims, documents.distinct());
      try {
        if (outputs.parts() != null) {
          groupLines(groups.results).write().text(outputs.parts());
        }
        Reconciliation r = combine(groups.results.collectAsList(), all, stories.titles(),
            groups.run);
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

  /** Every document's metadata, on the driver (combine lists them), checked for conflicts. */
  static List<DocumentMetadata> collectDocuments(Dataset<DocumentRecord> documents) {
    Map<String, DocumentMetadata> byId = new LinkedHashMap<>();
    for (DocumentRecord r : documents.collectAsList()) {
      remember(byId, r.toMetadata());
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * Keeps a document's metadata by its id.
   *
   * @throws IllegalArgumentException when the document was given before with other metadata
   */
  static void remember(Map<String, DocumentMetadata> byId, DocumentMetadata m) {
    DocumentMetadata old = byId.putIfAbsent(m.id(), m);
    if (old != null && !old.equals(m)) {
      throw new IllegalArgumentException("document '" + m.id() + "' is given twice, as " + old
          + " and as " + m);
    }
  }

  /** Claims with their partition key and their document's metadata. */
  static final Encoder<Tuple3<String, ClaimRecord, DocumentRecord>> KEYED = Encoders.tuple(
      Encoders.STRING(), CLAIM, DOCUMENT);

  /**
   * The groups of a run: the reconciliation of each bucket of keys as JSON (labelled by its
   * least key), the keyed claims, and the run's summary.
   */
  static final class Groups implements AutoCloseable {
    final Dataset<Tuple2<String, String>> results;
    final Dataset<Tuple3<String, ClaimRecord, DocumentRecord>> keyed;
    final Partitioner.Summary run;
    private final Dataset<?> joined;
    private final Broadcast<Partitioner.Summary> broadcast;

    Groups(Dataset<Tuple2<String, String>> results,
        Dataset<Tuple3<String, ClaimRecord, DocumentRecord>> keyed, Partitioner.Summary run,
        Dataset<?> joined, Broadcast<Partitioner.Summary> broadcast) {
      this.results = results;
      this.keyed = keyed;
      this.run = run;
      this.joined = joined;
      this.broadcast = broadcast;
    }

    @Override
    public void close() {
      results.unpersist();
      joined.unpersist();
      broadcast.destroy();
    }
  }

  /**
   * Keys and reconciles the groups: claims joined to their documents, one summary per data
   * partition merged on the driver and broadcast, every claim keyed, the claims hash-partitioned
   * by key (each key whole in one bucket: as many buckets as shuffle partitions) and each
   * bucket reconciled with one {@code reconcilePartition} call on an executor (a run of news
   * has about as many keys as groups: one engine per bucket, not per key). The results are
   * cached: reading them twice (parts and combine) runs the job once.
   */
  Groups groups(Dataset<ClaimRecord> claims, Dataset<DocumentRecord> documents) {
    Settings s = settings;
    Dataset<Tuple2<ClaimRecord, DocumentRecord>> joined = claims.joinWith(documents,
        claims.col("document").equalTo(documents.col("id")), "left_outer")
        .persist(StorageLevel.MEMORY_AND_DISK());
    Partitioner.Summary run = s.partitioner().emptySummary();
    for (Partitioner.Summary p : joined.mapPartitions(
        (MapPartitionsFunction<Tuple2<ClaimRecord, DocumentRecord>, Partitioner.Summary>) it ->
            List.of(summarize(s, it)).iterator(),
        Encoders.javaSerialization(Partitioner.Summary.class)).collectAsList()) {
      run = run.merge(p);
    }
    Broadcast<Partitioner.Summary> b = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(run);
    Dataset<Tuple3<String, ClaimRecord, DocumentRecord>> keyed = joined.map(
        (MapFunction<Tuple2<ClaimRecord, DocumentRecord>, Tuple3<String, ClaimRecord,
            DocumentRecord>>) t -> new Tuple3<>(s.partitioner().key(t._1().toClaim(),
                metadata(t._2()), b.value()), t._1(), t._2()), KEYED);
    int buckets = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    Dataset<Tuple2<String, String>> results = keyed.repartition(buckets, keyed.col("_1"))
        .mapPartitions((MapPartitionsFunction<Tuple3<String, ClaimRecord, DocumentRecord>,
            Tuple2<String, String>>) it -> reconcileBucket(s, b.value(), it),
            Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    return new Groups(results, keyed, run, joined, b);
  }

  /** Reconciles the claims of a bucket of whole keys in one call; none for an empty bucket. */
  static Iterator<Tuple2<String, String>> reconcileBucket(Settings s, Partitioner.Summary run,
      Iterator<Tuple3<String, ClaimRecord, DocumentRecord>> it) {
    if (!it.hasNext()) {
      return java.util.Collections.emptyIterator();
    }
    List<Claim> claims = new ArrayList<>();
    Map<String, DocumentMetadata> docs = new LinkedHashMap<>();
    String least = null;
    while (it.hasNext()) {
      Tuple3<String, ClaimRecord, DocumentRecord> t = it.next();
      if (least == null || t._1().compareTo(least) < 0) {
        least = t._1();
      }
      claims.add(t._2().toClaim());
      if (t._3() != null) {
        docs.putIfAbsent(t._3().getId(), t._3().toMetadata());
      }
    }
    Reconciliation r = s.partitioner().reconcilePartition(claims, docs.values(), run);
    return List.of(new Tuple2<>(least, ReconciliationJson.write(r))).iterator();
  }

  static DocumentMetadata metadata(DocumentRecord r) {
    return r == null ? null : r.toMetadata();
  }

  /** Reads (claim, document) pairs into the claims and each document's metadata, once. */
  private static void drain(Iterator<Tuple2<ClaimRecord, DocumentRecord>> it, List<Claim> claims,
      Map<String, DocumentMetadata> docs) {
    while (it.hasNext()) {
      Tuple2<ClaimRecord, DocumentRecord> t = it.next();
      claims.add(t._1().toClaim());
      if (t._2() != null) {
        docs.putIfAbsent(t._2().getId(), t._2().toMetadata());
      }
    }
  }

  static Partitioner.Summary summarize(Settings s,
      Iterator<Tuple2<ClaimRecord, DocumentRecord>> it) {
    List<Claim> claims = new ArrayList<>();
    Map<String, DocumentMetadata> docs = new LinkedHashMap<>();
    drain(it, claims, docs);
    return s.partitioner().summarize(claims, docs.values());
  }

  static Tuple2<String, String> reconcileGroup(Settings s, Partitioner.Summary run, String key,
      Iterator<Tuple2<ClaimRecord, DocumentRecord>> it) {
    List<Claim> claims = new ArrayList<>();
    Map<String, DocumentMetadata> docs = new LinkedHashMap<>();
    drain(it, claims, docs);
    Reconciliation r = s.partitioner().reconcilePartition(claims, docs.values(), run);
    return new Tuple2<>(key, ReconciliationJson.write(r));
  }

  /** Joins the groups' results on the driver, in key order. */
  Reconciliation combine(List<Tuple2<String, String>> results, Collection<DocumentMetadata> all,
      Map<String, String> storyTitles, Partitioner.Summary run) {
    List<Tuple2<String, String>> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(Tuple2::_1));
    List<Reconciliation> parts = new ArrayList<>(sorted.size());
    for (Tuple2<String, String> t : sorted) {
      parts.add(ReconciliationJson.read(new StringReader(t._2())));
    }
    return settings.partitioner().combine(all, storyTitles, parts, run);
  }

  /** One line of JSON for each group: the groups of each bucket in the library's order. */
  static Dataset<String> groupLines(Dataset<Tuple2<String, String>> results) {
    return results.sort(results.col("_1")).flatMap(
        (FlatMapFunction<Tuple2<String, String>, String>) t -> {
          JsonNode groups = Json.MAPPER.readTree(t._2()).path("groups");
          List<String> lines = new ArrayList<>(groups.size());
          for (JsonNode g : groups) {
            lines.add(Json.MAPPER.writeValueAsString(g));
          }
          return lines.iterator();
        }, Encoders.STRING());
  }

  /** The shared Jackson mapper (thread-safe once configured). */
  static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}
  }

  /** Stops the session if {@link #local()} made it. */
  @Override
  public void close() {
    if (owned) {
      spark.stop();
    }
  }
}
