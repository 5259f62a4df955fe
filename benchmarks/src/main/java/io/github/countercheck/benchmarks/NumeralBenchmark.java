package io.github.countercheck.benchmarks;

import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Numeral recognition over whole texts: the seeds of the repository, and a corpus directory when
 * one is given ({@code -p corpus=/path/to/arabic-news-2013}). Each operation reads every text once,
 * so MB/s = {@link #utf8Bytes} / 10^6 / (seconds per operation); the setup prints the byte count.
 * Beside it, the same texts scanned with the JDK's regex {@code \d+} (find all), the cheapest pass
 * a regex-based recognizer would make, to show what the hand-written pass costs or buys.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar NumeralBenchmark -f 1 -p corpus=../shared/corpus/arabic-news-2013
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NumeralBenchmark {
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** The seeds directory, relative to the working directory. */
  @Param("seeds")
  public String seeds;

  /** A directory of {@code .txt} articles to add, or empty for the seeds only. */
  @Param("")
  public String corpus;

  private String[] texts;
  private NormalizedText[] normalized;
  private NumeralRecognizer recognizer;
  /** UTF-8 bytes of all texts: the bytes one operation reads. */
  public long utf8Bytes;

  /** Loads the texts once per trial. */
  @Setup(Level.Trial)
  public void load() {
    List<String> all = new ArrayList<>();
    all.addAll(read(Path.of(seeds)));
    if (!corpus.isEmpty()) {
      all.addAll(read(Path.of(corpus)));
    }
    texts = all.toArray(new String[0]);
    normalized = new NormalizedText[texts.length];
    utf8Bytes = 0;
    for (int i = 0; i < texts.length; i++) {
      normalized[i] = TextNormalizer.normalize(texts[i]);
      utf8Bytes += texts[i].getBytes(StandardCharsets.UTF_8).length;
    }
    recognizer = NumeralRecognizer.create();
    System.out.printf("%nNumeralBenchmark: %d texts, %d UTF-8 bytes per operation%n", texts.length, utf8Bytes);
  }

  private static List<String> read(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Document.readUtf8(f));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list: " + e.getMessage(), e);
    }
  }

  /** Recognition over normalized texts (the normalization done in setup). */
  @Benchmark
  public void recognizeNormalized(Blackhole bh) {
    for (NormalizedText t : normalized) {
      bh.consume(recognizer.find(t));
    }
  }

  /** Normalization and recognition from the raw text, as a caller would run them. */
  @Benchmark
  public void normalizeAndRecognize(Blackhole bh) {
    for (String t : texts) {
      bh.consume(recognizer.find(TextNormalizer.normalize(t)));
    }
  }

  /** The JDK regex {@code \d+}, find all, over the same normalized texts. */
  @Benchmark
  public int regexDigitRuns() {
    int n = 0;
    for (NormalizedText t : normalized) {
      Matcher m = DIGITS.matcher(t.normalized());
      while (m.find()) {
        n += m.end() - m.start();
      }
    }
    return n;
  }
}
