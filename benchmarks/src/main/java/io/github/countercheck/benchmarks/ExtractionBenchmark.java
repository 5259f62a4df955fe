package io.github.countercheck.benchmarks;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.core.Sentence;
import io.github.countercheck.core.SentenceSplitter;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full extraction beside the floor and the regex extractor, one document per operation.
 *
 * <p>{@code text=articles} reads the articles as they are; {@code text=no-numbers} reads the same
 * articles with every sentence in which the numeral recognizer finds a numeral left out, so no
 * claim can be found. With {@code -prof gc}, {@code gc.alloc.rate.norm} (bytes per document) over
 * the printed bytes per document separates what extraction allocates per byte read from what it
 * allocates per claim found.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ExtractionBenchmark {

  /** A directory of {@code *.txt} articles; blank for the seeds. */
  @Param("")
  public String corpus;

  /** The seeds directory, read when no corpus is given. */
  @Param("seeds")
  public String seeds;

  /** {@code articles}, or {@code no-numbers}: the articles without their sentences with numerals. */
  @Param({"articles", "no-numbers"})
  public String text;

  private Corpus texts;
  private ClaimExtractor extractor;
  private RegexClaimExtractor regex;

  /** Loads the corpus, derives the text without numbers if asked, builds both extractors. */
  @Setup(Level.Trial)
  public void load() {
    Corpus articles = Corpus.load(corpus, seeds);
    texts = switch (text) {
      case "articles" -> articles;
      case "no-numbers" -> withoutNumerals(articles);
      default -> throw new IllegalArgumentException(
          "text must be articles or no-numbers, not '" + text + "'");
    };
    extractor = ClaimExtractor.create();
    regex = RegexClaimExtractor.create();
    long claims = 0;
    for (int i = 0; i < texts.size(); i++) {
      claims += extractor.extract(texts.documents[i]).size();
    }
    texts.describe("extraction, " + text);
    System.out.printf("# %d claims (%.2f per document)%n", claims, (double) claims / texts.size());
  }

  private static Corpus withoutNumerals(Corpus articles) {
    SentenceSplitter splitter = SentenceSplitter.defaults();
    NumeralRecognizer numerals = NumeralRecognizer.create();
    List<String> ids = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      String t = articles.texts[i];
      StringBuilder sb = new StringBuilder();
      for (Sentence s : splitter.split(t)) {
        String sentence = t.substring(s.start(), s.end());
        if (numerals.find(sentence).isEmpty()) {
          sb.append(sentence).append('\n');
        }
      }
      if (!sb.toString().isBlank()) {
        ids.add(articles.documents[i].id());
        kept.add(sb.toString());
      }
    }
    return Corpus.of(ids, kept);
  }

  /**
   * The floor: read every char, count Arabic letters.
   *
   * @param v the volume counters
   * @return the count
   */
  @Benchmark
  public int floor(Volume v) {
    return Floor.arabicLetters(texts.texts[v.next(texts)]);
  }

  /**
   * Full extraction: normalization, tokenization, sentences, numerals, quantities, lexicon and the
   * claim rules.
   *
   * @param v the volume counters
   * @return the claims
   */
  @Benchmark
  public List<Claim> extract(Volume v) {
    List<Claim> claims = extractor.extract(texts.documents[v.next(texts)]);
    v.found(claims.size());
    return claims;
  }

  /**
   * The peer: the regex extractor.
   *
   * @param v the volume counters
   * @return its hits
   */
  @Benchmark
  public List<RegexClaimExtractor.Hit> extractRegex(Volume v) {
    List<RegexClaimExtractor.Hit> hits = regex.extract(texts.texts[v.next(texts)]);
    v.found(hits.size());
    return hits;
  }
}
