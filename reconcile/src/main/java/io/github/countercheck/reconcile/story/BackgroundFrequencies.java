package io.github.countercheck.reconcile.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of story terms in a background collection of news, so that the first
 * documents of a stream (or a small folder of five articles) weigh their words as a large stream
 * would: without them every word of a small collection is rare, and two reports of one incident in
 * different words look unrelated. IDF then reads {@code ln((1 + N0 + N) / (1 + df0 + df)) + 1},
 * with {@code N0, df0} from here and {@code N, df} from the stream.
 *
 * <p>The built-in table ({@code background-df.tsv} beside this class) was counted by {@code
 * BackgroundFrequenciesBuilder} (reconcile's tests) over the development corpora
 * {@code saudi-news-2015-dev} (Arabic) and {@code english-news-dev} (English): not the 2013 corpus
 * whose story labels measure the clustering. Its first line is {@code #documents<TAB>N0}, then
 * one {@code term<TAB>df0} a line (terms as {@code Features} keys them: stems, {@code @}names and
 * figures), terms seen in fewer than 3 documents left out. Immutable.
 */
final class BackgroundFrequencies {

  static final String RESOURCE = "background-df.tsv";
  static final BackgroundFrequencies NONE = new BackgroundFrequencies(0, Map.of());
  private static volatile BackgroundFrequencies builtIn;

  private final long documents;
  private final Map<String, Integer> df;

  BackgroundFrequencies(long documents, Map<String, Integer> df) {
    this.documents = documents;
    this.df = df;
  }

  static BackgroundFrequencies builtIn() {
    BackgroundFrequencies b = builtIn;
    if (b == null) {
      try (InputStream in = BackgroundFrequencies.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        b = read(in, RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(RESOURCE + ": cannot read: " + e.getMessage(), e);
      }
      builtIn = b;
    }
    return b;
  }

  static BackgroundFrequencies read(InputStream in, String name) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String first = r.readLine();
    if (first == null || !first.startsWith("#documents\t")) {
      throw new IllegalArgumentException(name + ":1: must start with #documents<TAB>N");
    }
    long n = Long.parseLong(first.substring(first.indexOf('\t') + 1).trim());
    Map<String, Integer> df = new HashMap<>();
    int lineNo = 1;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": not term<TAB>df");
      }
      int f = Integer.parseInt(line.substring(tab + 1).trim());
      if (f < 0 || f > n) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": df " + f + " not in [0, " + n
            + "]");
      }
      df.put(line.substring(0, tab), f);
    }
    return new BackgroundFrequencies(n, Map.copyOf(df));
  }

  /** @return the background collection's size, N0 */
  long documents() {
    return documents;
  }

  /** @return the background document frequency of a term, df0 (0 when unseen) */
  int df(String term) {
    Integer f = df.get(term);
    return f == null ? 0 : f;
  }

  /** @return every term's background document frequency */
  Map<String, Integer> frequencies() {
    return df;
  }

  int size() {
    return df.size();
  }
}
