package io.github.countercheck.benchmarks;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import io.github.countercheck.claims.numbers.NumeralRecognizer;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Arabic number words read as values: our {@link NumeralRecognizer#parse(String)} against ICU4J's
 * spell-out {@link RuleBasedNumberFormat} parser for Arabic, on the same phrases, one phrase per
 * operation. The phrases are ICU's own spell-out of a spread of counts met in news (3 to 2
 * million), kept only where both parsers give back the value: the setup fails if fewer than ten
 * are left, and prints the ones it keeps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class NumberWordsBenchmark {

  /** Counts whose spell-out is tried as a phrase. */
  static final long[] COUNTS = {
    3, 7, 11, 12, 15, 20, 23, 26, 30, 45, 99, 100, 101, 150, 200, 250, 300, 350, 999, 1000, 1200,
    1500, 2000, 2500, 3000, 10000, 12000, 15000, 100000, 250000, 1000000, 2000000
  };

  private String[] phrases;
  private int next;
  private NumeralRecognizer ours;
  private RuleBasedNumberFormat icu;

  /** Spells the counts out with ICU and keeps the phrases both parsers read right. */
  @Setup(Level.Trial)
  public void load() {
    ours = NumeralRecognizer.create();
    icu = new RuleBasedNumberFormat(new ULocale("ar"), RuleBasedNumberFormat.SPELLOUT);
    List<String> kept = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (long count : COUNTS) {
      String phrase = icu.format(count);
      BigDecimal a = ours.parse(phrase);
      Number b = icu.parse(phrase, new ParsePosition(0));
      boolean oursRight = a != null && a.compareTo(BigDecimal.valueOf(count)) == 0;
      boolean icuRight = b != null && b.doubleValue() == count;
      (oursRight && icuRight ? kept : dropped).add(count + " «" + phrase + "»"
          + (oursRight ? "" : " ours: " + a) + (icuRight ? "" : " icu: " + b));
    }
    System.out.printf("%n# number words: %d phrases both parse: %s%n# left out: %s%n",
        kept.size(), kept, dropped);
    if (kept.size() < 10) {
      throw new IllegalStateException("only " + kept.size() + " phrases parse in both: " + kept);
    }
    phrases = kept.stream().map(s -> s.substring(s.indexOf('«') + 1, s.indexOf('»')))
        .toArray(String[]::new);
  }

  private String nextPhrase() {
    int i = next;
    next = i + 1 == phrases.length ? 0 : i + 1;
    return phrases[i];
  }

  /**
   * Our parser.
   *
   * @return the value, or null
   */
  @Benchmark
  public BigDecimal ours() {
    return ours.parse(nextPhrase());
  }

  /**
   * ICU4J's spell-out parser.
   *
   * @return the value
   */
  @Benchmark
  public Number icu() {
    return icu.parse(nextPhrase(), new ParsePosition(0));
  }
}
