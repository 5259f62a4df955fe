package io.github.countercheck.claims.json;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads articles as the command line reads them: folders (directories) of {@code *.txt} files and
 * single files, each with the publishers, publication times and story ids its folder's manifests
 * give, and, apart, what could not be read. One bad file never loses the others: it is named among the
 * {@linkplain Articles#failures() failures}, with the reason, and every other file is read.
 *
 * <pre>{@code
 * ArticleReader.Articles read = ArticleReader.read(Path.of("seeds"));
 * for (ArticleReader.Failure f : read.failures()) {
 *   System.err.println(f);      // seeds/bad.txt: not valid UTF-8 text; it looks like Windows-1256 ...
 * }
 * Reconciliation r = Reconciler.create().reconcile(read.documents(), ClaimExtractor.create());
 * }</pre>
 *
 * <p>What is read:
 *
 * <ul>
 *   <li>a folder: its {@code *.txt} files (not its sub-folders), in order of file name, each a
 *       document whose id is its file name;
 *   <li>a file: one document, whose id is its file name, whatever its extension;
 *   <li>the manifests of each folder read, and of the folder of each file read: its {@code
 *       manifest.tsv}, then its {@code manifest.json}, whose entry wins whole for a file that both
 *       name (see {@link ManifestReader} for their formats). A document takes the publisher,
 *       publication time and story id of its entry; a document with no entry has none.
 * </ul>
 *
 * <p>Each of these is a {@link Failure}, and the rest is still read: a path that does not exist or
 * is not a regular file or folder; a folder with no {@code *.txt} file, or that cannot be listed;
 * a {@code *.txt} entry that is a symbolic link to nothing; a file that cannot be read, or is not
 * valid UTF-8 (Windows-1256 Arabic is recognized and named, with the command that converts it:
 * nothing is decoded by guess, see {@link Document#decodeUtf8(byte[], String)}); a second file
 * with the id of one already read (the first is kept); a broken manifest, named with its line and
 * field (or column): the folder's documents are then read without what it would have given (the
 * other manifest of the folder, if any, still gives its entries).
 *
 * <p>Files are read whole: a file too large for the heap ends in an {@link OutOfMemoryError}, as
 * any reading of it whole would. Stateless and thread-safe.
 */
public final class ArticleReader {

  private ArticleReader() {}

  /**
   * What could not be read, and why.
   *
   * @param path   the file, folder or manifest, as given or as found in a folder given
   * @param reason why, in plain words, without the path: such as {@code not valid UTF-8 text; it
   *     looks like Windows-1256 Arabic (convert it: iconv -f WINDOWS-1256 -t UTF-8)} or {@code
   *     line 7: field 'published': '2022-13-01' is not a date (yyyy-mm-dd) ...}
   */
  public record Failure(Path path, String reason) {

    /**
     * Validates.
     *
     * @param path   the file, folder or manifest
     * @param reason why, in plain words; not blank
     */
    public Failure {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("reason is blank");
      }
    }

    /** @return the path and the reason, as one line: {@code seeds/bad.txt: not valid UTF-8 text} */
    @Override
    public String toString() {
      return path + ": " + reason;
    }
  }

  /**
   * The documents read and what could not be read.
   *
   * @param documents the documents, in the order of the paths given (a folder's in order of file
   *     name), each id once
   * @param failures  what could not be read, in the order met; empty when everything was read
   */
  public record Articles(List<Document> documents, List<Failure> failures) {

    /**
     * Copies the lists.
     *
     * @param documents the documents read
     * @param failures  what could not be read
     */
    public Articles {
      documents = List.copyOf(documents);
      failures = List.copyOf(failures);
    }

    /** @return whether everything given was read: no failure */
    public boolean complete() {
      return failures.isEmpty();
    }

    /**
     * @return the metadata of the documents, in the same order: what {@link
     *     io.github.countercheck.core.DocumentMetadata#of(Document)} gives for each
     */
    public List<DocumentMetadata> metadata() {
      List<DocumentMetadata> out = new ArrayList<>(documents.size());
      for (Document d : documents) {
        out.add(DocumentMetadata.of(d));
      }
      return List.copyOf(out);
    }
  }

  /**
   * Reads folders and files.
   *
   * @param inputs folders of {@code *.txt} files and single files
   * @return the documents read and, apart, what could not be read
   */
  public static Articles read(Path... inputs) {
    Objects.requireNonNull(inputs, "inputs");
    return read(Arrays.asList(inputs));
  }

  /**
   * Reads folders and files.
   *
   * @param inputs folders of {@code *.txt} files and single files, read in this order
   * @return the documents read and, apart, what could not be read
   */
  public static Articles read(List<Path> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    Run run = new Run();
    for (Path input : inputs) {
      run.read(Objects.requireNonNull(input, "an input is null"));
    }
    return new Articles(run.documents, run.failures);
  }

  /** One call to {@link #read(List)}: what it has read and what failed. */
  private static final class Run {
    private final List<Document> documents = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<Path, Map<String, DocumentMetadata>> manifests = new HashMap<>();

    void read(Path input) {
      List<Path> files = new ArrayList<>();
      Path dir;
      if (Files.isDirectory(input)) {
        dir = input;
        try (Stream<Path> s = Files.list(input)) {
          s.filter(p -> p.getFileName().toString().endsWith(".txt"))
              .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
              .forEach(p -> {
                if (Files.isRegularFile(p)) {
                  files.add(p);
                } else if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                  fail(p, "a symbolic link to nothing (a loop, or a missing target); skipped");
                }
              });
        } catch (IOException | UncheckedIOException e) {
          fail(input, "cannot list the directory: " + e.getMessage());
          return;
        }
        if (files.isEmpty()) {
          fail(input, "a directory with no *.txt file to read");
          return;
        }
      } else if (Files.isRegularFile(input)) {
        dir = input.toAbsolutePath().getParent();
        files.add(input);
      } else if (Files.isSymbolicLink(input)) {
        fail(input, "a symbolic link to nothing (a loop, or a missing target)");
        return;
      } else {
        fail(input, Files.exists(input) ? "not a regular file or directory"
            : "no such file or directory");
        return;
      }
      Map<String, DocumentMetadata> manifest = manifests.computeIfAbsent(
          dir == null ? Path.of("") : dir.toAbsolutePath().normalize(), d -> manifest(dir));
      for (Path f : files) {
        String id = f.getFileName().toString();
        if (ids.contains(id)) {
          fail(f, "a document with the id " + id + " was already read; this one is skipped");
          continue;
        }
        try {
          Document.Builder b = Document.builder(id, Document.readUtf8(f));
          DocumentMetadata m = manifest.get(id);
          if (m != null) {
            b.publisher(m.publisher()).published(m.published()).story(m.story());
          }
          documents.add(b.build());
          ids.add(id);
        } catch (UncheckedIOException | IllegalArgumentException e) {
          fail(f, e.getCause() instanceof NoSuchFileException ? "no such file"
              : withoutPath(f, e.getMessage()));
        }
      }
    }

    /**
     * A folder's manifests: its {@code manifest.tsv}, then its {@code manifest.json}, whose
     * entries replace the TSV's for the files both name. A broken one is a failure, left out.
     */
    private Map<String, DocumentMetadata> manifest(Path dir) {
      if (dir == null) {
        return Map.of();
      }
      Map<String, DocumentMetadata> both = new LinkedHashMap<>(manifest(dir, "manifest.tsv"));
      both.putAll(manifest(dir, "manifest.json"));
      return both;
    }

    private Map<String, DocumentMetadata> manifest(Path dir, String name) {
      Path m = dir.resolve(name);
      if (!Files.isRegularFile(m)) {
        return Map.of();
      }
      try {
        return ManifestReader.read(m);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        String reason = withoutPath(m, e.getMessage());
        if (!reason.isEmpty() && Character.isDigit(reason.charAt(0))) {
          reason = "line " + reason;
        }
        fail(m, reason + " (the folder's documents are read without what it gives)");
        return Map.of();
      }
    }

    private void fail(Path path, String reason) {
      failures.add(new Failure(path, reason == null || reason.isBlank() ? "cannot be read"
          : reason));
    }

    /** The message without the path it starts with, which the failure names apart. */
    private static String withoutPath(Path p, String message) {
      String m = String.valueOf(message);
      String prefix = p + ":";
      if (m.startsWith(prefix)) {
        m = m.substring(prefix.length()).strip();
      }
      return m;
    }
  }
}
