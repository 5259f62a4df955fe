package io.github.countercheck.benchmarks;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.story.StoryClusterer;
import io.github.countercheck.reconcile.story.StoryTracker;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Story clustering of a stream of generated news at growing sizes: the score is streams per
 * second, the {@link Volume} counter {@code found} documents per second (the figure to read).
 *
 * <p>The documents are generated once in {@link #generate()} with a fixed seed: a vocabulary of
 * {@value #VOCABULARY} made-up Arabic words drawn with Zipf frequencies (exponent 1), stories that
 * start as a Poisson stream and bring their documents in bursts over hours (sizes geometric, mean
 * about three, as in labelled news where most stories are told once), {@value #DOCS_PER_DAY}
 * documents a day. A document is a headline of eight words and a body of a hundred, a third of
 * them the story's own words (its topic, place and figures), the rest background words. The texts
 * of {@value #POOL} documents (twenty days) are generated and cycled, each cycle twenty days
 * later than the one before, so that a million documents make about three years of news and the
 * generator's memory does not grow with the size; stories past the clusterer's horizon (four
 * days) are closed long before a text comes back.
 *
 * <p>Each operation clusters the whole stream with a new tracker. At a million documents an
 * operation outlasts an iteration, so each iteration is one operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class StoryBenchmark {
  static final int VOCABULARY = 30_000;
  static final int POOL = 20_000;
  static final int DOCS_PER_DAY = 1_000;
  private static final int TITLE_WORDS = 8;
  private static final int BODY_WORDS = 100;
  private static final char[] LETTERS =
      "ابتثجحخدذرزسشصضطظعغفقكلمنهوي".toCharArray();
  private static final String[] PLACES = {
    "القاهرة", "الإسكندرية", "أسيوط", "بورسعيد", "السويس", "الجيزة", "دمياط", "المنصورة",
    "طنطا", "الأقصر", "أسوان", "سوهاج", "المنيا", "الفيوم", "بنها", "الزقازيق", "دمشق", "حلب",
    "بغداد", "غزة", "بيروت", "عدن", "صنعاء", "طرابلس", "تونس", "الخرطوم", "عمان", "الرياض",
  };

  /** How many documents one stream holds. */
  @Param({"10000", "1000000"})
  public int documents;

  private Document[] stream;
  private StoryClusterer clusterer;

  /** Generates the stream. */
  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom r = new SplittableRandom(14);
    String[] words = vocabulary(r);
    double[] zipf = zipf(words.length);
    List<String> texts = new ArrayList<>(POOL);
    long[] seconds = new long[POOL];
    pool(r, words, zipf, texts, seconds);
    long start = LocalDateTime.of(2013, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    long cycle = (long) POOL / DOCS_PER_DAY * 86_400L;
    stream = new Document[documents];
    for (int k = 0; k < documents; k++) {
      int i = k % POOL;
      long t = start + (k / POOL) * cycle + seconds[i];
      stream[k] = Document.builder("d" + k, texts.get(i)).language(Language.AR)
          .published(PublicationTime.of(
              LocalDateTime.ofInstant(Instant.ofEpochSecond(t), ZoneOffset.UTC)))
          .build();
    }
    clusterer = StoryClusterer.create();
    StoryTracker once = clusterer.tracker();
    for (int k = 0; k < Math.min(documents, POOL); k++) {
      once.add(stream[k]);
    }
    System.out.printf("%n# stories: %d documents, %d stories in the first %d%n", documents,
        once.storyCount(), Math.min(documents, POOL));
  }

  /**
   * Clusters the whole stream.
   *
   * @param v the volume counters ({@code found}: documents)
   * @return the number of stories
   */
  @Benchmark
  public int cluster(Volume v) {
    StoryTracker tracker = clusterer.tracker();
    for (Document d : stream) {
      tracker.add(d);
    }
    v.found += stream.length;
    return tracker.storyCount();
  }

  private static String[] vocabulary(SplittableRandom r) {
    Set<String> seen = new HashSet<>();
    String[] out = new String[VOCABULARY];
    int n = 0;
    while (n < out.length) {
      int len = 3 + r.nextInt(5);
      char[] w = new char[len];
      for (int i = 0; i < len; i++) {
        w[i] = LETTERS[r.nextInt(LETTERS.length)];
      }
      String s = new String(w);
      if (seen.add(s)) {
        out[n++] = s;
      }
    }
    return out;
  }

  /** Cumulative Zipf probabilities (exponent 1) over ranks. */
  private static double[] zipf(int n) {
    double[] c = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / (i + 1);
      c[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      c[i] /= sum;
    }
    return c;
  }

  private static String draw(SplittableRandom r, String[] words, double[] zipf) {
    int i = java.util.Arrays.binarySearch(zipf, r.nextDouble());
    return words[Math.min(words.length - 1, i < 0 ? -i - 1 : i)];
  }

  /** A story: its own words, place and figures, and the documents it has left to bring. */
  private record Topic(String[] words, String place, int[] figures, int[] left) {}

  private static void pool(SplittableRandom r, String[] words, double[] zipf, List<String> texts,
      long[] seconds) {
    List<Topic> open = new ArrayList<>();
    double t = 0;
    double gap = 86_400.0 / DOCS_PER_DAY;
    for (int k = 0; k < POOL; k++) {
      t += -Math.log(1 - r.nextDouble()) * gap;
      seconds[k] = (long) t;
      Topic topic;
      if (open.isEmpty() || r.nextDouble() < 0.35) {
        String[] own = new String[12];
        for (int i = 0; i < own.length; i++) {
          own[i] = words[200 + r.nextInt(words.length - 200)];
        }
        int size = 1 + (int) (-Math.log(1 - r.nextDouble()) * 2.5);
        topic = new Topic(own, PLACES[r.nextInt(PLACES.length)],
            new int[] {2 + r.nextInt(300), 2 + r.nextInt(50)}, new int[] {size});
        open.add(topic);
      } else {
        // a recent story more often than an old one
        int n = open.size();
        topic = open.get(n - 1 - Math.min(n - 1, (int) (-Math.log(1 - r.nextDouble()) * 4)));
      }
      if (--topic.left()[0] <= 0) {
        open.remove(topic);
      }
      texts.add(text(r, words, zipf, topic));
    }
  }

  private static String text(SplittableRandom r, String[] words, double[] zipf, Topic topic) {
    StringBuilder b = new StringBuilder(1024);
    for (int i = 0; i < TITLE_WORDS; i++) {
      b.append(i % 2 == 0 ? topic.words()[r.nextInt(topic.words().length)]
          : draw(r, words, zipf)).append(' ');
    }
    b.append("في ").append(topic.place()).append('\n');
    for (int i = 0; i < BODY_WORDS; i++) {
      double x = r.nextDouble();
      if (x < 0.3) {
        b.append(topic.words()[r.nextInt(topic.words().length)]);
      } else if (x < 0.32) {
        b.append('ب').append(topic.place());
      } else if (x < 0.34) {
        b.append(topic.figures()[r.nextInt(2)]);
      } else {
        b.append(draw(r, words, zipf));
      }
      b.append(i % 15 == 14 ? ". " : i % 6 == 5 ? "، " : " ");
    }
    return b.toString();
  }
}
