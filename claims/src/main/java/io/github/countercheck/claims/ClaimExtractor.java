package io.github.countercheck.claims;

import io.github.countercheck.claims.numbers.NumeralLabel;
import io.github.countercheck.claims.numbers.NumeralMention;
import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.claims.numbers.QuantityMention;
import io.github.countercheck.claims.numbers.QuantityRecognizer;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.SentenceSplitter;
import io.github.countercheck.core.TextNormalizer;
import io.github.countercheck.core.TextScanner;
import io.github.countercheck.core.TokenSink;
import io.github.countercheck.core.Token;
import io.github.countercheck.core.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;

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
 */
public final class ClaimExtractor {
  private static final SentenceSplitter SPLITTER = SentenceSplitter.defaults();
  /** Each thread's scanner, whose buffers are reused from one document to the next. */
  private static final ThreadLocal<TextScanner> SCANNERS =
      ThreadLocal.withInitial(() -> new TextScanner(SPLITTER));

  private final Lexicon arabic;
  private final Lexicon english;
  private final NumeralRecognizer numerals;
  private final QuantityRecognizer quantities;
  /** Reads every sentence, skipping none by its words: the reference the skipping is tested by. */
  private final boolean readEverySentence;

  private ClaimExtractor(Builder b) {
    this.arabic = b.arabic;
    this.english = b.english;
    this.numerals = b.numerals;
    this.quantities = b.quantities;
    this.readEverySentence = b.readEverySentence;
  }

  /** @return an extractor with the built-in Arabic and English lexicons */
  public static ClaimExtractor create() {
    return builder().build();
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
    TextScanner scanner = SCANNERS.get().scan(document.text());
    List<QuantityMention> phrases = quantities.findIn(scanner);
    KeyBits bits = new KeyBits();

    List<Claim> claims = new ArrayList<>();
    Map<Long, List<int[]>> seen = new HashMap<>();
    String carried = null;
    List<Pending> pending = new ArrayList<>();
    int q = 0;
    for (int si = 0, sentences = scanner.sentenceCount(); si < sentences; si++) {
      int start = scanner.sentenceStart(si);
      int end = scanner.sentenceEnd(si);
      int nStart = scanner.normalizedIndex(start);
      int nEnd = scanner.normalizedIndex(end);
      List<QuantityMention> inSentence = List.of();
      while (q < phrases.size() && phrases.get(q).normalized().start() < nEnd) {
        QuantityMention m = phrases.get(q++);
        if (m.normalized().start() >= nStart && isCount(m)) {
          if (inSentence.isEmpty()) {
            inSentence = new ArrayList<>(2);
          }
          inSentence.add(m);
        }
      }
      // the sentence's words, looked up in its lexicon's key table, before anything is built
      Language language = sentenceLanguage(document, scanner, start, end);
      Lexicon lex = language == Language.EN ? english : arabic;
      bits.lexicon = lex;
      bits.bits = readEverySentence ? -1 : 0;
      bits.n = 0;
      int count = scanner.tokens(nStart, nEnd, bits);
      if (count == 0) {
        continue;
      }
      if (repeated(scanner.normalizedChars(), nStart, nEnd, seen)) {
        continue; // a repeated sentence or paragraph: its claims are already out
      }
      if (inSentence.isEmpty() && !readEverySentence) {
        boolean counts = SentenceReader.mayCountWithoutNumerals(lex, bits.words, bits.n);
        if (!counts && (bits.bits & lex.attribution.bit()) == 0) {
          carried = null; // nothing to count and no source to carry: what reading it would give
          pending.clear();
          continue;
        }
        if (!counts) {
          // no count, only an attribution: it matters if a later sentence is read, so read it then
          pending.add(new Pending(start, end, nStart, count, lex, language,
              java.util.Arrays.copyOf(bits.words, bits.n)));
          continue;
        }
      }
      if ((bits.bits & lex.attribution.bit()) == 0) {
        // no attribution word: the sentence reads no carried source and carries none on, so
        // what the sentences before it carry does not matter
        pending.clear();
        carried = null;
      }
      for (Pending p : pending) {
        carried = read(document, scanner, p.start, p.end, p.nStart, p.count, p.lex, p.language,
            p.words, p.words.length, List.of(), carried, claims);
      }
      pending.clear();
      carried = read(document, scanner, start, end, nStart, count, lex, language, bits.words,
          bits.n, inSentence, carried, claims);
    }
    return List.copyOf(claims);
  }

  /**
   * Reads one sentence of {@code count} tokens from normalized index {@code nStart}: tokenizes it
   * with the few tokens after it that a lexicon phrase may reach into, places its count phrases on
   * its tokens and applies the claim rules.
   *
   * @param wordKeys the lexicon key bits of the sentence's words in order, as the scan of its
   *     words found them
   * @param wordCount how many of them there are
   * @return the attribution it carries to the next sentence
   */
  private static String read(Document document, TextScanner scanner, int start, int end,
      int nStart, int count, Lexicon lex, Language language, int[] wordKeys, int wordCount,
      List<QuantityMention> inSentence, String carried, List<Claim> claims) {
    // the sentence's tokens and the few after it that a lexicon phrase may reach into
    List<Token> tokens = scanner.tokenize(nStart, count + lex.maxWords() + 1);
    int tFrom = Token.firstAtOrAfter(tokens, start);
    int tTo = Token.firstAtOrAfter(tokens, end);
    TokenWords words = new TokenWords(tokens);
    // the scan's words are the word tokens from nStart on: token k's keys are its word's
    int[] keys = new int[tTo - tFrom];
    for (int k = 0, word = 0; k < tTo; k++) {
      if (words.isWord(k)) {
        if (k >= tFrom) {
          keys[k - tFrom] = word < wordCount ? wordKeys[word] : lex.keys(words, k);
        }
        word++;
      }
    }
    int[] qFrom = new int[inSentence.size()];
    int[] qTo = new int[inSentence.size()];
    List<QuantityMention> placed = new ArrayList<>(inSentence.size());
    for (QuantityMention m : inSentence) {
      int a = firstTokenEndingAfter(tokens, tFrom, tTo, m.span().start());
      int b = firstTokenStartingAtOrAfter(tokens, a, tTo, m.span().end());
      if (a < b) {
        qFrom[placed.size()] = a;
        qTo[placed.size()] = b;
        placed.add(m);
      }
    }
    SentenceReader reader = new SentenceReader(
        lex, language, words, tFrom, tTo, keys, document.text(), document.id());
    return reader.read(placed, qFrom, qTo, carried, claims);
  }

  /** A sentence whose reading waits until a later one needs the attribution it carries. */
  private record Pending(int start, int end, int nStart, int count, Lexicon lex,
      Language language, int[] words) {}

  /** Collects the lexicon key bits of the words of a sentence. One per call; not shared. */
  private static final class KeyBits implements TokenSink {
    Lexicon lexicon;
    int bits;
    /** The key bits of each word, in order. */
    int[] words = new int[64];
    int n;

    @Override
    public void word(char[] normalized, int start, int end, int stemOffsets) {
      int k = lexicon.keys(normalized, start, end, stemOffsets);
      bits |= k;
      if (n == words.length) {
        words = java.util.Arrays.copyOf(words, n * 2);
      }
      words[n++] = k;
    }
  }

  /**
   * Whether the normalized sentence {@code [start, end)} appeared before in the document, keyed by
   * a hash of its chars so that no sentence text is copied.
   */
  private static boolean repeated(char[] text, int start, int end, Map<Long, List<int[]>> seen) {
    long h = 1125899906842597L;
    for (int i = start; i < end; i++) {
      h = 31 * h + text[i];
    }
    h = h * 31 + (end - start);
    List<int[]> same = seen.computeIfAbsent(h, k -> new ArrayList<>(1));
    for (int[] r : same) {
      if (java.util.Arrays.equals(text, r[0], r[1], text, start, end)) {
        return true;
      }
    }
    same.add(new int[] {start, end});
    return false;
  }

  private static boolean isCount(QuantityMention m) {
    for (NumeralMention n : m.numerals()) {
      if (n.label() != NumeralLabel.COUNT) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first token in {@code [lo, hi)} that ends after an original index. Normalization keeps
   * order, so a token ends after a phrase's first char in the original exactly when it does in the
   * normalized text: original offsets place phrases on tokens of any region.
   */
  private static int firstTokenEndingAfter(List<Token> tokens, int lo, int hi, int originalIndex) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= originalIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first token in {@code [lo, hi)} that starts at or after an original index. */
  private static int firstTokenStartingAtOrAfter(List<Token> tokens, int lo, int hi,
      int originalIndex) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().start() < originalIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static Language sentenceLanguage(Document document, TextScanner scanner, int start,
      int end) {
    Language detected = scanner.language(start, end);
    if (document.language() != Language.MIXED) {
      return detected == Language.EN ? Language.EN : document.language() == Language.EN
          && detected != Language.AR ? Language.EN : Language.AR;
    }
    return detected == Language.EN ? Language.EN : Language.AR;
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
