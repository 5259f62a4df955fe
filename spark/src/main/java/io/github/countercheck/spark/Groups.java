package io.github.countercheck.spark;

import io.github.countercheck.reconcile.Partitioner;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The groups of a run: the reconciliation of each bucket of keys as JSON (labelled by its
 * least key), the keyed claims, and the run's summary.
 */
final class Groups implements AutoCloseable {
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
