package io.github.countercheck.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Arabic proclitics, as one table (the role of the prefix array of Lucene's {@code
 * ArabicStemmer}), and the uses that read words by it. Immutable and thread-safe.
 *
 * <p>Arabic writes some short words glued to the word after them. The table, in the order they
 * stack:
 *
 * <table>
 *   <caption>The proclitics</caption>
 *   <tr><th>slot</th><th>letters</th><th>example</th></tr>
 *   <tr><td>conjunction</td><td>{@code و} {@code ف}</td><td>والمتظاهرين، فقتل</td></tr>
 *   <tr><td>preposition</td><td>{@code ب} {@code ك} {@code ل}</td><td>بالقاهرة، كسائر، لمصر</td></tr>
 *   <tr><td>ل with the article</td><td>{@code لل} (the article's alef is not written)</td>
 *       <td>للمتظاهرين</td></tr>
 *   <tr><td>article</td><td>{@code ال}</td><td>المتظاهرين</td></tr>
 * </table>
 *
 * <p>A word's candidate stems are the word itself, then what is left after an optional
 * conjunction, then after a preposition (or {@code لل}) following the word or the conjunction,
 * then after the article following any of those. Each use says which letters it strips and how
 * many letters each must leave, so that a short word is never taken apart; the uses differ where
 * their data was written to the rules they have always had (their output is kept as it was):
 *
 * <ul>
 *   <li>{@link #STEMS}, the lexicon's stems ({@link Stems}, every token): all of them, each
 *       leaving two letters; the article only when its alef has no hamza in the original.
 *   <li>{@link #NUMBER_WORDS}, number words and the words around them: و leaving two letters,
 *       ف ب ل three (لل is ل), no ك and no article, as the numeral scan has always read them.
 *   <li>{@link #PLACE_NAMES}, place names: each leaving three letters, لل two, and the word after
 *       لل is read with its article written ({@code للمدينة} is also {@code المدينة}); no article
 *       after a plain ل.
 *   <li>{@link #VOICE_NAMES}, the words of a source's name: و leaving three letters, then the
 *       article leaving two.
 * </ul>
 *
 * <pre>{@code
 * Proclitics.STEMS.candidates("والمتظاهرين")        // [والمتظاهرين, المتظاهرين, متظاهرين]
 * Proclitics.NUMBER_WORDS.candidates("وبخمسة")       // [وبخمسة, بخمسة, خمسة]
 * Proclitics.PLACE_NAMES.candidates("للمدينة")       // [للمدينة, المدينة, مدينة]
 * }</pre>
 */
public final class Proclitics {
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char KAF = '\u0643';
  private static final char LAM = '\u0644';
  private static final char ALEF = '\u0627';
  private static final char ALEF_WASLA = '\u0671';

  /** The conjunctions, in the order of the constructor's {@code conjunctionMin}. */
  private static final char[] CONJUNCTIONS = {WAW, FEH};
  /** The prepositions, in the order of the constructor's {@code prepositionMin}. */
  private static final char[] PREPOSITIONS = {BEH, KAF, LAM};

  /** The lexicon's stems: every proclitic, each leaving two letters. */
  public static final Proclitics STEMS =
      new Proclitics("stems", new int[] {2, 2}, new int[] {2, 2, 2}, 2, 2, false, true);
  /** Number words and the words around them: و (2), ف ب ل (3), لل read as ل, no article. */
  public static final Proclitics NUMBER_WORDS =
      new Proclitics("number words", new int[] {2, 3}, new int[] {3, 0, 3}, 0, 0, false, true);
  /** Place names: each leaving three letters, لل two with the article written after it. */
  public static final Proclitics PLACE_NAMES =
      new Proclitics("place names", new int[] {3, 3}, new int[] {3, 3, 3}, 2, 3, true, false);
  /** The words of a source's name: و (3), then the article (2). */
  public static final Proclitics VOICE_NAMES =
      new Proclitics("voice names", new int[] {3, 0}, new int[] {0, 0, 0}, 0, 2, false, true);

  /** The letters are looked up by their offset from this one, in tables of {@link #SPAN}. */
  private static final char BASE = ALEF;
  private static final int SPAN = WAW - BASE + 1;

  private final String name;
  /** Per letter (by its offset from {@link #BASE}), the fewest letters it must leave as a
   * conjunction; 0: not one. */
  private final byte[] conjunctionMin = new byte[SPAN];
  /** The same as a preposition. */
  private final byte[] prepositionMin = new byte[SPAN];
  /** Per letter, whether a word that opens with it may lose anything: a word that opens with
   * another is its only candidate, found with one lookup. */
  private final boolean[] opens = new boolean[SPAN];
  /** The fewest letters لل must leave; 0: لل is read as a plain ل. */
  private final int lilMin;
  /** The fewest letters the article must leave; 0: not stripped. */
  private final int articleMin;
  /** Whether the word after لل is also read with its article written (ال + the rest). */
  private final boolean lilWritesArticle;
  /** Whether the article is stripped after a plain ل. */
  private final boolean articleAfterLam;

  private Proclitics(String name, int[] conjunctionMin, int[] prepositionMin, int lilMin,
      int articleMin, boolean lilWritesArticle, boolean articleAfterLam) {
    this.name = name;
    for (int i = 0; i < CONJUNCTIONS.length; i++) {
      this.conjunctionMin[CONJUNCTIONS[i] - BASE] = (byte) conjunctionMin[i];
      this.opens[CONJUNCTIONS[i] - BASE] |= conjunctionMin[i] > 0;
    }
    for (int i = 0; i < PREPOSITIONS.length; i++) {
      this.prepositionMin[PREPOSITIONS[i] - BASE] = (byte) prepositionMin[i];
      this.opens[PREPOSITIONS[i] - BASE] |= prepositionMin[i] > 0;
    }
    this.opens[LAM - BASE] |= lilMin > 0;
    this.opens[ALEF - BASE] |= articleMin > 0;
    this.lilMin = lilMin;
    this.articleMin = articleMin;
    this.lilWritesArticle = lilWritesArticle;
    this.articleAfterLam = articleAfterLam;
  }

  /**
   * The candidate offsets of a normalized word.
   *
   * @param s     the normalized chars
   * @param start start of the word in them
   * @param end   end of the word in them
   * @return the bit set of offsets (relative to {@code start}) where a candidate stem starts; bit
   *     0 (the whole word) always set
   */
  public int offsets(char[] s, int start, int end) {
    return opens(s, start, end) ? scan(s, start, end, null, null) : 1;
  }

  /**
   * The candidate stems of a normalized word, longest first: the word, then what each run of
   * proclitics leaves; for a use that writes the article after لل, that form comes right before
   * the same stem without it.
   *
   * @param normalizedWord a normalized word
   * @return the candidates
   */
  public List<String> candidates(String normalizedWord) {
    Objects.requireNonNull(normalizedWord, "normalizedWord");
    char[] s = normalizedWord.toCharArray();
    int bare = offsets(s, 0, s.length);
    int written = written(s, 0, s.length);
    List<String> out = new ArrayList<>(Integer.bitCount(bare) + Integer.bitCount(written));
    for (int m = bare | written; m != 0; m &= m - 1) {
      int k = Integer.numberOfTrailingZeros(m);
      if ((written & (1 << k)) != 0) {
        out.add("\u0627\u0644" + normalizedWord.substring(k));
      }
      if ((bare & (1 << k)) != 0) {
        out.add(normalizedWord.substring(k));
      }
    }
    return out;
  }

  /**
   * {@link #offsets(char[], int, int)} of {@link #STEMS}, telling a hamza alef from the article's
   * plain alef in the original.
   *
   * @param original the original text, or null to take every {@code ال} for the article
   * @param align    normalized index to original index; unused when {@code original} is null
   */
  int offsets(char[] s, int start, int end, String original, int[] align) {
    return opens(s, start, end) ? scan(s, start, end, original, align) : 1;
  }

  /**
   * Whether the word {@code s[start, end)} may lose anything: it has three letters or more and
   * opens with a letter this use strips. Most words do not; they are answered here, in a few
   * instructions, and only the others are read by {@link #scan}.
   */
  private boolean opens(char[] s, int start, int end) {
    if (end - start < 3) {
      return false; // every proclitic leaves two letters at least
    }
    int c0 = s[start] - BASE;
    return c0 >= 0 && c0 < SPAN && opens[c0];
  }

  /**
   * The one reading loop: the offsets of the stems. A use that writes the article after لل
   * ({@link #lilWritesArticle}) has the stem after لل here only when it leaves {@link
   * #articleMin} letters (the article it is written with is stripped like any other); {@link
   * #written} gives the offsets of the forms written with it.
   */
  private int scan(char[] s, int start, int end, String original, int[] align) {
    int n = end - start;
    int mask = 1;
    int conj = conjunctionMin[s[start] - BASE];
    if (conj > 0 && n - 1 >= conj) {
      mask |= 1 << 1;
    }
    int afterLam = 0;
    for (int m = mask; m != 0; m &= m - 1) { // a preposition after each candidate so far
      int k = Integer.numberOfTrailingZeros(m);
      char c = s[start + k];
      if (lilMin > 0 && c == LAM && k + 1 < n && s[start + k + 1] == LAM) {
        int rest = n - (k + 2);
        if (rest >= lilMin && (!lilWritesArticle || articleMin > 0 && rest >= articleMin)) {
          mask |= 1 << (k + 2);
        }
        continue;
      }
      int prep = c >= BASE && c - BASE < SPAN ? prepositionMin[c - BASE] : 0;
      if (prep > 0 && n - (k + 1) >= prep) {
        mask |= 1 << (k + 1);
        if (c == LAM) {
          afterLam |= 1 << (k + 1);
        }
      }
    }
    if (articleMin > 0) {
      // the stems after لل written with the article are not read for another article
      int from = lilWritesArticle ? mask & ~lils(s, start, n, mask) : mask;
      mask |= articles(s, start, n, from & (articleAfterLam ? -1 : ~afterLam), original, align);
    }
    return mask;
  }

  /** The offsets of {@code mask} that follow a لل (at two offsets before them). */
  private static int lils(char[] s, int start, int n, int mask) {
    int out = 0;
    for (int m = mask & ~3; m != 0; m &= m - 1) {
      int k = Integer.numberOfTrailingZeros(m);
      if (s[start + k - 2] == LAM && s[start + k - 1] == LAM) {
        out |= 1 << k;
      }
    }
    return out;
  }

  /** The offsets after لل of the forms written with the article, for {@link #lilWritesArticle}. */
  private int written(char[] s, int start, int end) {
    int n = end - start;
    if (!lilWritesArticle || !opens(s, start, end)) {
      return 0;
    }
    int out = 0;
    int conj = conjunctionMin[s[start] - BASE];
    int candidates = conj > 0 && n - 1 >= conj ? 3 : 1;
    for (int m = candidates; m != 0; m &= m - 1) {
      int k = Integer.numberOfTrailingZeros(m);
      if (k + 1 < n && s[start + k] == LAM && s[start + k + 1] == LAM && n - (k + 2) >= lilMin) {
        out |= 1 << (k + 2);
      }
    }
    return out;
  }

  /** The offsets after an article that follows one of the candidates {@code mask}. */
  private int articles(char[] s, int start, int n, int mask, String original, int[] align) {
    int out = 0;
    for (int m = mask; m != 0; m &= m - 1) {
      int k = Integer.numberOfTrailingZeros(m);
      if (k + 1 < n && s[start + k] == ALEF && s[start + k + 1] == LAM
          && n - (k + 2) >= articleMin
          && (original == null || plainAlef(original.charAt(align[start + k])))) {
        out |= 1 << (k + 2);
      }
    }
    return out;
  }

  private static boolean plainAlef(char c) {
    return c == ALEF || c == ALEF_WASLA;
  }

  @Override
  public String toString() {
    return "Proclitics[" + name + "]";
  }
}
