package io.github.countercheck.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Relation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Reconciliation of generated claims at growing sizes, so the growth is visible: the score is
 * reconciliations per second, the {@link Volume} counter {@code found} claims per second.
 *
 * <p>Two warmup and two measured iterations of two seconds: at a million claims an operation
 * outlasts an iteration, so each iteration is one reconciliation, and the first is run while the
 * JIT compiles the engine and the heap grows to hold the claims and a result: it is not measured.
 * The fork runs with a fixed heap of 6 GB, touched before the first iteration: with the default
 * heap, G1 grew the heap while a million claims were reconciled and the kernel's page faults
 * on the fresh memory took a sixth of the time (async-profiler), which measured the operating
 * system's memory, not the engine; a service that reconciles millions of claims sizes its heap.
 *
 * <p>The claims are drawn with a fixed seed from distributions shaped like news (see
 * {@link #generate}): about four claims per document, outlets and places in Zipf proportions,
 * counts log-normal, most exact, and dates as a stream of news brings them, {@value
 * #CLAIMS_PER_DAY} claims a day (a year at a million claims, a day at a thousand). The claims of a
 * size then group as densely as those of any other, so that the time per claim shows how the
 * engine scales, not how crowded the groups of a fixed year become.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 2, time = 2)
public class ReconcileScaleBenchmark {

  /** How many claims are reconciled in one operation. */
  @Param({"1000", "100000", "1000000"})
  public int claims;

  /**
   * Documents per story: 0 gives no document a story (one pool, as before stories); K gives
   * each document one of about one story per K documents (see {@link #assignStories}), so the
   * engine blocks the claims by story first.
   */
  @Param({"0", "20"})
  public int stories;

  private List<Claim> generated;
  private List<DocumentMetadata> documents;
  private Map<String, String> storyTitles;
  private Reconciler reconciler;

  /** Generates the claims and their documents. */
  @Setup(Level.Trial)
  public void load() {
    generated = new ArrayList<>(claims);
    documents = new ArrayList<>();
    generate(claims, new SplittableRandom(6), placeNames(), generated, documents);
    storyTitles = new HashMap<>();
    if (stories > 0) {
      documents = assignStories(documents, stories, new SplittableRandom(14), storyTitles);
    }
    reconciler = Reconciler.create();
    System.out.printf("%n# reconcile: %d claims in %d documents, %d stories%n", generated.size(),
        documents.size(), storyTitles.size());
  }

  /**
   * Reconciles every generated claim.
   *
   * @param v the volume counters ({@code found}: claims)
   * @return the reconciliation
   */
  @Benchmark
  public Reconciliation reconcile(Volume v) {
    Reconciliation r = reconciler.reconcile(generated, documents, storyTitles);
    v.found += generated.size();
    return r;
  }

  /**
   * Reconciles every generated claim and reads every verdict's reason, as a pipeline that writes
   * the whole result does: the reasons are written in words when first read, so
   * {@link #reconcile} does not pay for them and this does.
   *
   * @param v the volume counters ({@code found}: claims)
   * @return the characters of all reasons
   */
  @Benchmark
  public long reconcileWithReasons(Volume v) {
    Reconciliation r = reconciler.reconcile(generated, documents, storyTitles);
    long chars = 0;
    for (ClaimGroup g : r.groups()) {
      for (Relation rel : g.relations()) {
        chars += rel.reason().length();
      }
    }
    v.found += generated.size();
    return chars;
  }

  /** How many claims a day of news brings: a million claims make a year. */
  static final long CLAIMS_PER_DAY = 2740;

  private static final Event[] EVENTS = {
    Event.KILLED, Event.INJURED, Event.ARRESTED, Event.PARTICIPATED, Event.DEPLOYED,
    Event.DISPLACED, Event.MISSING, Event.OTHER
  };
  private static final double[] EVENT_WEIGHTS = {35, 25, 12, 8, 5, 4, 3, 8};
  private static final Subject[] SUBJECTS = {
    Subject.PERSON, Subject.PROTESTER, Subject.POLICE, Subject.SECURITY_FORCES, Subject.CIVILIAN,
    Subject.SOLDIER, Subject.MILITANT, Subject.CHILD, Subject.RIOTER, Subject.VEHICLE,
    Subject.AIRCRAFT, Subject.OTHER
  };
  private static final double[] SUBJECT_WEIGHTS = {35, 15, 10, 8, 8, 6, 6, 4, 2, 2, 1, 3};
  private static final String[] SOURCES = {
    "وزارة الداخلية", "مصادر طبية", "وكالة الأنباء الرسمية", "التلفزيون الرسمي", "ناشطون",
    "مصدر أمني", "الأمم المتحدة", "الصليب الأحمر", "شهود عيان", "المرصد", "the ministry",
    "police", "Reuters"
  };

  /**
   * Draws claims.
   *
   * @param n         how many claims
   * @param random    the random source
   * @param places    the place names to draw from
   * @param claims    receives the claims
   * @param documents receives their documents' metadata
   */
  static void generate(int n, SplittableRandom random, List<String> places, List<Claim> claims,
      List<DocumentMetadata> documents) {
    LocalDate start = LocalDate.of(2013, 1, 1);
    int days = (int) Math.max(1, (n + CLAIMS_PER_DAY - 1) / CLAIMS_PER_DAY);
    int outlets = 60;
    int doc = -1;
    int left = 0;
    String id = null;
    for (int i = 0; i < n; i++) {
      if (left == 0) {
        doc++;
        id = String.format("doc-%07d", doc);
        left = 1 + (int) Math.min(30, -Math.log(1 - random.nextDouble()) * 4); // mean ~4
        LocalDate date = random.nextInt(20) == 0 ? null : start.plusDays(random.nextInt(days));
        documents.add(new DocumentMetadata(id, "outlet-" + zipf(random, outlets), date));
      }
      left--;
      long value = Math.max(1, Math.min(2_000_000,
          Math.round(Math.exp(2.3 + 1.6 * random.nextGaussian()))));
      Quantity q = quantity(random, value);
      String text = "\u0642\u062A\u0644 " + value;
      int at = random.nextInt(2000);
      String location = random.nextInt(4) == 0 ? null : places.get(zipf(random, places.size()));
      String attribution = random.nextBoolean() ? null : SOURCES[random.nextInt(SOURCES.length)];
      int m = random.nextInt(100);
      Modality modality = m < 93 ? Modality.ASSERTED : m < 97 ? Modality.EXPECTED : Modality.DENIED;
      claims.add(new Claim(id, Span.of(at, at + text.length()), text, q,
          EVENTS[pick(random, EVENT_WEIGHTS)], SUBJECTS[pick(random, SUBJECT_WEIGHTS)],
          attribution, location, null, Language.AR, modality));
    }
  }

  /** How many days a story's documents are spread over. */
  static final int STORY_DAYS = 3;

  /**
   * Gives each document a story, drawn with its own random source so that the claims are the
   * same with and without stories. Stories are made per day, about one per {@code perStory}
   * documents of a day; a dated document joins one of the stories that started on its day or on
   * one of the {@value #STORY_DAYS} days before (so a story runs over up to {@value #STORY_DAYS}
   * days, and its documents' dates stay within the engine's window), an undated document any
   * story.
   *
   * @param documents the documents' metadata, in the generator's order
   * @param perStory  documents per story, at least 1
   * @param random    the random source
   * @param titles    receives a title per story id
   * @return the metadata with story ids
   */
  static List<DocumentMetadata> assignStories(List<DocumentMetadata> documents, int perStory,
      SplittableRandom random, Map<String, String> titles) {
    long start = LocalDate.of(2013, 1, 1).toEpochDay();
    int days = 1;
    for (DocumentMetadata d : documents) {
      if (d.published() != null) {
        days = Math.max(days, (int) (d.published().date().toEpochDay() - start) + 1);
      }
    }
    int perDay = Math.max(1, (int) Math.round((double) documents.size() / days / perStory));
    List<DocumentMetadata> out = new ArrayList<>(documents.size());
    for (DocumentMetadata d : documents) {
      int day = d.published() == null ? random.nextInt(days)
          : Math.max(0, (int) (d.published().date().toEpochDay() - start)
              - random.nextInt(STORY_DAYS));
      int story = day * perDay + random.nextInt(perDay);
      String id = "story-" + story;
      titles.putIfAbsent(id, "\u0642\u0635\u0629 " + story);
      out.add(d.withStory(id));
    }
    return out;
  }

  private static Quantity quantity(SplittableRandom random, long value) {
    int k = random.nextInt(100);
    if (k < 60) {
      return Quantity.exact(value);
    } else if (k < 70) {
      return Quantity.approximate(value);
    } else if (k < 82) {
      return Quantity.moreThan(value);
    } else if (k < 87) {
      return Quantity.atLeast(value);
    } else if (k < 92) {
      return Quantity.range(value, value + 1 + value / 2);
    } else if (k < 97) {
      return Quantity.vague(value, value * 10);
    } else if (k < 99) {
      return Quantity.atMost(value + 1);
    }
    return Quantity.lessThan(value + 1);
  }

  private static int pick(SplittableRandom random, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double r = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** A Zipf-like draw in {@code [0, n)}: rank {@code k} with weight about {@code 1/(k+1)}. */
  private static int zipf(SplittableRandom random, int n) {
    double h = Math.log(n + 1.0);
    return Math.min(n - 1, (int) Math.floor(Math.exp(random.nextDouble() * h) - 1));
  }

  /** @return the names of the places of the built-in place table, in its order */
  static List<String> placeNames() {
    try (InputStream in = Reconciler.class.getResourceAsStream("places.json")) {
      JsonNode root = new ObjectMapper().readTree(Objects.requireNonNull(in, "places.json"));
      List<String> names = new ArrayList<>();
      for (JsonNode place : root.get("places")) {
        names.add(place.get("name").asText());
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
