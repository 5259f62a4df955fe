package io.github.countercheck.spark;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.story.Stories;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;

/**
 * The command line's way in: {@code countercheck reconcile --engine spark[=MASTER]} reaches this
 * class by reflection (the command's jar does not depend on Spark; the launcher puts this module
 * and Spark on the class path only for that option), so that the command keeps its own reading,
 * filters, story modes and report formats and hands the three costly steps to Spark. Each step
 * takes and gives the library's own types, collected on the driver: the command holds them
 * anyway.
 */
public final class SparkCommand implements AutoCloseable {
  private final SparkCountercheck engine;

  private SparkCommand(SparkCountercheck engine) {
    this.engine = engine;
  }

  /**
   * Starts an embedded Spark.
   *
   * @param master {@code local}, {@code local[N]} or {@code local[*]}
   * @return the command's engine; close it to stop Spark
   * @throws IllegalArgumentException if the master is not a local one
   */
  public static SparkCommand open(String master) {
    return new SparkCommand(SparkCountercheck.local(master));
  }

  /**
   * Extracts the claims of documents on Spark.
   *
   * @param documents the documents
   * @return their claims, in no particular order
   */
  public List<Claim> extract(List<Document> documents) {
    List<ClaimRecord> records = engine.extract(articles(documents)).collectAsList();
    List<Claim> claims = new ArrayList<>(records.size());
    for (ClaimRecord r : records) {
      claims.add(r.toClaim());
    }
    return claims;
  }

  /**
   * Tells documents apart into stories on Spark, as {@code StoryClusterer.create().cluster} does.
   *
   * @param documents the documents, with distinct ids
   * @return their stories
   */
  public Stories stories(List<Document> documents) {
    return engine.stories(articles(documents));
  }

  /**
   * Reconciles claims on Spark, as {@code reconciler.reconcile(claims, documents, storyTitles)}
   * does.
   *
   * @param reconciler  the reconciler whose window and same-time span to use
   * @param claims      the claims
   * @param documents   their documents' metadata, with story ids
   * @param storyTitles story id to title
   * @return the reconciliation
   */
  public Reconciliation reconcile(Reconciler reconciler, List<Claim> claims,
      List<DocumentMetadata> documents, Map<String, String> storyTitles) {
    Objects.requireNonNull(claims, "claims");
    List<ClaimRecord> c = new ArrayList<>(claims.size());
    for (Claim claim : claims) {
      c.add(ClaimRecord.of(claim));
    }
    List<DocumentRecord> d = new ArrayList<>(documents.size());
    for (DocumentMetadata m : documents) {
      d.add(DocumentRecord.of(m));
    }
    SparkCountercheck cc = engine.reconciler(reconciler);
    return cc.reconcile(cc.distribute(c, SparkCountercheck.CLAIM),
        cc.distribute(d, SparkCountercheck.DOCUMENT), storyTitles);
  }

  private Dataset<Article> articles(List<Document> documents) {
    List<Article> articles = new ArrayList<>(documents.size());
    for (Document doc : documents) {
      articles.add(Article.of(doc));
    }
    return engine.distribute(articles, SparkCountercheck.ARTICLE);
  }

  /** Stops Spark. */
  @Override
  public void close() {
    engine.close();
  }
}
