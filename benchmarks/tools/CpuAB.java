import java.lang.invoke.*;
import java.lang.management.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/**
 * Thread CPU time of extraction, two builds side by side in one process, their passes over a
 * folder of articles interleaved (the first of a round alternates). A scratch harness beside JMH
 * for ratios too small for JMH's errors on a shared host; it is not part of the build.
 *
 * <p>Usage, from the repository root, with two benchmarks jars (`mvn -o -q package -pl benchmarks
 * -am -DskipTests`, each copied aside):
 * {@code java -Xmx3g benchmarks/tools/CpuAB.java ../shared/corpus/arabic-news-2013 A.jar B.jar WARM ROUNDS}.
 * The second jar of a pair tends to run a few % faster: run both orders and take the square root
 * of the quotient of the two medians. It prints each jar's median pass, its × the floor (the same
 * loop as {@code TextBenchmark.floor}, timed in the same rounds) and the B/A ratio's median and
 * quartiles; it says so when the two builds find different claim counts.
 */
public class CpuAB {
  static long sink;
  static final class Side {
    final String name; final Object extractor; final MethodHandle extract; final Object[] docs;
    Side(String jar, List<String[]> texts) throws Throwable {
      name = jar;
      URLClassLoader cl = new URLClassLoader(new URL[]{Paths.get(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> ce = cl.loadClass("io.github.countercheck.claims.ClaimExtractor");
      Class<?> doc = cl.loadClass("io.github.countercheck.core.Document");
      extractor = ce.getMethod("create").invoke(null);
      MethodHandle of = MethodHandles.publicLookup().findStatic(doc, "of", MethodType.methodType(doc, String.class, String.class));
      docs = new Object[texts.size()];
      for (int i = 0; i < docs.length; i++) docs[i] = of.invoke(texts.get(i)[0], texts.get(i)[1]);
      extract = MethodHandles.publicLookup().findVirtual(ce, "extract", MethodType.methodType(List.class, doc)).bindTo(extractor)
          .asType(MethodType.methodType(List.class, Object.class));
    }
    long pass() throws Throwable {
      long n = 0;
      for (Object d : docs) n += ((List<?>) extract.invokeExact(d)).size();
      return n;
    }
  }
  static int floor(String text) {
    int count = 0;
    for (int i = 0, n = text.length(); i < n; i++) { char c = text.charAt(i); if (c >= '\u0621' && c <= '\u064A') count++; }
    return count;
  }
  public static void main(String[] a) throws Throwable {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(Paths.get(a[0]), "*.txt")) { ds.forEach(files::add); }
    Collections.sort(files);
    List<String[]> texts = new ArrayList<>(); long bytes = 0;
    for (Path p : files) { String t = Files.readString(p); texts.add(new String[]{p.getFileName().toString(), t}); bytes += t.getBytes(StandardCharsets.UTF_8).length; }
    Side A = new Side(a[1], texts), B = new Side(a[2], texts);
    int warm = Integer.parseInt(a[3]), rounds = Integer.parseInt(a[4]);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < warm; r++) { sink += A.pass(); sink += B.pass(); }
    long ca = A.pass(), cb = B.pass();
    if (ca != cb) System.out.println("CLAIM COUNTS DIFFER " + ca + " " + cb);
    double[] ta = new double[rounds], tb = new double[rounds], ratio = new double[rounds], tf = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      Side first = r % 2 == 0 ? A : B, second = r % 2 == 0 ? B : A;
      long t0 = mx.getCurrentThreadCpuTime(); sink += first.pass();
      long t1 = mx.getCurrentThreadCpuTime(); sink += second.pass();
      long t2 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < 10; k++) for (String[] t : texts) sink += floor(t[1]);
      long t3 = mx.getCurrentThreadCpuTime();
      double f = (t1 - t0) / 1e9, s = (t2 - t1) / 1e9;
      ta[r] = first == A ? f : s; tb[r] = first == A ? s : f; ratio[r] = tb[r] / ta[r]; tf[r] = (t3 - t2) / 10e9;
    }
    double[] sa = ta.clone(), sb = tb.clone(), sr = ratio.clone(), sf = tf.clone();
    Arrays.sort(sa); Arrays.sort(sb); Arrays.sort(sr); Arrays.sort(sf);
    int m = rounds / 2;
    System.out.printf("A %s: %.3f s/pass (%.1f MB/s, %.1fx floor)%nB %s: %.3f s/pass (%.1f MB/s, %.1fx floor)%nfloor %.4f s (%.0f MB/s)%nB/A time ratio median %.3f (quartiles %.3f..%.3f) over %d rounds%n",
        A.name, sa[m], bytes / sa[m] / 1e6, sa[m] / sf[m], B.name, sb[m], bytes / sb[m] / 1e6, sb[m] / sf[m], sf[m], bytes / sf[m] / 1e6,
        sr[m], sr[rounds / 4], sr[3 * rounds / 4], rounds);
  }
}
