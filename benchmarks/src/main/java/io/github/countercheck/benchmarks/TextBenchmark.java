package io.github.countercheck.benchmarks;

import io.github.countercheck.claims.Lexicon;
import io.github.countercheck.claims.internal.NumbersAccess;
import io.github.countercheck.claims.numbers.NumeralMention;
import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.claims.numbers.QuantityMention;
import io.github.countercheck.claims.numbers.QuantityRecognizer;
import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.TextAnalysis;
import io.github.countercheck.core.TextNormalizer;
import io.github.countercheck.core.internal.TextScanner;
import io.github.countercheck.core.Token;
import io.github.countercheck.core.internal.TokenBuffer;
import io.github.countercheck.core.Tokenizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The hot path stage by stage, each beside its reference, one document per operation: the floor,
 * normalization with alignment against Lucene's Arabic normalizer with digit folding, tokenization,
 * numeral recognition against a JDK regex that finds digit runs, lexicon matching, and the whole
 * text analysis of {@code core}; and the stages as extraction runs them, on a {@link TextScanner}'s
 * reused buffers: {@code scan} (normalization and sentences), {@code tokenizeBuffer} and {@code
 * quantities}. The score is
 * documents per second; the {@link Volume} counters give bytes and tokens per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TextBenchmark {

  /** A directory of {@code *.txt} articles; blank for the seeds. */
  @Param("")
  public String corpus;

  /** The seeds directory, read when no corpus is given. */
  @Param("seeds")
  public String seeds;

  Corpus texts;
  private NormalizedText[] normalized;
  private TextAnalysis[] analyses;
  private NumeralRecognizer numerals;
  private QuantityRecognizer quantityRecognizer;
  private Tokenizer tokenizer;
  private Lexicon lexicon;
  private Pattern digits;

  /** Loads the corpus and builds every matcher once. */
  @Setup(Level.Trial)
  public void load() {
    texts = Corpus.load(corpus, seeds);
    texts.describe("text");
    int n = texts.size();
    normalized = new NormalizedText[n];
    analyses = new TextAnalysis[n];
    for (int i = 0; i < n; i++) {
      normalized[i] = TextNormalizer.normalize(texts.texts[i]);
      analyses[i] = TextAnalysis.of(texts.documents[i]);
    }
    numerals = NumeralRecognizer.create();
    quantityRecognizer = QuantityRecognizer.create();
    tokenizer = Tokenizer.defaults();
    lexicon = Lexicon.arabic();
    digits = Pattern.compile("[0-9\u0660-\u0669\u06F0-\u06F9]+");
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
   * Our normalization, with the two-way alignment.
   *
   * @param v the volume counters
   * @return the normalized text
   */
  @Benchmark
  public NormalizedText normalize(Volume v) {
    return TextNormalizer.normalize(texts.texts[v.next(texts)]);
  }

  /**
   * The peer: Lucene's Arabic normalizer and digit folding, without alignment.
   *
   * @param v      the volume counters
   * @param lucene the per-thread Lucene normalizer
   * @return the normalized length
   */
  @Benchmark
  public int normalizeLucene(Volume v, LuceneState lucene) {
    return lucene.normalizer.normalize(texts.texts[v.next(texts)]);
  }

  /**
   * The whole of {@code core}: normalization, sentence splitting and tokenization, as extraction
   * starts.
   *
   * @param v the volume counters
   * @return the analysis
   */
  @Benchmark
  public TextAnalysis analyze(Volume v) {
    return TextAnalysis.of(texts.documents[v.next(texts)]);
  }

  /**
   * Tokenization of a normalized text (tokens with spans, forms and stem offsets).
   *
   * @param v the volume counters
   * @return the tokens
   */
  @Benchmark
  public List<Token> tokenize(Volume v) {
    return tokenizer.tokenize(normalized[v.next(texts)]);
  }

  /**
   * Our numeral recognition on a normalized text: digits, number words, labels and values.
   *
   * @param v the volume counters
   * @return the mentions
   */
  @Benchmark
  public List<NumeralMention> numerals(Volume v) {
    List<NumeralMention> found = numerals.find(normalized[v.next(texts)]);
    v.found(found.size());
    return found;
  }

  /**
   * The reference of numeral recognition: a JDK regex finding runs of ASCII, Arabic-Indic and
   * Persian digits in the original text, and parsing none of them.
   *
   * @param v the volume counters
   * @return how many runs it found
   */
  @Benchmark
  public int numeralsDigitRegex(Volume v) {
    Matcher m = digits.matcher(texts.texts[v.next(texts)]);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return v.found(count);
  }

  /**
   * Lexicon matching alone: event cues, event nouns and subject nouns at every word of an analysed
   * text.
   *
   * @param v the volume counters
   * @return the number of entries found
   */
  @Benchmark
  public int lexicon(Volume v) {
    return v.found(lexicon.countCues(analyses[v.next(texts)]));
  }

  /**
   * What extraction runs first on every document: {@link TextScanner#scan} normalizes into the
   * scanner's reused buffers, with the alignment, and splits the sentences.
   *
   * @param v       the volume counters
   * @param scanner the per-thread scanner
   * @return the number of sentences
   */
  @Benchmark
  public int scan(Volume v, ScannerState scanner) {
    return scanner.scanner.scan(texts.texts[v.next(texts)]).sentenceCount();
  }

  /**
   * Extraction's tokenization: every token of a scanned document into a reused {@link
   * TokenBuffer} (forms as ranges, stems, types; no object per token). The document is scanned
   * in the setup of the state, so that this measures the tokenization alone.
   *
   * @param v       the volume counters
   * @param scanned the per-thread scanned documents
   * @return the number of tokens
   */
  @Benchmark
  public int tokenizeBuffer(Volume v, ScannedState scanned) {
    int i = v.next(texts);
    return scanned.scanners[i].tokenize(0, Integer.MAX_VALUE, scanned.tokens);
  }

  /**
   * Extraction's numeral recognition: numerals and the quantity phrases around them, read in
   * place from a scanned document's buffers ({@link NumbersAccess#findIn}).
   *
   * @param v       the volume counters
   * @param scanned the per-thread scanned documents
   * @return the quantity phrases
   */
  @Benchmark
  public List<QuantityMention> quantities(Volume v, ScannedState scanned) {
    List<QuantityMention> found = NumbersAccess.get().findIn(quantityRecognizer,
        scanned.scanners[v.next(texts)]);
    v.found(found.size());
    return found;
  }

  /** Per-thread state: a scanner whose buffers are reused from one document to the next. */
  @State(Scope.Thread)
  public static class ScannerState {
    final TextScanner scanner = new TextScanner();
  }

  /**
   * Per-thread state: every document already scanned, each by a scanner of its own, and a token
   * buffer to reuse.
   */
  @State(Scope.Thread)
  public static class ScannedState {
    TextScanner[] scanners;
    final TokenBuffer tokens = new TokenBuffer();

    /**
     * Scans every document of the benchmark's corpus.
     *
     * @param bench the benchmark, holding the corpus
     */
    @Setup(Level.Trial)
    public void scan(TextBenchmark bench) {
      scanners = new TextScanner[bench.texts.size()];
      for (int i = 0; i < scanners.length; i++) {
        scanners[i] = new TextScanner().scan(bench.texts.texts[i]);
      }
    }
  }

  /** Per-thread state of the Lucene peer, whose buffer is not shareable. */
  @State(Scope.Thread)
  public static class LuceneState {
    final LuceneNormalizer normalizer = new LuceneNormalizer();
  }
}
