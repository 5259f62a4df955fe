package io.github.countercheck.spark;

import io.github.countercheck.reconcile.Reconciliation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The application {@code spark-submit} runs: {@link SparkCountercheck#run(Inputs, Outputs)} on the
 * session of the cluster.
 *
 * <pre>
 * spark-submit --class io.github.countercheck.spark.SparkMain --master yarn \
 *   spark/target/countercheck-spark-all.jar \
 *   --articles 'hdfs:///news/2013/*.jsonl' --parts hdfs:///countercheck/groups --json out.json
 * </pre>
 *
 * <p>Arguments: {@code --articles PATH} (JSON Lines of articles, as Spark reads paths),
 * {@code --folder DIR} (a folder of {@code *.txt} with its manifests, read on the driver),
 * {@code --claims PATH} (claims JSON Lines instead of extraction), {@code --json FILE} (the
 * contract's JSON, written on the driver), {@code --parts DIR} (one group a line, written by the
 * executors), {@code --window-days N}; each may repeat but the outputs.
 */
public final class SparkMain {
  private SparkMain() {}

  /**
   * Runs the job.
   *
   * @param args the arguments above
   * @throws IllegalArgumentException if an argument is unknown or lacks its value
   */
  public static void main(String[] args) {
    List<Path> folders = new ArrayList<>();
    List<String> articles = new ArrayList<>();
    List<String> claims = new ArrayList<>();
    Path json = null;
    String parts = null;
    int windowDays = 7;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(a + " needs a value");
      }
      String v = args[++i];
      switch (a) {
        case "--folder" -> folders.add(Path.of(v));
        case "--articles" -> articles.add(v);
        case "--claims" -> claims.add(v);
        case "--json" -> json = Path.of(v);
        case "--parts" -> parts = v;
        case "--window-days" -> windowDays = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown argument " + a + " (--folder,"
            + " --articles, --claims, --json, --parts, --window-days)");
      }
    }
    SparkSession spark = SparkSession.builder().appName("countercheck").getOrCreate();
    try {
      SparkCountercheck cc = SparkCountercheck.on(spark).reconciler(
          io.github.countercheck.reconcile.Reconciler.builder().windowDays(windowDays).build());
      Reconciliation r = cc.run(new Inputs(folders, articles, claims), new Outputs(json, parts));
      System.out.printf(Locale.ROOT, "countercheck: %d claims in %d groups, %d stories%n",
          r.claimCount(), r.groups().size(), r.stories().size());
    } finally {
      spark.stop();
    }
  }
}
