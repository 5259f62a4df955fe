package io.github.countercheck.core;

import io.github.countercheck.core.internal.CoreAccess.SentenceSink;
import io.github.countercheck.core.internal.LineBreaks;
import io.github.countercheck.core.internal.SplitChars;
import io.github.countercheck.core.internal.SplitScratch;
import io.github.countercheck.core.internal.WordLists;
import io.github.countercheck.core.internal.WordTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static io.github.countercheck.core.internal.SplitChars.isAmbiguousQuote;
import static io.github.countercheck.core.internal.SplitChars.isArabicLetter;
import static io.github.countercheck.core.internal.SplitChars.isCloser;
import static io.github.countercheck.core.internal.SplitChars.isDigit;
import static io.github.countercheck.core.internal.SplitChars.isQuoteOpener;
import static io.github.countercheck.core.internal.SplitChars.isSpaceLike;
import static io.github.countercheck.core.internal.SplitChars.isTerminal;

/**
 * Splits news text into sentences, in linear time, without regular expressions. Immutable and
 * thread-safe; build it once and share it.
 *
 * <pre>{@code
 * List<Sentence> sentences = SentenceSplitter.defaults().split(document.text());
 * String first = sentences.get(0).text(document.text());
 * }</pre>
 *
 * <h2>Inside a paragraph</h2>
 *
 * <ul>
 *   <li>A sentence ends after {@code .} {@code !} {@code ?} {@code ؟} {@code …} {@code ۔} or a run
 *       of them ({@code ?!}, {@code ...}), together with the closing quotes and brackets right
 *       after them ({@code ".} ends after the dot, {@code ."} after the quote).
 *   <li>An ellipsis ({@code ..}, {@code ...}, {@code …}) ends a sentence even when glued to the
 *       next word ({@code المئات...قلب}).
 *   <li>A single full stop does <em>not</em> end a sentence
 *       <ul>
 *         <li>between two digits ({@code 12.5}; the Arabic decimal separator {@code ٫} is never a
 *             full stop);
 *         <li>when a Latin letter, a digit or punctuation follows it directly ({@code U.S},
 *             {@code pic.twitter.com});
 *         <li>after a single letter, an initial ({@code J. Smith}, {@code د. محمد});
 *         <li>after an abbreviation of the {@linkplain #abbreviations() list} ({@code Mr.},
 *             {@code U.S.}, {@code a.m.}, {@code ق.م.}), loaded by default from the resource
 *             {@value #ABBREVIATIONS_RESOURCE} next to this class.
 *       </ul>
 *       A full stop glued to a following Arabic letter ({@code الحكومة.وقال}) does end the
 *       sentence, a common typing slip in Arabic news.
 *   <li>A quotation {@code "…"}, {@code «…»}, {@code “…”} that closes within
 *       {@link #DEFAULT_MAX_QUOTE_LENGTH} characters and within the paragraph is kept whole: the
 *       full stops inside it do not end the sentence. When the quotation itself ends with final
 *       punctuation ({@code "... الوضع."}), the sentence ends after the closing quote, unless a
 *       lower-case Latin word follows ({@code "We are ready." he said}).
 * </ul>
 *
 * <h2>Line breaks</h2>
 *
 * A blank line (or U+2029, form feed) always ends a sentence. A single line break ends a sentence
 * when
 *
 * <ul>
 *   <li>the line before it ends with sentence-final punctuation, possibly followed by closing
 *       quotes or brackets, or with a colon (a list or a quotation follows);
 *   <li>the line before it is the first line of the text (a headline);
 *   <li>the line before it is wholly quoted or bracketed ({@code "العشرات لقوا حتفهم"},
 *       {@code ( المادة السادسة )}), a subheading;
 *   <li>one of the two lines starts with a dash or a bullet ({@code —} {@code –} {@code -}
 *       {@code *} {@code •}): the attribution line of an embedded tweet
 *       ({@code — name (@handle) January 5, 2022}), a list item;
 *   <li>the line before it is longer than {@link #DEFAULT_WRAP_WIDTH} characters (an unpunctuated
 *       paragraph);
 *   <li>or the text is not hard-wrapped.
 * </ul>
 *
 * The remaining breaks, after short lines, form chains of lines. A text is <em>hard-wrapped</em>
 * when its paragraphs were broken into short lines in the middle of sentences ({@code وقال} on one
 * line, {@code رئيس المنظمة ...} on the next). Evidence for it is a chain whose last line is also
 * short and ends with a full stop (not an ellipsis, which ends many headlines): the text is
 * hard-wrapped when such chains hold at least three breaks, twice as many as the breaks after
 * long unpunctuated lines. In a hard-wrapped text those chains are joined into one paragraph;
 * everywhere else each line is its own sentence, so that headlines, lists of related headlines and
 * subheadings without final punctuation stand alone. A known limit: in a hard-wrapped text, an
 * unquoted one-line subheading without final punctuation runs into the sentence after it.
 */
public final class SentenceSplitter {
  /** The resource, next to this class, holding the default abbreviation list. */
  public static final String ABBREVIATIONS_RESOURCE = "abbreviations.txt";
  /** Quotations longer than this (in UTF-16 units) do not protect their full stops. */
  public static final int DEFAULT_MAX_QUOTE_LENGTH = 400;
  /** Lines longer than this are never taken for hard-wrapped lines. */
  public static final int DEFAULT_WRAP_WIDTH = 100;

  /** Longest word that is looked up in the abbreviation list. */
  static final int MAX_ABBREVIATION = 24;

  private final Set<String> abbreviations;
  /** The same abbreviations, looked up by a range of chars. */
  private final WordTable abbreviationTable;
  private final int maxQuoteLength;

  private SentenceSplitter(Set<String> abbreviations, int maxQuoteLength) {
    this.abbreviations = abbreviations;
    Map<String, Integer> table = new HashMap<>();
    abbreviations.forEach(a -> table.put(a, 1));
    this.abbreviationTable = WordTable.of(table);
    this.maxQuoteLength = maxQuoteLength;
  }

  private static final class Default {
    static final SentenceSplitter INSTANCE = withAbbreviations(
        WordLists.resource(SentenceSplitter.class, ABBREVIATIONS_RESOURCE));
  }

  /** @return the splitter with the default abbreviation list and quotation length */
  public static SentenceSplitter defaults() {
    return Default.INSTANCE;
  }

  /**
   * A splitter with another abbreviation list.
   *
   * @param abbreviations abbreviations without their final full stop ({@code Dr}, {@code U.S},
   *     {@code ق.م}), in any case and spelling: they are normalized like the text
   * @return the splitter
   * @throws IllegalArgumentException if an entry is blank or contains white space
   */
  public static SentenceSplitter withAbbreviations(Collection<String> abbreviations) {
    Objects.requireNonNull(abbreviations, "abbreviations");
    Set<String> set = new HashSet<>();
    for (String a : abbreviations) {
      Objects.requireNonNull(a, "abbreviation");
      String s = a.strip();
      while (s.endsWith(".")) {
        s = s.substring(0, s.length() - 1);
      }
      if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("invalid abbreviation: '" + a + "'");
      }
      set.add(TextNormalizer.normalizeForm(s));
    }
    return new SentenceSplitter(Set.copyOf(set), DEFAULT_MAX_QUOTE_LENGTH);
  }

  /**
   * Reads an abbreviation list in the format of the default resource: UTF-8, one entry a line,
   * {@code #} comment lines and blank lines ignored.
   *
   * @param file the list
   * @return its entries, for {@link #withAbbreviations(Collection)}
   * @throws java.io.UncheckedIOException naming the file if it cannot be read
   */
  public static List<String> readAbbreviations(Path file) {
    return List.copyOf(WordLists.parse(Document.readUtf8(file)));
  }

  /**
   * @param maxQuoteLength the longest quotation, in UTF-16 units, whose full stops do not end the
   *     sentence; 0 turns quotation protection off
   * @return a splitter like this one with that limit
   * @throws IllegalArgumentException if the value is negative
   */
  public SentenceSplitter withMaxQuoteLength(int maxQuoteLength) {
    if (maxQuoteLength < 0) {
      throw new IllegalArgumentException("maxQuoteLength is negative: " + maxQuoteLength);
    }
    return new SentenceSplitter(abbreviations, maxQuoteLength);
  }

  /** @return the normalized abbreviations, without their final full stop */
  public Set<String> abbreviations() {
    return abbreviations;
  }

  /** @return the longest quotation whose full stops are protected */
  public int maxQuoteLength() {
    return maxQuoteLength;
  }

  /**
   * Splits a normalized text by its original.
   *
   * @param text a normalized text
   * @return the sentences of {@code text.original()}, spans in the original text
   */
  public List<Sentence> split(NormalizedText text) {
    return split(Objects.requireNonNull(text, "text").original());
  }

  /**
   * Splits a text into sentences.
   *
   * @param text the original text
   * @return the sentences in text order, each trimmed of white space, none empty; spans index
   *     {@code text}
   */
  public List<Sentence> split(String text) {
    Objects.requireNonNull(text, "text");
    List<Sentence> out = new ArrayList<>();
    char[] chars = text.toCharArray();
    SplitScratch scratch = new SplitScratch();
    for (int i = 0; i < chars.length; i++) {
      if (SplitChars.isStop(chars[i])) {
        scratch.stop(i);
      }
    }
    sentences(chars, chars.length, scratch,
        (s, e) -> out.add(new Sentence(new Span(s, e), out.size())));
    return List.copyOf(out);
  }

  /**
   * Splits the first {@code n} chars of {@code text}, as {@link #split(String)} does, into a sink.
   * The positions of the text's {@link SplitChars#isStop} chars must be in the scratch ({@link
   * SplitScratch#stop}); they are cleared after the split.
   *
   * @param text    the original text's chars
   * @param n       how many of them
   * @param scratch arrays to reuse, holding the positions of the stops
   * @param out     receives the sentences in text order
   */
  void sentences(char[] text, int n, SplitScratch scratch, SentenceSink out) {
    LineBreaks.lines(text, n, scratch);
    int count = scratch.count;
    if (count > 0) {
      boolean[] splitAfter = LineBreaks.decideBreaks(text, scratch, maxQuoteLength);
      int blockStart = scratch.start[0];
      int stop = 0;
      for (int i = 0; i < count; i++) {
        if (i == count - 1 || splitAfter[i]) {
          stop = scanBlock(text, blockStart, scratch.end[i], out, scratch, stop);
          if (i + 1 < count) {
            blockStart = scratch.start[i + 1];
          }
        }
      }
    }
    scratch.stopCount = 0;
  }

  // ---------------------------------------------------------------------------------- blocks

  /**
   * Splits one paragraph (lines joined by continuing line breaks).
   *
   * @param scratch holds the positions of the stops and, per opening quote kind, how far a failed
   *     search for its closing quote has already looked, so that unmatched quotes cost linear time
   * @param stop      the index of the first stop at or after {@code from}, or of one before it
   * @return the index of the first stop at or after {@code to}, or of one before it
   */
  private int scanBlock(char[] text, int from, int to, SentenceSink out, SplitScratch scratch, int stop) {
    int[] scanned = scratch.scanned;
    int[] stops = scratch.stops;
    int stopCount = scratch.stopCount;
    Arrays.fill(scanned, from);
    int sentStart = from;
    int protectedEnd = -1;
    int i = from;
    while (true) {
      // every char but the stops and the end of a protected quotation is passed over
      while (stop < stopCount && stops[stop] < i) {
        stop++;
      }
      int next = stop < stopCount ? stops[stop] : to;
      if (protectedEnd >= i && protectedEnd < next) {
        next = protectedEnd;
      }
      if (next >= to) {
        break;
      }
      i = next;
      char c = text[i];
      if (i == protectedEnd && endsQuotedSentence(text, i, to)) {
        emit(text, sentStart, i + 1, out);
        sentStart = i + 1;
        i++;
        continue;
      }
      if (i > protectedEnd && isQuoteOpener(c)) {
        int close = findClose(text, i, to, c, scanned);
        if (close >= 0) {
          protectedEnd = close;
        }
        i++;
        continue;
      }
      if (!isTerminal(c)) {
        i++;
        continue;
      }
      int r = i + 1;
      while (r < to && isTerminal(text[r])) {
        r++;
      }
      if (i < protectedEnd) {
        i = r;
        continue;
      }
      boolean split = r - i > 1 || c != '.' || endsAtFullStop(text, from, i, to, scratch);
      if (!split) {
        i = r;
        continue;
      }
      int e = r;
      while (e < to && isCloser(text[e])
          && (!isAmbiguousQuote(text[e]) || e + 1 == to
              || isSpaceLike(text[e + 1]) || isCloser(text[e + 1]))) {
        e++;
      }
      emit(text, sentStart, e, out);
      sentStart = e;
      i = e;
    }
    emit(text, sentStart, to, out);
    return stop;
  }

  /**
   * Whether the closing quote at {@code close} ends the sentence: the quotation ends with final
   * punctuation and is followed by white space and not by a lower-case word ({@code "..." he said}).
   */
  private static boolean endsQuotedSentence(char[] text, int close, int to) {
    if (close == 0 || !isTerminal(text[close - 1])) {
      return false;
    }
    int j = close + 1;
    if (j < to && !isSpaceLike(text[j])) {
      return false;
    }
    while (j < to && isSpaceLike(text[j])) {
      j++;
    }
    return j == to || !Character.isLowerCase(text[j]);
  }

  private int findClose(char[] text, int open, int to, char opener, int[] scanned) {
    int kind = opener == '"' ? 0 : opener == '\u00AB' ? 1 : opener == '\u201C' ? 2 : 3;
    int limit = (int) Math.min(to, (long) open + 1 + maxQuoteLength);
    int j = Math.max(open + 1, scanned[kind]);
    for (; j < limit; j++) {
      char c = text[j];
      boolean closes = switch (opener) {
        case '"' -> c == '"';
        case '\u00AB' -> c == '\u00BB';
        default -> c == '\u201D' || c == '\u201C';
      };
      if (closes) {
        return j;
      }
    }
    scanned[kind] = Math.max(scanned[kind], limit);
    return -1;
  }

  /** Decides whether a single full stop at {@code dot} ends the sentence. */
  private boolean endsAtFullStop(char[] text, int from, int dot, int to, SplitScratch scratch) {
    char prev = dot > from ? text[dot - 1] : ' ';
    char next = dot + 1 < to ? text[dot + 1] : ' ';
    if (isDigit(prev) && isDigit(next)) {
      return false;
    }
    if (!isSpaceLike(next) && !isCloser(next) && !isQuoteOpener(next) && !isArabicLetter(next)) {
      return false;
    }
    int ws = dot;
    while (ws > from && dot - ws <= MAX_ABBREVIATION) {
      char c = text[ws - 1];
      if (isSpaceLike(c) || isQuoteOpener(c) || c == '(' || c == '[' || isCloser(c)) {
        break;
      }
      ws--;
    }
    if (ws == dot || dot - ws > MAX_ABBREVIATION) {
      return true;
    }
    // the word before the stop, normalized as the abbreviations are
    char[] word = scratch.word;
    int len = 0;
    for (int i = ws; i < dot; i++) {
      char m = TextNormalizer.map(text[i]);
      if (m != TextNormalizer.DELETE || text[i] == TextNormalizer.DELETE) {
        word[len++] = m;
      }
    }
    if (len == 1 && Character.isLetter(word[0])) {
      return false;
    }
    return abbreviationTable.get(word, 0, len) == 0;
  }

  private static void emit(char[] text, int s, int e, SentenceSink out) {
    while (s < e && isSpaceLike(text[s])) {
      s++;
    }
    while (e > s && isSpaceLike(text[e - 1])) {
      e--;
    }
    if (s < e) {
      out.sentence(s, e);
    }
  }
}
