package io.github.countercheck.core;

import java.util.List;
import java.util.Objects;

/**
 * A document analysed once: its normalized text, sentences and tokens, bundled so that every
 * later stage reads the same analysis. Immutable and thread-safe.
 *
 * <pre>{@code
 * TextAnalysis a = TextAnalysis.of(document);
 * for (Sentence s : a.sentences()) {
 *   for (Token t : a.tokensIn(s)) { ... }
 * }
 * }</pre>
 */
public final class TextAnalysis {
  private final Document document;
  private final NormalizedText normalized;
  private final List<Sentence> sentences;
  private final List<Token> tokens;

  private TextAnalysis(Document document, NormalizedText normalized, List<Sentence> sentences,
      List<Token> tokens) {
    this.document = document;
    this.normalized = normalized;
    this.sentences = sentences;
    this.tokens = tokens;
  }

  /**
   * Analyses a document with the default splitter and tokenizer.
   *
   * @param document the document
   * @return its analysis
   */
  public static TextAnalysis of(Document document) {
    return of(document, SentenceSplitter.defaults(), Tokenizer.defaults());
  }

  /**
   * Analyses a document.
   *
   * @param document  the document
   * @param splitter  the sentence splitter
   * @param tokenizer the tokenizer
   * @return its analysis
   */
  public static TextAnalysis of(Document document, SentenceSplitter splitter, Tokenizer tokenizer) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(splitter, "splitter");
    Objects.requireNonNull(tokenizer, "tokenizer");
    NormalizedText nt = TextNormalizer.normalize(document.text());
    return new TextAnalysis(document, nt, splitter.split(nt), tokenizer.tokenize(nt));
  }

  /** @return the document */
  public Document document() {
    return document;
  }

  /** @return the original text, {@code document().text()} */
  public String text() {
    return document.text();
  }

  /** @return the normalized text, aligned with the document text */
  public NormalizedText normalized() {
    return normalized;
  }

  /** @return the sentences, in order */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** @return the tokens, in order */
  public List<Token> tokens() {
    return tokens;
  }

  /**
   * @param sentence a sentence of this analysis
   * @return the index of its first token in {@link #tokens()} (the token start index that belongs
   *     to it); equal to {@link #tokenEnd(Sentence)} if it has none
   */
  public int tokenStart(Sentence sentence) {
    return firstTokenAtOrAfter(sentence.start());
  }

  /**
   * @param sentence a sentence of this analysis
   * @return the index after its last token in {@link #tokens()}
   */
  public int tokenEnd(Sentence sentence) {
    return firstTokenAtOrAfter(sentence.end());
  }

  /**
   * The tokens that start inside a sentence, found by binary search.
   *
   * @param sentence a sentence of this analysis
   * @return a view of {@link #tokens()}, possibly empty
   */
  public List<Token> tokensIn(Sentence sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return tokens.subList(tokenStart(sentence), tokenEnd(sentence));
  }

  /**
   * @param originalIndex an index into the original text
   * @return the index in {@link #sentences()} of the sentence that contains it, or -1 if it lies
   *     between sentences
   */
  public int sentenceIndexAt(int originalIndex) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid).span();
      if (originalIndex < s.start()) {
        hi = mid - 1;
      } else if (originalIndex >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private int firstTokenAtOrAfter(int originalIndex) {
    return Token.firstAtOrAfter(tokens, originalIndex);
  }

  @Override
  public String toString() {
    return "TextAnalysis[" + document.id() + ", " + sentences.size() + " sentences, "
        + tokens.size() + " tokens]";
  }
}
