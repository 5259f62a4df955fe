package io.github.countercheck.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads documents from files, strictly as UTF-8 (see {@link Document#readUtf8(Path)}).
 *
 * <pre>{@code
 * List<Document> docs = DocumentLoader.loadDirectory(Path.of("seeds"), Map.of());
 * }</pre>
 */
public final class DocumentLoader {
  private DocumentLoader() {}

  /**
   * Reads every {@code *.txt} file of a directory (not its sub-directories), in order of file
   * name. All or nothing: one file that cannot be read loses the others. To read a folder with
   * its {@code manifest.json} or {@code manifest.tsv}, and have each file that cannot be read
   * named apart while the others are read, use {@code ArticleReader} in {@code
   * countercheck-claims} ({@code io.github.countercheck.claims.json}).
   *
   * @param dir      the directory
   * @param metadata metadata by file name; files without an entry get none
   * @return the documents, ids being file names
   * @throws UncheckedIOException naming the path if the directory or a file cannot be read, or a
   *     file is not valid UTF-8
   */
  public static List<Document> loadDirectory(Path dir, Map<String, DocumentMetadata> metadata) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(metadata, "metadata");
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.txt")) {
      for (Path p : ds) {
        if (Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list directory: " + e.getMessage(), e);
    }
    files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    List<Document> out = new ArrayList<>(files.size());
    for (Path p : files) {
      out.add(load(p, metadata.get(p.getFileName().toString())));
    }
    return List.copyOf(out);
  }

  /**
   * Reads one file as a document whose id is its file name.
   *
   * @param file the file
   * @param meta its publisher, publication time and story, or null when none is known (the id of
   *     {@code meta} is not used: the document id is always the file name)
   * @return the document, its language detected from the text
   * @throws UncheckedIOException naming the file if it cannot be read or is not valid UTF-8
   */
  public static Document load(Path file, @Nullable DocumentMetadata meta) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    if (name == null) {
      throw new IllegalArgumentException("not a file path: " + file);
    }
    Document.Builder b = Document.builder(name.toString(), Document.readUtf8(file));
    if (meta != null) {
      b.publisher(meta.publisher()).published(meta.published()).story(meta.story());
    }
    return b.build();
  }
}
