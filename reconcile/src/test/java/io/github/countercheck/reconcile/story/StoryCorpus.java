package io.github.countercheck.reconcile.story;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.PublicationTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The story-labelled sample of {@code arabic-news-2013} ({@code stories/labels.tsv}), its split
 * into a tuning part and a measured part, and the corpus documents with the outlet and time of
 * its {@code manifest.tsv}.
 */
final class StoryCorpus {
  /** The seed of the one random split of the labelled stories; never changed after measuring. */
  static final long SPLIT_SEED = 20130221L;
  /** The least share of the labelled documents in the measured part. */
  static final double MEASURED_SHARE = 0.45;

  private StoryCorpus() {}

  /** @return the story label of each labelled document, in file order */
  static Map<String, String> labels() {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = StoryCorpus.class.getResourceAsStream("/stories/labels.tsv")) {
      if (in == null) {
        throw new IllegalStateException("stories/labels.tsv is missing");
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split("\t");
        if (f.length >= 2 && !f[0].isBlank()) {
          out.put(f[0].strip(), f[1].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Splits labelled documents by story: the stories are shuffled once with {@link #SPLIT_SEED}
   * and taken into the measured part until it holds {@link #MEASURED_SHARE} of the documents.
   *
   * @param labels the labels
   * @return the measured part's labels (key true) and the tuning part's (key false)
   */
  static Map<Boolean, Map<String, String>> split(Map<String, String> labels) {
    List<String> stories = new ArrayList<>(new TreeSet<>(labels.values()));
    Collections.shuffle(stories, new Random(SPLIT_SEED));
    Map<String, Integer> sizes = new TreeMap<>();
    for (String s : labels.values()) {
      sizes.merge(s, 1, Integer::sum);
    }
    java.util.Set<String> measured = new java.util.HashSet<>();
    int count = 0;
    for (String s : stories) {
      if (count >= MEASURED_SHARE * labels.size()) {
        break;
      }
      measured.add(s);
      count += sizes.get(s);
    }
    Map<String, String> m = new LinkedHashMap<>();
    Map<String, String> t = new LinkedHashMap<>();
    labels.forEach((doc, story) -> (measured.contains(story) ? m : t).put(doc, story));
    return Map.of(true, m, false, t);
  }

  /**
   * Reads the corpus documents listed in {@code manifest.tsv}, with outlet and time.
   *
   * @param dir the corpus folder
   * @return the documents, in manifest order
   */
  static List<Document> documents(Path dir) {
    List<Document> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8);
      String[] header = lines.get(0).split("\t");
      int file = indexOf(header, "file");
      int outlet = indexOf(header, "outlet");
      int time = indexOf(header, "timestamp");
      for (int i = 1; i < lines.size(); i++) {
        String[] f = lines.get(i).split("\t");
        if (f.length <= Math.max(file, Math.max(outlet, time))) {
          continue;
        }
        Path p = dir.resolve(f[file]);
        if (!Files.isRegularFile(p)) {
          continue;
        }
        out.add(Document.builder(f[file], Document.readUtf8(p)).publisher(f[outlet])
            .published(PublicationTime.parse(f[time])).build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static int indexOf(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].strip().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("manifest.tsv has no column " + name);
  }
}
