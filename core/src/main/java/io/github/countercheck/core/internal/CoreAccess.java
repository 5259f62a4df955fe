package io.github.countercheck.core.internal;

import io.github.countercheck.core.Language;
import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.SentenceSplitter;
import io.github.countercheck.core.Span;
import io.github.countercheck.core.TokenType;

/**
 * The package-private parts of core's API classes that the hot-path types of this package read
 * (the normalization table, the sentence splitter's and the tokenizer's char loops, the alignment
 * of a normalized text, the letter scripts), reached without making them public API: the one
 * implementation is package-private in {@code io.github.countercheck.core} and registers itself
 * with {@link Friends} when it is loaded. Not API.
 */
public abstract class CoreAccess {
  private static final CoreAccess ACCESS =
      Friends.get(CoreAccess.class, "io.github.countercheck.core.CoreHooks");

  /** For the one implementation. */
  protected CoreAccess() {}

  /** @return core's implementation */
  public static CoreAccess get() {
    return ACCESS;
  }

  /** Receives the sentences of {@link #sentences} in order. */
  @FunctionalInterface
  public interface SentenceSink {
    /**
     * One sentence.
     *
     * @param start its start, inclusive
     * @param end   its end, exclusive
     */
    void sentence(int start, int end);
  }

  /** Receives the tokens of {@link #tokens} in order. */
  @FunctionalInterface
  public interface TokenSink {
    /**
     * One token.
     *
     * @param start       its normalized start, inclusive
     * @param end         its normalized end, exclusive
     * @param type        its type
     * @param stemOffsets its candidate stem offsets ({@link Stems#mask})
     * @param parts       whether the numeral grammar reads the word in smaller parts ({@link
     *     TokenBuffer#hasParts})
     */
    void token(int start, int end, TokenType type, int stemOffsets, boolean parts);
  }

  /** @return every char's normalized form, or {@link #deleted()}: read it, never change it */
  public abstract char[] normalizationTable();

  /** @return the mark of a char that normalization deletes */
  public abstract char deleted();

  /** @return the letter script of every char (see {@link #latinLetter()}): read, never change */
  public abstract byte[] letterScripts();

  /** @return the script value of a Latin letter in {@link #letterScripts()} */
  public abstract byte latinLetter();

  /** @return the longest word the sentence splitter looks up among abbreviations */
  public abstract int maxAbbreviation();

  /**
   * Splits the first {@code n} chars of {@code text} into sentences, as {@link
   * SentenceSplitter#split(String)} does; the positions of its stops must be in the scratch.
   *
   * @param splitter the splitter
   * @param text     the original chars
   * @param n        how many of them
   * @param scratch  arrays to reuse, holding the positions of the stops
   * @param out      receives the sentences
   */
  public abstract void sentences(SentenceSplitter splitter, char[] text, int n,
      SplitScratch scratch, SentenceSink out);

  /**
   * Tokenizes normalized chars, as {@link io.github.countercheck.core.Tokenizer} does.
   *
   * @param s         the normalized chars
   * @param n         how many of them
   * @param from      where to start
   * @param maxTokens the most tokens to hand over
   * @param original  the original text
   * @param align     normalized index to original index
   * @param sink      receives the tokens
   */
  public abstract void tokens(char[] s, int n, int from, int maxTokens, String original,
      int[] align, TokenSink sink);

  /**
   * @param text  chars
   * @param start start, inclusive
   * @param end   end, exclusive
   * @return the language of that part, as {@link Language#detect(CharSequence, int, int)}
   */
  public abstract Language detect(char[] text, int start, int end);

  /**
   * @param text a normalized text
   * @return its alignment array (normalized index to original index, one entry more): never
   *     change it
   */
  public abstract int[] alignment(NormalizedText text);

  /**
   * {@link NormalizedText#toOriginal(int, int)} over an alignment array, unchecked.
   *
   * @param align    normalized index to original index
   * @param original the original text
   * @param start    normalized start, inclusive
   * @param end      normalized end, exclusive
   * @return the original span
   */
  public abstract Span toOriginal(int[] align, String original, int start, int end);

  /**
   * The original end of a non-empty normalized range, after the marks deleted right after it.
   *
   * @param align    normalized index to original index
   * @param original the original text
   * @param end      normalized end, exclusive
   * @return the original end, exclusive
   */
  public abstract int originalEnd(int[] align, String original, int end);
}
