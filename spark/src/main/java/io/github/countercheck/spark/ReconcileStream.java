package io.github.countercheck.spark;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.Partitioner;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.story.DocumentFeatures;
import io.github.countercheck.reconcile.story.StoryTracker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.Tuple3;

/**
 * A reconciliation kept up to date as articles arrive: Spark Structured Streaming over a folder
 * of JSON Lines of articles (the fields of {@link Article}); each micro-batch extracts the new
 * articles' claims, tells them into stories and re-reconciles only the groups (partition keys)
 * it touches; {@link #result()} is at any time what one batch reconciliation of every article so
 * far gives, byte for byte, when the articles arrived in publication order.
 *
 * <pre>{@code
 * try (ReconcileStream s = SparkCountercheck.local().stream("incoming/", "checkpoint/")) {
 *   s.processAvailable();                  // or let it run: micro-batches as files arrive
 *   Reconciliation now = s.result();
 * }
 * }</pre>
 *
 * <h2>What a micro-batch does</h2>
 *
 * <ol>
 *   <li>Its articles are extracted and their story features read on the executors; the driver's
 *       {@link StoryTracker}, kept across batches, takes them in publication order (the
 *       clusterer is a single pass built for streams: a document's story never changes once
 *       given).
 *   <li>The run's summary becomes the old one merged with the batch's ({@code
 *       Partitioner.Summary.merge} is associative and commutative, so the merged summary is the
 *       summary of everything).
 *   <li>{@code Partitioner.change(before, after)} names what a key or a group's result reads of
 *       the summary and that changed: the blocks whose subject classes, places or days changed
 *       (their claims may move to other keys: a claim with no place that joined a block's only
 *       place has none once a second place arrives), the voices and outlets whose run-wide name
 *       (first wording, first spelling) changed, and whether any document names a story (every
 *       key, once at most). The old claims of changed blocks are keyed again; the touched keys
 *       are the new claims' keys and, before and after, the keys of every old claim the change
 *       {@code affects}. Every other key keeps its claims, its block's facts and its names, so
 *       its old result is what reconciling it again would give. (In the test's five batches of
 *       the development set twice over, the later batches reconciled 166 of 317, 149 of 459, 135
 *       of 589 and 103 of 692 keys; before, with one opaque summary, every key every time.)
 *   <li>The touched keys' groups are reconciled ({@code reconcilePartition}) on the executors and
 *       replace their old results; a key left without claims is dropped.
 * </ol>
 *
 * <p>The claims so far stay on the cluster (cached and checkpointed locally each batch); the
 * driver holds the tracker, every document's metadata and each key's result as compact JSON.
 * Arrival order: the stories equal a batch run's when each micro-batch is later in publication
 * time than the ones before (a feed), and a user's story id is reserved from the batch that
 * names it on, not before. Not thread-safe: one caller, or the query's own thread.
 */
public final class ReconcileStream implements AutoCloseable {
  private static final Encoder<Tuple3<String, ClaimRecord, DocumentRecord>> KEYED =
      GroupJob.KEYED;

  private final SparkCountercheck engine;
  private final SparkSession spark;
  private final Settings settings;
  private final StoryTracker tracker;
  private final Map<String, DocumentMetadata> documents = new LinkedHashMap<>();
  private final Map<String, String> results = new HashMap<>();
  private Partitioner.Summary run;
  private Dataset<Tuple3<String, ClaimRecord, DocumentRecord>> state;
  private StreamingQuery query;
  private long batches;
  private int lastTouched;
  private boolean lastRefreshedAll;
  private Partitioner.Change lastChange;

  ReconcileStream(SparkCountercheck engine, Settings settings) {
    this.engine = engine;
    this.spark = engine.session();
    this.settings = settings;
    this.tracker = Workers.clusterer().tracker();
    this.run = settings.partitioner().emptySummary();
    this.state = spark.createDataset(List.of(), KEYED);
  }

  /** Starts the query over a folder; one file a micro-batch at most. */
  ReconcileStream start(String folder, String checkpoint) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(checkpoint, "checkpoint");
    Dataset<Article> incoming = spark.readStream().schema(SparkCountercheck.ARTICLE_SCHEMA)
        .option("maxFilesPerTrigger", 1).json(folder).as(SparkCountercheck.ARTICLE);
    try {
      query = incoming.writeStream()
          .option("checkpointLocation", checkpoint)
          .foreachBatch((VoidFunction2<Dataset<Article>, Long>) (batch, id) -> add(batch))
          .start();
    } catch (TimeoutException e) {
      throw new IllegalStateException("the streaming query did not start: " + e, e);
    }
    return this;
  }

  /**
   * Waits until every file now in the folder has been processed.
   *
   * @throws IllegalStateException if the query failed (its cause attached)
   */
  public void processAvailable() {
    try {
      query.processAllAvailable();
    } catch (Exception e) {   // Scala throws StreamingQueryException without declaring it
      if (e instanceof StreamingQueryException q) {
        throw new IllegalStateException("the streaming query failed: " + q.getMessage(), q);
      }
      throw e;
    }
  }

  /**
   * Adds a batch of articles: what each micro-batch of the query does; callable directly to feed
   * batches by hand.
   *
   * @param batch the articles, with ids not seen before
   */
  public synchronized void add(Dataset<Article> batch) {
    Dataset<Article> articles = batch.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      addStories(articles);
      Dataset<DocumentRecord> docs = documentRecords(articles);
      remember(docs);
      Dataset<ClaimRecord> claims = engine.extract(articles);
      Dataset<Tuple2<ClaimRecord, DocumentRecord>> joined = claims.joinWith(docs,
          claims.col("document").equalTo(docs.col("id")), "left_outer")
          .persist(StorageLevel.MEMORY_AND_DISK());
      Settings s = settings;
      Partitioner.Summary before = run;
      Partitioner.Summary after = merged(s, joined, before);
      Broadcast<Partitioner.Summary> b = JavaSparkContext.fromSparkContext(spark.sparkContext())
          .broadcast(after);
      Dataset<Tuple3<String, ClaimRecord, DocumentRecord>> fresh = joined.map(
          (MapFunction<Tuple2<ClaimRecord, DocumentRecord>, Tuple3<String, ClaimRecord,
              DocumentRecord>>) t -> new Tuple3<>(s.partitioner().key(t._1().toClaim(),
                  GroupJob.metadata(t._2()), b.value()), t._1(), t._2()), KEYED);
      // the keys whose result this batch can change: the new claims' keys, and (when the summary
      // changed) the keys, before and after, of the old claims the change affects
      Set<String> touched = new HashSet<>(fresh.select("_1").distinct().as(Encoders.STRING())
          .collectAsList());
      Partitioner.Change change = s.partitioner().change(before, after);
      Dataset<Tuple3<String, ClaimRecord, DocumentRecord>> kept = state;
      if (!change.isEmpty()) {
        kept = rekeyed(s, change, b, touched);
      }
      Dataset<Tuple3<String, ClaimRecord, DocumentRecord>> all =
          kept.union(fresh).localCheckpoint(true);
      List<Tuple2<String, String>> redone = reconciled(s, b, all, touched);
      results.keySet().removeAll(touched);
      for (Tuple2<String, String> t : redone) {
        results.put(t._1(), t._2());
      }
      Dataset<Tuple3<String, ClaimRecord, DocumentRecord>> old = state;
      state = all;
      old.unpersist();
      joined.unpersist();
      docs.unpersist();
      run = after;
      batches++;
      lastTouched = redone.size();
      lastRefreshedAll = redone.size() == results.size();
      lastChange = change;
    } finally {
      articles.unpersist();
    }
  }

  /** The articles' metadata, each with the story it was told apart into (persisted). */
  private Dataset<DocumentRecord> documentRecords(Dataset<Article> articles) {
    Broadcast<HashMap<String, String>> stories = JavaSparkContext
        .fromSparkContext(spark.sparkContext()).broadcast(storiesOf(articles));
    return articles.map((MapFunction<Article, DocumentRecord>) a ->
        DocumentRecord.of(a, stories.value().get(a.getId())), SparkCountercheck.DOCUMENT).persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Keeps each document's metadata, rejecting a document given twice with other metadata. */
  private void remember(Dataset<DocumentRecord> docs) {
    for (DocumentMetadata m : GroupJob.collectDocuments(docs)) {
      GroupJob.remember(documents, m);
    }
  }

  /** The run's summary with the batch's claims added, summarized partition by partition. */
  private static Partitioner.Summary merged(Settings s,
      Dataset<Tuple2<ClaimRecord, DocumentRecord>> joined, Partitioner.Summary before) {
    Partitioner.Summary after = before;
    for (Partitioner.Summary p : joined.mapPartitions(
        (org.apache.spark.api.java.function.MapPartitionsFunction<
            Tuple2<ClaimRecord, DocumentRecord>, Partitioner.Summary>) it ->
            List.of(GroupJob.summarize(s, it)).iterator(),
        Encoders.javaSerialization(Partitioner.Summary.class)).collectAsList()) {
      after = after.merge(p);
    }
    return after;
  }

  /**
   * The claims kept so far under their keys after the summary's change, adding to {@code touched}
   * the keys, before and after, of those the change affects.
   */
  private Dataset<Tuple3<String, ClaimRecord, DocumentRecord>> rekeyed(Settings s,
      Partitioner.Change change, Broadcast<Partitioner.Summary> b, Set<String> touched) {
    Broadcast<Partitioner.Change> ch = JavaSparkContext
        .fromSparkContext(spark.sparkContext()).broadcast(change);
    touched.addAll(state.flatMap(
        (FlatMapFunction<Tuple3<String, ClaimRecord, DocumentRecord>, String>) t -> {
          Claim c = t._2().toClaim();
          DocumentMetadata m = GroupJob.metadata(t._3());
          if (!s.partitioner().affects(c, m, ch.value())) {
            return Collections.emptyIterator();
          }
          return (s.partitioner().rekeys(c, m, ch.value())
              ? List.of(t._1(), s.partitioner().key(c, m, b.value())) : List.of(t._1()))
              .iterator();
        }, Encoders.STRING()).distinct().collectAsList());
    return state.map(
        (MapFunction<Tuple3<String, ClaimRecord, DocumentRecord>, Tuple3<String, ClaimRecord,
            DocumentRecord>>) t -> {
          Claim c = t._2().toClaim();
          DocumentMetadata m = GroupJob.metadata(t._3());
          return s.partitioner().rekeys(c, m, ch.value())
              ? new Tuple3<>(s.partitioner().key(c, m, b.value()), t._2(), t._3()) : t;
        }, KEYED);
  }

  /** The groups of the touched keys, reconciled anew: each key with its result. */
  private List<Tuple2<String, String>> reconciled(Settings s, Broadcast<Partitioner.Summary> b,
      Dataset<Tuple3<String, ClaimRecord, DocumentRecord>> all, Set<String> touched) {
    Broadcast<HashSet<String>> keys = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new HashSet<>(touched));
    Dataset<Tuple3<String, ClaimRecord, DocumentRecord>> regroup = all.filter(
        (FilterFunction<Tuple3<String, ClaimRecord, DocumentRecord>>) t ->
            keys.value().contains(t._1()));
    return regroup
        .groupByKey((MapFunction<Tuple3<String, ClaimRecord, DocumentRecord>, String>) t ->
            t._1(), Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, Tuple3<String, ClaimRecord, DocumentRecord>,
            Tuple2<String, String>>) (key, it) -> GroupJob.reconcileGroup(s,
                b.value(), key, new Pairs(it)),
            Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
        .collectAsList();
  }

  /** The tuples of a group as (claim, document) pairs. */
  private static final class Pairs
      implements java.util.Iterator<Tuple2<ClaimRecord, DocumentRecord>> {
    private final java.util.Iterator<Tuple3<String, ClaimRecord, DocumentRecord>> it;

    Pairs(java.util.Iterator<Tuple3<String, ClaimRecord, DocumentRecord>> it) {
      this.it = it;
    }

    @Override
    public boolean hasNext() {
      return it.hasNext();
    }

    @Override
    public Tuple2<ClaimRecord, DocumentRecord> next() {
      Tuple3<String, ClaimRecord, DocumentRecord> t = it.next();
      return new Tuple2<>(t._2(), t._3());
    }
  }

  /** Reads the batch's story features on the executors and adds them to the tracker in order. */
  private void addStories(Dataset<Article> articles) {
    List<byte[]> read = articles.map((MapFunction<Article, byte[]>) a ->
        Workers.clusterer().features(a.toDocument()).toBytes(), Encoders.BINARY()).collectAsList();
    List<DocumentFeatures> features = new ArrayList<>(read.size());
    for (byte[] b : read) {
      features.add(DocumentFeatures.fromBytes(b));
    }
    features.sort(DocumentFeatures.PUBLICATION_ORDER);
    for (DocumentFeatures f : features) {
      if (f.story() != null) {
        tracker.reserve(f.story());
      }
    }
    for (DocumentFeatures f : features) {
      tracker.add(f);
    }
  }

  private HashMap<String, String> storiesOf(Dataset<Article> articles) {
    HashMap<String, String> out = new HashMap<>();
    Map<String, String> all = tracker.stories().byDocument();
    for (String id : articles.select("id").as(Encoders.STRING()).collectAsList()) {
      String s = all.get(id);
      if (s != null) {
        out.put(id, s);
      }
    }
    return out;
  }

  /**
   * The reconciliation of every article so far: the keys' results joined ({@code
   * Partitioner.combine}) on the driver.
   *
   * @return the reconciliation
   */
  public synchronized Reconciliation result() {
    List<Tuple2<String, String>> parts = new ArrayList<>(results.size());
    for (Map.Entry<String, String> e : results.entrySet()) {
      parts.add(new Tuple2<>(e.getKey(), e.getValue()));
    }
    return GroupJob.combine(settings, parts, documents.values(), tracker.stories().titles(), run);
  }

  /** @return the micro-batches processed so far */
  public synchronized long batches() {
    return batches;
  }

  /** @return how many keys the last micro-batch reconciled */
  public synchronized int lastTouchedKeys() {
    return lastTouched;
  }

  /** @return whether the last micro-batch re-reconciled every key that holds claims */
  public synchronized boolean lastRefreshedAll() {
    return lastRefreshedAll;
  }

  /**
   * @return what the last micro-batch changed in the run's summary (the blocks re-keyed, the
   *     voices and outlets renamed), or null before the first
   */
  public synchronized Partitioner.Change lastChange() {
    return lastChange;
  }

  /** @return how many keys hold results */
  public synchronized int keys() {
    return results.size();
  }

  /** Stops the query (the session stays). */
  @Override
  public void close() {
    if (query != null) {
      try {
        query.stop();
      } catch (TimeoutException e) {
        throw new IllegalStateException("the streaming query did not stop: " + e, e);
      }
    }
    state.unpersist();
  }

  @Override
  public String toString() {
    return "ReconcileStream[" + batches + " batches, " + documents.size() + " documents, "
        + results.size() + " keys]";
  }
}
