package io.github.countercheck.spark;

import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.core.Document;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.storage.StorageLevel;

/**
 * The timed run of BENCHMARKS.md ("Spark"): claims per second of the single-JVM library and of
 * the Spark job on {@code local[1]} and {@code local[2]}, on the same inputs, in one JVM, each
 * engine warmed up once and timed {@code repeats} times (the median is reported). Two stages:
 * reconciliation of {@code n} generated claims (with stories), and extraction of the development
 * set {@code k} times over. Not a test: run it with {@code main} (see BENCHMARKS.md).
 */
final class ScaleRun {
  private ScaleRun() {}

  /**
   * @param args claims to reconcile (default 200000), devset copies to extract (default 20),
   *     repeats (default 3)
   * @throws IOException if the devset cannot be read
   */
  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int copies = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Generated g = new Generated(n, 2026);
    List<Document> docs = Devset.documents(copies);
    Reconciler reconciler = Reconciler.create();
    ClaimExtractor extractor = ClaimExtractor.create();
    System.out.printf(Locale.ROOT, "# %d generated claims, %d documents; %d devset articles; load %s%n",
        g.claims.size(), g.documents.size(), docs.size(), load());

    String expected = ReconciliationJson.write(
        reconciler.reconcile(g.claims, g.documents, g.titles));
    double[] jvm = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long t = System.nanoTime();
      reconciler.reconcile(g.claims, g.documents, g.titles);
      jvm[i] = seconds(t);
    }
    report("reconcile", "jvm", g.claims.size(), jvm);
    int found = 0;
    for (Document d : docs) {
      found += extractor.extract(d).size();
    }
    double[] jvmExtract = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long t = System.nanoTime();
      int c = 0;
      for (Document d : docs) {
        c += extractor.extract(d).size();
      }
      jvmExtract[i] = seconds(t);
      found = c;
    }
    report("extract", "jvm", found, jvmExtract);

    for (String master : new String[] {"local[1]", "local[2]"}) {
      try (SparkCountercheck cc = SparkCountercheck.local(master)) {
        List<ClaimRecord> c = new ArrayList<>();
        g.claims.forEach(x -> c.add(ClaimRecord.of(x)));
        List<DocumentRecord> d = new ArrayList<>();
        g.documents.forEach(x -> d.add(DocumentRecord.of(x)));
        Dataset<ClaimRecord> claims = cc.session().createDataset(c, SparkCountercheck.CLAIM)
            .repartition(8).persist(StorageLevel.MEMORY_ONLY());
        Dataset<DocumentRecord> documents = cc.session()
            .createDataset(d, SparkCountercheck.DOCUMENT).repartition(8)
            .persist(StorageLevel.MEMORY_ONLY());
        claims.count();
        documents.count();
        Reconciliation warm = cc.reconcile(claims, documents, g.titles);
        if (!ReconciliationJson.write(warm).equals(expected)) {
          throw new AssertionError(master + " differs from the single JVM");
        }
        double[] times = new double[repeats];
        for (int i = 0; i < repeats; i++) {
          long t = System.nanoTime();
          cc.reconcile(claims, documents, g.titles);
          times[i] = seconds(t);
        }
        report("reconcile", master, g.claims.size(), times);

        List<Article> a = new ArrayList<>();
        docs.forEach(x -> a.add(Article.of(x)));
        Dataset<Article> articles = cc.session().createDataset(a, SparkCountercheck.ARTICLE)
            .repartition(8).persist(StorageLevel.MEMORY_ONLY());
        articles.count();
        long sparkFound = cc.extract(articles).count();
        double[] ext = new double[repeats];
        for (int i = 0; i < repeats; i++) {
          long t = System.nanoTime();
          sparkFound = cc.extract(articles).count();
          ext[i] = seconds(t);
        }
        if (sparkFound != found) {
          throw new AssertionError(master + " found " + sparkFound + " claims, not " + found);
        }
        report("extract", master, found, ext);
      }
    }
    System.out.printf(Locale.ROOT, "# load at the end %s%n", load());
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void report(String stage, String engine, long items, double[] times) {
    double[] s = times.clone();
    java.util.Arrays.sort(s);
    double median = s[s.length / 2];
    System.out.printf(Locale.ROOT, "%-9s %-8s %,9d claims  median %7.3f s  (%s)  %,10.0f claims/s%n",
        stage, engine, items, median, java.util.Arrays.toString(times).replaceAll("(\\.\\d{3})\\d+", "$1"),
        items / median);
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return String.format(Locale.ROOT, "%.2f",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }
}
