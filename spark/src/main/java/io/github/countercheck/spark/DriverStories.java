package io.github.countercheck.spark;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.story.DocumentFeatures;
import io.github.countercheck.reconcile.story.Stories;
import io.github.countercheck.reconcile.story.StoryTracker;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple5;

/**
 * The story step of a Spark job ({@link SparkCountercheck#stories}): each document's features
 * read on the executors, sorted by publication time on the cluster and streamed to the driver a
 * partition at a time, where one {@code StoryTracker} takes them in order.
 */
final class DriverStories {

  private DriverStories() {}

  /**
   * The stories of articles, as {@code StoryClusterer.create().cluster(documents)} tells them.
   *
   * @param articles the articles, with distinct ids
   * @return the story of each article and each story's title
   * @throws IllegalArgumentException if two articles share an id
   */
  static Stories of(Dataset<Article> articles) {
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
}
