package io.github.countercheck.core.internal;

import io.github.countercheck.core.Language;
import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.SentenceSplitter;
import io.github.countercheck.core.Span;
import io.github.countercheck.core.TextNormalizer;
import io.github.countercheck.core.Tokenizer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads one text at a time into buffers it keeps for the next: the normalized chars with their
 * alignment (as {@link TextNormalizer}), the sentences (as {@link SentenceSplitter}), and on
 * request the tokens of any range (as {@link Tokenizer}) into a {@link TokenBuffer}, so that a
 * pipeline reading many texts looks at every char without allocating for it. Not thread-safe:
 * keep one per thread.
 *
 * <pre>{@code
 * TextScanner scanner = new TextScanner();
 * scanner.scan(document.text());
 * for (int s = 0; s < scanner.sentenceCount(); s++) {
 *   int from = scanner.normalizedIndex(scanner.sentenceStart(s));
 *   Language language = scanner.language(scanner.sentenceStart(s), scanner.sentenceEnd(s));
 * }
 * TokenBuffer tokens = new TokenBuffer();
 * scanner.tokenize(0, Integer.MAX_VALUE, tokens);      // every token, with no object per token
 * }</pre>
 *
 * <p>Buffers grown past {@link BufferPolicy#KEEP} entries are let go by {@link #release()}, or
 * before the next, shorter text, so that one huge text does not stay in memory.
 */
public final class TextScanner {
  private static final CoreAccess CORE = CoreAccess.get();
  private static final char[] NORMAL = CORE.normalizationTable();
  private static final char DELETE = CORE.deleted();
  private final SentenceSplitter splitter;
  private final SplitScratch scratch = new SplitScratch();
  private String text = "";
  private int length;
  private char[] original = new char[64];
  private char[] normalized = new char[64];
  private int[] align = new int[65];
  private int normalizedLength;
  private boolean latin;
  /** Start and end of each sentence, in pairs. */
  private int[] sentences = new int[64];
  private int sentenceCount;
  /** Receives the splitter's sentences: one sink for every text, no object per call. */
  private final CoreAccess.SentenceSink sentenceSink = this::addSentence;

  /** A scanner that splits sentences with {@link SentenceSplitter#defaults()}. */
  public TextScanner() {
    this(SentenceSplitter.defaults());
  }

  /**
   * @param splitter the sentence splitter to use
   */
  public TextScanner(SentenceSplitter splitter) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  /**
   * Reads a text: normalizes it and splits its sentences, forgetting the text before.
   *
   * @param text the original text
   * @return this scanner
   */
  public TextScanner scan(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    if (original.length < n || BufferPolicy.letGo(original.length) && n <= BufferPolicy.KEEP) {
      int cap = Math.max(64, n);
      original = new char[cap];
      normalized = new char[cap];
      align = new int[cap + 1];
      trimSentences();
    }
    this.text = text;
    this.length = n;
    text.getChars(0, n, original, 0);
    final char[] in = original;
    final char[] out = normalized;
    final int[] al = align;
    final char[] table = NORMAL;
    boolean seenLatin = false;
    boolean refs = false;
    int j = 0;
    for (int i = 0; i < n; i++) {
      char c = in[i];
      char m = table[c];
      int f = CharClass.bits(c) & (CharClass.STOP | CharClass.LATIN_LETTER | CharClass.REF);
      if (f != 0) {
        if (f == CharClass.STOP) {
          scratch.stop(i); // a char the sentence splitter looks at
        } else if (f == CharClass.LATIN_LETTER) {
          seenLatin = true;
        } else {
          refs = true;
          seenLatin |= (f & CharClass.LATIN_LETTER) != 0;
          if ((f & CharClass.STOP) != 0) {
            scratch.stop(i);
          }
        }
      }
      if (m != DELETE || c == DELETE) {
        out[j] = m;
        al[j++] = i;
      }
    }
    al[j] = n;
    normalizedLength = refs ? CharReferences.fold(in, n, out, al, j, table, DELETE) : j;
    latin = seenLatin;
    sentenceCount = 0;
    CORE.sentences(splitter, original, n, scratch, sentenceSink);
    return this;
  }

  /**
   * Lets go of the buffers that have grown past {@link BufferPolicy#KEEP} entries for the text
   * read last ({@link #scan} does it too, before a shorter text); call it when that text is read.
   * Keeps the text readable only if nothing is let go: call it last.
   */
  public void release() {
    if (BufferPolicy.letGo(original.length)) {
      original = new char[64];
      normalized = new char[64];
      align = new int[65];
      text = "";
      length = 0;
      normalizedLength = 0;
      sentenceCount = 0;
    }
    trimSentences();
  }

  private void trimSentences() {
    scratch.trim(BufferPolicy.KEEP);
    if (BufferPolicy.letGo(sentences.length)) {
      sentences = new int[64];
      sentenceCount = 0;
    }
  }

  private void addSentence(int start, int end) {
    if (2 * sentenceCount + 2 > sentences.length) {
      sentences = Arrays.copyOf(sentences, sentences.length * 2);
    }
    sentences[2 * sentenceCount] = start;
    sentences[2 * sentenceCount + 1] = end;
    sentenceCount++;
  }

  /** @return the text read last */
  public String text() {
    return text;
  }

  /** @return the length of its normalized form */
  public int normalizedLength() {
    return normalizedLength;
  }

  /**
   * The normalized chars, from 0 to {@link #normalizedLength()}: the scanner's own buffer, valid
   * until the next {@link #scan}. Read it; never change it.
   *
   * @return the buffer
   */
  public char[] normalizedChars() {
    return normalized;
  }

  /**
   * @param normalizedIndex an index of the normalized text, from 0 to its length inclusive
   * @return the index of the original char it comes from (the text's length for the end)
   */
  public int originalIndex(int normalizedIndex) {
    Objects.checkIndex(normalizedIndex, normalizedLength + 1);
    return align[normalizedIndex];
  }

  /**
   * @param originalIndex an index of the original text, from 0 to its length inclusive
   * @return the index of the first normalized char that comes from at or after it, as {@link
   *     NormalizedText#normalizedIndex(int)}
   */
  public int normalizedIndex(int originalIndex) {
    Objects.checkIndex(originalIndex, length + 1);
    int i = Arrays.binarySearch(align, 0, normalizedLength + 1, originalIndex);
    if (i >= 0) {
      while (i > 0 && align[i - 1] == originalIndex) {
        i--;
      }
      return i;
    }
    return -i - 1;
  }

  /** @return how many sentences the text has */
  public int sentenceCount() {
    return sentenceCount;
  }

  /**
   * @param i a sentence, from 0
   * @return its original start, inclusive
   */
  public int sentenceStart(int i) {
    Objects.checkIndex(i, sentenceCount);
    return sentences[2 * i];
  }

  /**
   * @param i a sentence, from 0
   * @return its original end, exclusive
   */
  public int sentenceEnd(int i) {
    Objects.checkIndex(i, sentenceCount);
    return sentences[2 * i + 1];
  }

  /**
   * The language of part of the original text, as {@link Language#detect(CharSequence, int,
   * int)}; Arabic at once when the text has no Latin letter.
   *
   * @param start original start, inclusive
   * @param end   original end, exclusive
   * @return the language
   */
  public Language language(int start, int end) {
    Objects.checkFromToIndex(start, end, length);
    return latin ? CORE.detect(original, start, end) : Language.AR;
  }

  /**
   * The tokens from a normalized index, as {@link Tokenizer#tokenize(NormalizedText, int, int)}
   * makes them on the whole normalized text, read from the scanner's buffers into a buffer, with
   * no object per token.
   *
   * @param from      a normalized index where a token starts, or a separator before one
   * @param maxTokens the most tokens to read, {@code >= 0}
   * @param out       the buffer to fill; what it held is dropped
   * @return how many tokens it holds
   */
  public int tokenize(int from, int maxTokens, TokenBuffer out) {
    Objects.checkFromToIndex(from, normalizedLength, normalizedLength);
    Objects.requireNonNull(out, "out");
    if (maxTokens < 0) {
      throw new IllegalArgumentException("maxTokens must be >= 0, not " + maxTokens);
    }
    out.reset(normalized, align, text);
    CORE.tokens(normalized, normalizedLength, from, maxTokens, text, align, out.sink);
    return out.size();
  }

  /**
   * Maps a normalized range back to the text, as {@link NormalizedText#toOriginal(int, int)}.
   *
   * @param start normalized start, inclusive
   * @param end   normalized end, exclusive
   * @return the original span, with the marks deleted right after the range
   */
  public Span toOriginal(int start, int end) {
    Objects.checkFromToIndex(start, end, normalizedLength);
    return CORE.toOriginal(align, text, start, end);
  }

  @Override
  public String toString() {
    return "TextScanner[" + length + " chars, " + sentenceCount + " sentences]";
  }
}
