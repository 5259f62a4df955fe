package io.github.countercheck.claims;

import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.claims.numbers.QuantityRecognizer;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.internal.TextScanner;
import java.util.List;
import java.util.Objects;

/**
 * Finds the quantitative claims in a document: each count the text states, the event it counts,
 * what is counted, who says so, where and when. Built once, immutable and thread-safe.
 *
 * <pre>{@code
 * ClaimExtractor extractor = ClaimExtractor.create();
 * List<Claim> claims = extractor.extract(Document.of("001.txt", "قتل 12 شرطيا في ألماتي"));
 * // claims.get(0): KILLED, POLICE, EXACT 12
 * }</pre>
 *
 * <p>What is not a claim: years, dates, clock times, durations, ages, percentages, money,
 * measures, reference numbers, phone numbers, URLs and hashtags (the numeral recognizer labels
 * them), words that name no amount (العديد، many), and counts of things that are neither named by
 * the lexicon nor governed by an event. A sentence repeated word for word in the same document
 * yields its claims once.
 *
 * <p><b>How it reads.</b> Every char of a document is read a few times, into buffers that each
 * thread keeps from one document to the next (a {@link TextScanner}, the tokens, their lexicon
 * keys): normalization with the sentence stops, tokenization, the numeral scan, and one table
 * lookup per word. Only the sentences that can yield something are then read closely: those with
 * a count phrase, those whose words can make a count without a numeral where they stand, and the
 * sentences before them whose source a later one asks for. So a document allocates for what it
 * yields, not for its length. A thread's buffers grown for a long document (past {@link
 * io.github.countercheck.core.internal.BufferPolicy#KEEP} entries) are let go after it, so a huge text is
 * not kept.
 */
public final class ClaimExtractor {
  /** Each thread's buffers, reused from one document to the next. */
  private static final ThreadLocal<ExtractionWorkspace> WORKSPACES =
      ThreadLocal.withInitial(ExtractionWorkspace::new);

  final Lexicon arabic;
  final Lexicon english;
  final NumeralRecognizer numerals;
  final QuantityRecognizer quantities;
  /** Reads every sentence, skipping none by its words: the reference the skipping is tested by. */
  final boolean readEverySentence;

  private ClaimExtractor(Builder b) {
    this.arabic = b.arabic;
    this.english = b.english;
    this.numerals = b.numerals;
    this.quantities = b.quantities;
    this.readEverySentence = b.readEverySentence;
  }

  /**
   * An extractor with the built-in data. The first call in a process loads that data once (the
   * Arabic and English lexicons, the numeral and quantity tables): about a second and a half
   * (0.8 to 1.8 s measured, on a busy 2-core machine); every later call shares that data and
   * costs microseconds (3 to 7 µs measured). The first {@link #extract} in a process then loads
   * the classes that read sentences: 40 to 250 ms more, where a later one of a sentence takes a
   * few milliseconds. A server that must answer its first request quickly calls {@link #warmUp()}
   * when it starts (after which a first extraction of a sentence took under a millisecond).
   *
   * @return an extractor with the built-in Arabic and English lexicons
   */
  public static ClaimExtractor create() {
    return builder().build();
  }

  /** Short sentences whose reading loads every stage of extraction, in each language. */
  private static final String WARM_UP_ARABIC = "قالت الشرطة إن 12 شخصا قتلوا في ألماتي.";
  private static final String WARM_UP_ENGLISH = "Police said about 12 people were killed in Almaty.";

  /**
   * Loads everything {@link #create()} and a first {@link #extract} load, once for the process:
   * the built-in data, and the classes that read an Arabic and an English sentence (it reads one
   * of each). After it, {@code create()} costs microseconds and a first extraction costs what any
   * other does. Calling it again costs one extraction of two short sentences; it is safe to call
   * from any thread.
   *
   * <pre>{@code
   * // at server start, before taking requests
   * ClaimExtractor.warmUp();
   * }</pre>
   */
  public static void warmUp() {
    ClaimExtractor e = create();
    e.extract(Document.of("warm-up-ar.txt", WARM_UP_ARABIC));
    e.extract(Document.of("warm-up-en.txt", WARM_UP_ENGLISH));
  }

  /** @return a builder, to replace a lexicon or the numeral recognizer */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts the claims of a document, in text order.
   *
   * @param document the document
   * @return its claims; empty for a text with none
   */
  public List<Claim> extract(Document document) {
    Objects.requireNonNull(document, "document");
    if (document.text().isEmpty()) {
      return List.of();
    }
    ExtractionWorkspace ws = WORKSPACES.get();
    TextScanner scanner = ws.scanner.scan(document.text());
    DocumentPass pass = new DocumentPass(this, document, ws, scanner);
    for (int si = 0, sentences = scanner.sentenceCount(); si < sentences; si++) {
      pass.sentence(si);
    }
    // a part cue makes a part only of a count smaller than another the document gives
    PartReader.resolveParts(pass.claims, pass.parts);
    ws.done();
    return List.copyOf(pass.claims);
  }

  @Override
  public String toString() {
    return "ClaimExtractor[" + arabic + ", " + english + "]";
  }

  /** Builds a {@link ClaimExtractor}. Not thread-safe; the extractor it builds is. */
  public static final class Builder {
    private Lexicon arabic = Lexicon.arabic();
    private Lexicon english = Lexicon.english();
    private NumeralRecognizer numerals;
    private QuantityRecognizer quantities;
    private boolean readEverySentence;

    private Builder() {}

    /** Reads every sentence (slower; for tests of the sentence skipping). */
    Builder readEverySentence() {
      this.readEverySentence = true;
      return this;
    }

    /**
     * Replaces the lexicon of the language it describes.
     *
     * @param lexicon an Arabic or English lexicon
     * @return this builder
     */
    public Builder lexicon(Lexicon lexicon) {
      Objects.requireNonNull(lexicon, "lexicon");
      switch (lexicon.language()) {
        case AR -> arabic = lexicon;
        case EN -> english = lexicon;
        default -> throw new IllegalArgumentException(
            "a lexicon describes Arabic or English, not " + lexicon.language());
      }
      return this;
    }

    /**
     * Replaces the numeral recognizer (for instance one with other vague-amount intervals).
     *
     * @param recognizer the recognizer
     * @return this builder
     */
    public Builder numeralRecognizer(NumeralRecognizer recognizer) {
      this.numerals = Objects.requireNonNull(recognizer, "recognizer");
      return this;
    }

    /** @return the extractor */
    public ClaimExtractor build() {
      if (numerals == null) {
        numerals = NumeralRecognizer.create();
      }
      if (quantities == null) {
        quantities = QuantityRecognizer.create(numerals, null);
      }
      return new ClaimExtractor(this);
    }
  }
}
