package io.github.countercheck.reconcile.story;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.internal.TextScanner;
import io.github.countercheck.core.internal.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Counts the background document frequencies of {@link BackgroundFrequencies}: every {@code *.txt}
 * of the folders given, read by the clusterer's own {@link Features}, each term counted once per
 * document; terms of fewer than {@link #MIN_DF} documents are left out. Run from the repository:
 *
 * <pre>
 * mvn -B -q -o test-compile -pl reconcile -am
 * java -cp "$(cat reconcile/target/cp.txt):reconcile/target/classes:reconcile/target/test-classes" \
 *   io.github.countercheck.reconcile.story.BackgroundFrequenciesBuilder \
 *   reconcile/src/main/resources/io/github/countercheck/reconcile/story/background-df.tsv \
 *   ../shared/corpus/saudi-news-2015-dev ../shared/corpus/english-news-dev
 * </pre>
 */
final class BackgroundFrequenciesBuilder {

  static final int MIN_DF = 3;

  private BackgroundFrequenciesBuilder() {}

  /** Counts the folders' documents; the result keeps every term (no minimum). */
  static BackgroundFrequencies count(List<Path> folders) {
    Features features = Features.defaults();
    TextScanner scanner = new TextScanner();
    TokenBuffer tokens = new TokenBuffer();
    Map<String, Integer> df = new HashMap<>();
    long n = 0;
    for (Path folder : folders) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> s = Files.list(folder)) {
        s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (Path f : files) {
        Features.Terms t = features.read(Document.readUtf8(f), scanner, tokens);
        Set<String> seen = new HashSet<>(t.content.keySet());
        seen.addAll(t.names.keySet());
        seen.addAll(t.figures.keySet());
        for (String k : seen) {
          df.merge(k, 1, Integer::sum);
        }
        n++;
      }
    }
    return new BackgroundFrequencies(n, df);
  }

  public static void main(String[] args) throws IOException {
    List<Path> folders = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      folders.add(Path.of(args[i]));
    }
    BackgroundFrequencies counted = count(folders);
    try (Writer w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      w.write("#documents\t" + counted.documents() + "\n");
      for (Map.Entry<String, Integer> e : new TreeMap<>(counted.frequencies()).entrySet()) {
        if (e.getValue() >= MIN_DF && e.getKey().indexOf('\t') < 0 && e.getKey().indexOf('\n') < 0) {
          w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
      }
    }
    System.out.println(counted.documents() + " documents, " + counted.size() + " terms");
  }
}
