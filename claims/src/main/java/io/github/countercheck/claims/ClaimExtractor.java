package io.github.countercheck.claims;

import io.github.countercheck.claims.numbers.NumeralLabel;
import io.github.countercheck.claims.numbers.NumeralMention;
import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.claims.numbers.QuantityMention;
import io.github.countercheck.claims.numbers.QuantityRecognizer;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.Sentence;
import io.github.countercheck.core.TextAnalysis;
import io.github.countercheck.core.Token;
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

  private final Lexicon arabic;
  private final Lexicon english;
  private final NumeralRecognizer numerals;
  private final QuantityRecognizer quantities;

  private ClaimExtractor(Builder b) {
    this.arabic = b.arabic;
    this.english = b.english;
    this.numerals = b.numerals;
    this.quantities = b.quantities;
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
    TextAnalysis analysis = TextAnalysis.of(document);
    NormalizedText normalized = analysis.normalized();
    List<QuantityMention> phrases = quantities.find(normalized);
    List<Token> tokens = analysis.tokens();
    TokenWords words = new TokenWords(tokens);

    List<Claim> claims = new ArrayList<>();
    Map<Long, List<int[]>> seen = new HashMap<>();
    String carried = null;
    int q = 0;
    for (Sentence sentence : analysis.sentences()) {
      int tFrom = analysis.tokenStart(sentence);
      int tTo = analysis.tokenEnd(sentence);
      int nStart = normalized.normalizedIndex(sentence.start());
      int nEnd = normalized.normalizedIndex(sentence.end());
      List<QuantityMention> inSentence = new ArrayList<>();
      while (q < phrases.size() && phrases.get(q).normalized().start() < nEnd) {
        QuantityMention m = phrases.get(q++);
        if (m.normalized().start() >= nStart && isCount(m)) {
          inSentence.add(m);
        }
      }
      if (tFrom >= tTo) {
        continue;
      }
      if (repeated(normalized.normalized(), nStart, nEnd, seen)) {
        continue; // a repeated sentence or paragraph: its claims are already out
      }
      int[] qFrom = new int[inSentence.size()];
      int[] qTo = new int[inSentence.size()];
      List<QuantityMention> placed = new ArrayList<>(inSentence.size());
      for (QuantityMention m : inSentence) {
        int a = firstTokenEndingAfter(tokens, tFrom, tTo, m.normalized().start());
        int b = firstTokenStartingAtOrAfter(tokens, a, tTo, m.normalized().end());
        if (a < b) {
          qFrom[placed.size()] = a;
          qTo[placed.size()] = b;
          placed.add(m);
        }
      }
      Language language = sentenceLanguage(document, sentence);
      Lexicon lex = language == Language.EN ? english : arabic;
      SentenceReader reader = new SentenceReader(
          lex, language, words, tFrom, tTo, document.text(), document.id());
      carried = reader.read(placed, qFrom, qTo, carried, claims);
    }
    return List.copyOf(claims);
  }

  /**
   * Whether the normalized sentence {@code [start, end)} appeared before in the document, keyed by
   * a hash of its chars so that no sentence text is copied.
   */
  private static boolean repeated(String text, int start, int end, Map<Long, List<int[]>> seen) {
    long h = 1125899906842597L;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    h = h * 31 + (end - start);
    List<int[]> same = seen.computeIfAbsent(h, k -> new ArrayList<>(1));
    for (int[] r : same) {
      if (r[1] - r[0] == end - start && text.regionMatches(r[0], text, start, end - start)) {
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

  private static int firstTokenEndingAfter(List<Token> tokens, int lo, int hi, int normIndex) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).normEnd() <= normIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int firstTokenStartingAtOrAfter(List<Token> tokens, int lo, int hi, int normIndex) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).normStart() < normIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static Language sentenceLanguage(Document document, Sentence sentence) {
    if (document.language() != Language.MIXED) {
      Language detected = Language.detect(
          document.text().subSequence(sentence.start(), sentence.end()));
      return detected == Language.EN ? Language.EN : document.language() == Language.EN
          && detected != Language.AR ? Language.EN : Language.AR;
    }
    return Language.detect(document.text().subSequence(sentence.start(), sentence.end()))
        == Language.EN ? Language.EN : Language.AR;
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

    private Builder() {}

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
