package io.github.countercheck.reconcile.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.core.TextNormalizer;
import io.github.countercheck.core.TokenType;
import io.github.countercheck.core.internal.Stems;
import io.github.countercheck.core.internal.TextScanner;
import io.github.countercheck.core.internal.TokenBuffer;
import io.github.countercheck.core.internal.WordLists;
import io.github.countercheck.core.internal.WordRuns;
import io.github.countercheck.core.internal.WordTable;
import io.github.countercheck.reconcile.PlaceAliases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a document says, as the story clusterer weighs it: term counts in four sub-vectors, read
 * in one pass over the tokens of core's {@link TextScanner} (its normalization and tokenizer).
 * Immutable and thread-safe; the scanner and buffer passed in belong to the caller.
 *
 * <ul>
 *   <li><b>content</b>: every word that is not a stopword ({@code stopwords-ar.txt},
 *       {@code stopwords-en.txt}), as its stem: the proclitics that {@link Stems} finds are
 *       dropped, then one Arabic suffix of {@code suffixes-ar.txt} (a light stemmer, as Lucene's),
 *       or an English plural {@code s};
 *   <li><b>title</b>: the same for the words of the first non-blank line (a headline in news);
 *   <li><b>names</b>: the places of reconcile's {@code places.json}, folded by
 *       {@link PlaceAliases} to one name whatever the spelling; the two words after a title or a
 *       kind of place ({@code name-cues.txt}: {@code المستشار}, {@code محافظة}); and in Latin
 *       script capitalized words inside a sentence;
 *   <li><b>figures</b>: the numbers written in digits (any script), without their separators;
 *       times of day ({@code 10:30}) are not figures.
 * </ul>
 *
 * Names and figures are keyed apart from words ({@code @} and {@code #} in front), so that the
 * clusterer keeps one table of document frequencies.
 */
final class Features {
  /** The first chars of a text that are read: news articles are far shorter. */
  static final int MAX_CHARS = 100_000;
  /** The first words of the first line that make the title sub-vector. */
  private static final int TITLE_WORDS = 30;
  /** Fewest letters an Arabic stem keeps after its suffix is stripped. */
  private static final int MIN_STEM = 3;
  private static final String PATH = "/io/github/countercheck/reconcile/";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static volatile Features defaults;

  /** Counts of one document. */
  static final class Terms {
    final Map<String, int[]> content;
    final Map<String, int[]> title;
    final Map<String, int[]> names;
    final Map<String, int[]> figures;

    Terms() {
      this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    Terms(Map<String, int[]> content, Map<String, int[]> title, Map<String, int[]> names,
        Map<String, int[]> figures) {
      this.content = content;
      this.title = title;
      this.names = names;
      this.figures = figures;
    }

    static void count(Map<String, int[]> m, String term) {
      int[] c = m.get(term);
      if (c == null) {
        m.put(term, new int[] {1});
      } else {
        c[0]++;
      }
    }
  }

  private final WordTable stopwords;
  private final WordTable cues;
  private final char[][] suffixes;
  /** First words of place aliases, normalized; the value is the most words of its aliases. */
  private final WordTable placeStarts;
  private final PlaceAliases places;

  private Features(WordTable stopwords, WordTable cues, char[][] suffixes, WordTable placeStarts,
      PlaceAliases places) {
    this.stopwords = stopwords;
    this.cues = cues;
    this.suffixes = suffixes;
    this.placeStarts = placeStarts;
    this.places = places;
  }

  /** @return the built-in lists, loaded once */
  static Features defaults() {
    Features f = defaults;
    if (f == null) {
      Map<String, Integer> stop = new HashMap<>();
      for (String w : list("story/stopwords-ar.txt")) {
        stop.put(TextNormalizer.normalizeForm(w), 1);
      }
      for (String w : list("story/stopwords-en.txt")) {
        stop.put(TextNormalizer.normalizeForm(w), 1);
      }
      Map<String, Integer> cue = new HashMap<>();
      for (String w : list("story/name-cues.txt")) {
        cue.put(TextNormalizer.normalizeForm(w), 1);
      }
      List<String> sfx = new ArrayList<>();
      for (String s : list("story/suffixes-ar.txt")) {
        String n = TextNormalizer.normalizeForm(s);
        if (!sfx.contains(n)) {
          sfx.add(n);
        }
      }
      sfx.sort((a, b) -> b.length() - a.length());
      char[][] suffixes = new char[sfx.size()][];
      for (int i = 0; i < suffixes.length; i++) {
        suffixes[i] = sfx.get(i).toCharArray();
      }
      f = new Features(WordTable.of(stop), WordTable.of(cue), suffixes, placeStarts(),
          PlaceAliases.builtIn());
      defaults = f;
    }
    return f;
  }

  /**
   * Reads the terms of a document's text.
   *
   * @param text    the original text; only its first {@link #MAX_CHARS} chars are read
   * @param scanner a scanner to read it with
   * @param tokens  a buffer for its tokens
   * @return the counts
   */
  Terms read(String text, TextScanner scanner, TokenBuffer tokens) {
    String t = text.length() > MAX_CHARS ? text.substring(0, cut(text, MAX_CHARS)) : text;
    Terms out = new Terms();
    scanner.scan(t);
    int n = scanner.tokenize(0, Integer.MAX_VALUE, tokens);
    int titleEnd = titleEnd(t);
    char[] s = tokens.chars();
    int pendingNames = 0;
    boolean sentenceStart = true;
    int titleWords = 0;
    for (int i = 0; i < n; i++) {
      TokenType type = tokens.type(i);
      if (type == TokenType.NUMBER) {
        pendingNames = 0;
        sentenceStart = false;
        String figure = figure(s, tokens.start(i), tokens.end(i));
        if (figure != null) {
          Terms.count(out.figures, figure);
        }
        continue;
      }
      if (type != TokenType.WORD) {
        pendingNames = 0;
        char c = s[tokens.start(i)];
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\n') {
          sentenceStart = true;
        }
        continue;
      }
      int from = tokens.start(i);
      int to = tokens.end(i);
      int offsets = tokens.stemOffsets(i);
      boolean wasSentenceStart = sentenceStart;
      sentenceStart = false;
      if (stopwords.getStems(s, from, to, offsets) != 0) {
        pendingNames = 0;
        continue;
      }
      int placeWords = placeStarts.getStems(s, from, to, offsets);
      if (placeWords != 0) {
        place(t, tokens, i, n, placeWords, out);
      }
      String stem = stem(s, from + 31 - Integer.numberOfLeadingZeros(offsets), to);
      if (stem == null) {
        pendingNames = 0;
        continue;
      }
      Terms.count(out.content, stem);
      if (tokens.originalStart(i) < titleEnd && titleWords < TITLE_WORDS) {
        Terms.count(out.title, stem);
        titleWords++;
      }
      boolean latin = s[from] < 0x0250;
      if (pendingNames > 0) {
        Terms.count(out.names, "@" + stem);
        pendingNames--;
      } else if (latin && !wasSentenceStart
          && Character.isUpperCase(t.charAt(tokens.originalStart(i)))) {
        Terms.count(out.names, "@" + stem);
      }
      if (cues.getStems(s, from, to, offsets) != 0) {
        pendingNames = 2;
      }
    }
    return out;
  }

  /** Adds the known place that starts at token {@code i}, if one does, folded to its name. */
  private void place(String text, TokenBuffer tokens, int i, int n, int maxWords, Terms out) {
    int start = tokens.originalStart(i);
    for (int len = Math.min(maxWords, n - i); len >= 1; len--) {
      int last = i + len - 1;
      boolean words = true;
      for (int k = i + 1; k <= last; k++) {
        words &= tokens.isWord(k);
      }
      if (!words) {
        continue;
      }
      String name = places.canonicalName(text.substring(start, tokens.originalEnd(last)));
      if (name != null) {
        Terms.count(out.names, "@" + TextNormalizer.normalizeForm(name));
        return;
      }
    }
  }

  /** A figure as a key, or null for a time of day. */
  private static String figure(char[] s, int from, int to) {
    StringBuilder b = new StringBuilder(to - from + 1).append('#');
    for (int k = from; k < to; k++) {
      char c = s[k];
      if (c == ':') {
        return null;
      }
      if (c != ',') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The stem of a word after its proclitics: one Arabic suffix stripped when {@link #MIN_STEM}
   * letters remain, or an English plural; null for a word of fewer than two letters.
   */
  String stem(char[] s, int from, int to) {
    if (to - from < 2) {
      return null;
    }
    if (s[from] >= 0x0600 && s[from] <= 0x06FF) {
      for (char[] sfx : suffixes) {
        if (to - from - sfx.length >= MIN_STEM && endsWith(s, to, sfx)) {
          return new String(s, from, to - from - sfx.length);
        }
      }
      return new String(s, from, to - from);
    }
    return englishMinimal(new String(s, from, to - from));
  }

  private static boolean endsWith(char[] s, int to, char[] sfx) {
    for (int k = 0; k < sfx.length; k++) {
      if (s[to - sfx.length + k] != sfx[k]) {
        return false;
      }
    }
    return true;
  }

  /** Lucene's English minimal stemmer (plurals only). */
  private static String englishMinimal(String w) {
    int n = w.length();
    if (n < 3 || w.charAt(n - 1) != 's' || w.charAt(n - 2) == 'u' || w.charAt(n - 2) == 's') {
      return w;
    }
    if (n > 3 && w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("es") && (w.endsWith("aes") || w.endsWith("ees") || w.endsWith("oes"))) {
      return w;
    }
    return w.substring(0, n - 1);
  }

  /** The original index where the first non-blank line ends. */
  static int titleEnd(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int end = text.indexOf('\n', i);
    return end < 0 ? n : end;
  }

  /** A cut at or before {@code max} that does not split a surrogate pair. */
  static int cut(String text, int max) {
    return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
  }

  /** The first words of the aliases of {@code places.json}, with the most words of an alias. */
  private static WordTable placeStarts() {
    JsonNode root;
    try (InputStream in = Features.class.getResourceAsStream(PATH + "places.json")) {
      if (in == null) {
        throw new IllegalStateException("resource places.json is missing");
      }
      root = MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read places.json", e);
    }
    Map<String, Integer> starts = new HashMap<>();
    for (JsonNode p : root.path("places")) {
      List<String> names = new ArrayList<>();
      names.add(p.path("name").asText(""));
      p.path("aliases").forEach(a -> names.add(a.asText("")));
      for (String name : names) {
        List<String> words = WordRuns.letters(TextNormalizer.normalizeForm(name));
        if (!words.isEmpty()) {
          starts.merge(words.get(0), words.size(), Math::max);
          // an alias written with the article also matches the bare stem, as lexicons do
          String w = words.get(0);
          for (int m = Stems.offsets(w) & ~1; m != 0; m &= m - 1) {
            starts.merge(w.substring(Integer.numberOfTrailingZeros(m)), words.size(), Math::max);
          }
        }
      }
    }
    return WordTable.of(starts);
  }

  /** Reads a word list next to this package's resources ({@link WordLists}). */
  private static List<String> list(String name) {
    return WordLists.read(Features.class.getResourceAsStream(PATH + name), name);
  }
}
