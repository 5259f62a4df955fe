package io.github.countercheck.reconcile.story;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.PublicationTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the story clusterer reads of one document, without its text: its id, publication time,
 * the user's story id, the title its story would take from it, and its term counts. Made with
 * {@link StoryClusterer#features(Document)} (the costly part: tokenizing and stemming the whole
 * text, independent for each document, so it can run anywhere: on many threads, on the
 * executors of a cluster) and fed to {@link StoryTracker#add(DocumentFeatures)} (the cheap,
 * sequential part), which gives exactly what {@link StoryTracker#add(Document)} gives for the
 * document. A few kilobytes for a news article; {@link #toBytes()} and {@link
 * #fromBytes(byte[])} carry it between processes. Immutable.
 *
 * <pre>{@code
 * StoryClusterer clusterer = StoryClusterer.create();
 * List<DocumentFeatures> read = documents.parallelStream().map(clusterer::features).toList();
 * StoryTracker tracker = clusterer.tracker();
 * read.stream().sorted(DocumentFeatures.PUBLICATION_ORDER).forEach(tracker::add);
 * }</pre>
 */
public final class DocumentFeatures {
  /**
   * The order in which {@link StoryClusterer#cluster} feeds documents to its tracker:
   * publication time (by start, then end), undated last, then id.
   */
  public static final Comparator<DocumentFeatures> PUBLICATION_ORDER = Comparator
      .comparing((DocumentFeatures d) -> d.published,
          Comparator.nullsLast(Comparator.comparingLong(PublicationTime::startEpochSecond)
              .thenComparingLong(PublicationTime::endEpochSecond)))
      .thenComparing(d -> d.id);

  private static final byte FORMAT = 1;

  private final String id;
  private final @Nullable PublicationTime published;
  private final @Nullable String story;
  private final String title;
  final Features.Terms terms;

  DocumentFeatures(String id, PublicationTime published, String story, String title,
      Features.Terms terms) {
    this.id = Objects.requireNonNull(id, "id");
    this.published = published;
    this.story = story;
    this.title = Objects.requireNonNull(title, "title");
    this.terms = Objects.requireNonNull(terms, "terms");
  }

  /** The features of a document whose terms were read. */
  static DocumentFeatures of(Document d, Features.Terms terms) {
    return new DocumentFeatures(d.id(), d.published(), d.story(),
        Stories.titleOf(d.text(), Stories.TITLE_CHARS), terms);
  }

  /** @return the document's id */
  public String id() {
    return id;
  }

  /** @return its publication time, or null when unknown */
  public @Nullable PublicationTime published() {
    return published;
  }

  /** @return the story id the user gave it, or null */
  public @Nullable String story() {
    return story;
  }

  /**
   * @return the title a story takes from it when it is the story's earliest document (see {@link
   *     Stories#titleOf(String, int)}), empty when its text has no words
   */
  public String title() {
    return title;
  }

  /**
   * The compact binary form: the fields and each sub-vector's terms and counts, in the order the
   * tracker reads them (so that a tracker fed the decoded features numbers its terms as it would
   * have).
   *
   * @return the bytes that {@link #fromBytes(byte[])} reads back
   */
  public byte[] toBytes() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);
    try (DataOutputStream out = new DataOutputStream(buf)) {
      out.writeByte(FORMAT);
      string(out, id);
      string(out, published == null ? null : published.toString());
      string(out, story);
      string(out, title);
      counts(out, terms.content);
      counts(out, terms.title);
      counts(out, terms.names);
      counts(out, terms.figures);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buf.toByteArray();
  }

  /**
   * Reads what {@link #toBytes()} wrote.
   *
   * @param bytes the bytes
   * @return the features
   * @throws IllegalArgumentException if the bytes are not features of this version
   */
  public static DocumentFeatures fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readByte() != FORMAT) {
        throw new IllegalArgumentException("not document features of format " + FORMAT);
      }
      String id = string(in);
      String published = string(in);
      String story = string(in);
      String title = string(in);
      Features.Terms terms = new Features.Terms(counts(in), counts(in), counts(in), counts(in));
      if (id == null || title == null) {
        throw new IllegalArgumentException("document features without an id or title");
      }
      return new DocumentFeatures(id, published == null ? null : PublicationTime.parse(published),
          story, title, terms);
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated document features: " + e, e);
    }
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String string(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < -1 || n > in.available()) {
      throw new IllegalArgumentException("a string of " + n + " bytes in document features");
    }
    if (n == -1) {
      return null;
    }
    byte[] b = in.readNBytes(n);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void counts(DataOutputStream out, Map<String, int[]> counts) throws IOException {
    out.writeInt(counts.size());
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      string(out, e.getKey());
      out.writeInt(e.getValue()[0]);
    }
  }

  /** Counts in the order written: a tracker iterates them so, and numbers new terms so. */
  private static Map<String, int[]> counts(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IllegalArgumentException("a sub-vector of " + n + " terms in document features");
    }
    Map<String, int[]> m = new LinkedHashMap<>(Math.max(16, n * 4 / 3 + 1));
    for (int i = 0; i < n; i++) {
      String term = string(in);
      int count = in.readInt();
      if (term == null || count < 1) {
        throw new IllegalArgumentException("a bad term count in document features");
      }
      m.put(term, new int[] {count});
    }
    return m;
  }

  @Override
  public String toString() {
    return "DocumentFeatures[" + id + (published != null ? ", " + published : "")
        + (story != null ? ", story " + story : "") + ", " + terms.content.size() + " terms]";
  }
}
