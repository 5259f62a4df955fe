package io.github.countercheck.benchmarks;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The texts a benchmark reads, loaded once per trial: every {@code *.txt} file of a directory, in
 * name order, with its UTF-8 size and its token count, so that a rate of documents becomes MB/s and
 * ns per token. Nothing from a corpus is committed; the directory is given at run time.
 */
final class Corpus {
  final String[] texts;
  final Document[] documents;
  final int[] bytes;
  final int[] tokens;
  final long totalBytes;
  final long totalTokens;

  private Corpus(List<String> ids, List<String> texts) {
    int n = texts.size();
    this.texts = texts.toArray(new String[0]);
    this.documents = new Document[n];
    this.bytes = new int[n];
    this.tokens = new int[n];
    long b = 0;
    long t = 0;
    for (int i = 0; i < n; i++) {
      documents[i] = Document.of(ids.get(i), this.texts[i]);
      bytes[i] = this.texts[i].getBytes(StandardCharsets.UTF_8).length;
      tokens[i] = Tokenizer.defaults().tokenize(this.texts[i]).size();
      b += bytes[i];
      t += tokens[i];
    }
    this.totalBytes = b;
    this.totalTokens = t;
  }

  /**
   * Loads the corpus directory when one is given, else the seeds.
   *
   * @param corpus a directory of {@code *.txt} files, or blank
   * @param seeds  the seeds directory, used when {@code corpus} is blank
   * @return the corpus
   */
  static Corpus load(String corpus, String seeds) {
    Path dir = Path.of(corpus == null || corpus.isBlank() ? seeds : corpus);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "corpus directory '" + dir.toAbsolutePath() + "' does not exist");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> ids = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      String text = Document.readUtf8(f);
      if (!text.isBlank()) {
        ids.add(f.getFileName().toString());
        texts.add(text);
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no non-empty *.txt file in '" + dir + "'");
    }
    return of(ids, texts);
  }

  /**
   * @param ids   the document ids
   * @param texts their texts, none empty
   * @return a corpus of these texts
   */
  static Corpus of(List<String> ids, List<String> texts) {
    return new Corpus(ids, texts);
  }

  int size() {
    return texts.length;
  }

  /** Prints the volume, so that a per-document figure converts to bytes and tokens. */
  void describe(String name) {
    System.out.printf("%n# %s: %d documents, %d UTF-8 bytes (%.1f per document), %d tokens%n",
        name, size(), totalBytes, (double) totalBytes / size(), totalTokens);
  }
}
