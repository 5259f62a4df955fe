package io.github.countercheck.benchmarks;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * Reconciliation of generated claims at growing sizes, to show how the cost grows (rule 9: near
 * linear). Claims are drawn with a fixed seed from a small set of events, subjects, places (with
 * aliases), sources and quantity kinds, over 2000 documents dated across one month. Average time
 * per reconciliation (warm code), one fork limited to one processor (so the serial collector).
 *
 * <p>First figures (2026-11-22, a shared 2-core machine under a load average of 10 to 16, so wall
 * times are inflated about threefold): JMH {@code -f 1 -wi 1 -i 2} gave 94 ms, 3.2 s and 27 s per
 * reconciliation of 1 thousand, 100 thousand and 1 million claims. The process CPU time of the same
 * calls, measured warm in a plain loop, was 4.8 ms, 327 ms and 3.6 s: 4.8, 3.3 and 3.6 µs of CPU
 * per claim, so the cost grows near linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx8g", "-XX:ActiveProcessorCount=1"})
public class ReconcileBenchmark {

  /** How many claims to reconcile. */
  @Param({"1000", "100000", "1000000"})
  public int claims;

  private List<Claim> input;
  private List<DocumentMetadata> documents;
  private Reconciler reconciler;

  /** Generates the claims and documents once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    Random r = new Random(20220106);
    int docs = 2000;
    documents = new ArrayList<>(docs);
    for (int d = 0; d < docs; d++) {
      LocalDate date = r.nextInt(20) == 0 ? null : LocalDate.of(2022, 1, 1 + r.nextInt(31));
      documents.add(new DocumentMetadata(String.format("%05d.txt", d), "outlet" + r.nextInt(40), date));
    }
    Event[] events = {Event.KILLED, Event.KILLED, Event.INJURED, Event.ARRESTED, Event.DEPLOYED};
    Subject[] subjects = {Subject.PERSON, Subject.PROTESTER, Subject.RIOTER, Subject.MILITANT,
        Subject.SECURITY_FORCES, Subject.POLICE, Subject.SOLDIER, Subject.CIVILIAN, Subject.CHILD};
    String[] places = {null, "ألماتي", "Almaty", "ألما أتا", "كازاخستان", "نور سلطان", "شيمكنت", "القاهرة"};
    String[] sources = {null, null, "وزارة الداخلية", "الداخلية وزارة", "وكالة الأنباء الفرنسية",
        "التلفزيون الرسمي الكازاخي"};
    input = new ArrayList<>(claims);
    for (int i = 0; i < claims; i++) {
      long n = 1 + r.nextInt(2000);
      Quantity q = switch (r.nextInt(6)) {
        case 0, 1 -> Quantity.exact(n);
        case 2 -> Quantity.approximate(n);
        case 3 -> Quantity.moreThan(n);
        case 4 -> Quantity.range(n, n + r.nextInt(50));
        default -> Quantity.vague(20, 99);
      };
      String text = "قتل " + n + " شخصا";
      int start = r.nextInt(5000);
      input.add(new Claim(documents.get(r.nextInt(docs)).id(), Span.of(start, start + text.length()),
          text, q, events[r.nextInt(events.length)], subjects[r.nextInt(subjects.length)],
          sources[r.nextInt(sources.length)], places[r.nextInt(places.length)], null, Language.AR,
          r.nextInt(20) == 0 ? Modality.EXPECTED : Modality.ASSERTED));
    }
    reconciler = Reconciler.create();
  }

  /** @return the reconciliation of all generated claims */
  @Benchmark
  public Reconciliation reconcile() {
    return reconciler.reconcile(input, documents);
  }
}
