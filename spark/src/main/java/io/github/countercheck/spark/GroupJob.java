package io.github.countercheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.Partitioner;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The reconciliation step of a Spark job, shared by the batch run ({@link SparkCountercheck})
 * and the stream ({@link ReconcileStream}): claims joined to their documents' metadata, the
 * run's {@code Partitioner.Summary} merged from one per data partition, every claim keyed, each
 * bucket of whole keys reconciled on an executor and the results joined on the driver.
 */
final class GroupJob {

  private GroupJob() {}

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
      Encoders.STRING(), SparkCountercheck.CLAIM, SparkCountercheck.DOCUMENT);

  /**
   * Keys and reconciles the groups: claims joined to their documents, one summary per data
   * partition merged on the driver and broadcast, every claim keyed, the claims hash-partitioned
   * by key (each key whole in one bucket: as many buckets as shuffle partitions) and each
   * bucket reconciled with one {@code reconcilePartition} call on an executor (a run of news
   * has about as many keys as groups: one engine per bucket, not per key). The results are
   * cached: reading them twice (parts and combine) runs the job once.
   */
  static Groups groups(SparkSession spark, Settings s, Dataset<ClaimRecord> claims,
      Dataset<DocumentRecord> documents) {
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
      return Collections.emptyIterator();
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
  static Reconciliation combine(Settings settings, List<Tuple2<String, String>> results,
      Collection<DocumentMetadata> all, Map<String, String> storyTitles, Partitioner.Summary run) {
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
}
