package io.github.countercheck.cli;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.claims.json.ManifestReader;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Parameters;

/**
 * The article arguments shared by the subcommands: files, directories of {@code *.txt} with an
 * optional {@code manifest.json}, and {@code -} for standard input. A file that cannot be read is
 * reported on standard error in one line naming it and the reason; the others are still read and
 * reported, and the command exits with 1. Refused: a missing file, a directory where a file is
 * expected, an unreadable file, a binary file (NUL or mostly control bytes), UTF-16, and any file
 * that is not valid UTF-8 (Windows-1256 Arabic is recognized and named, with the {@code iconv}
 * command that converts it: nothing is decoded by guess, so that offsets index the user's text).
 * A broken {@code manifest.json} is named with its line and field; the directory's articles are
 * still read, without metadata.
 */
final class Inputs {

  @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*",
      description = "Article files (UTF-8), directories of *.txt with an optional manifest.json, or - for standard input.")
  List<String> paths = new ArrayList<>();

  /** What was loaded, and whether anything failed. */
  record Loaded(List<Document> documents, boolean failed) {

    /**
     * Extracts the claims of every document, in input order.
     *
     * @param extractor the extractor
     * @return the claims
     */
    List<Claim> extract(ClaimExtractor extractor) {
      List<Claim> all = new ArrayList<>();
      for (Document d : documents) {
        all.addAll(extractor.extract(d));
      }
      return all;
    }
  }

  Loaded load(PrintWriter err) {
    return load(err, System.in);
  }

  Loaded load(PrintWriter err, InputStream stdin) {
    List<Document> docs = new ArrayList<>();
    boolean failed = false;
    for (String arg : paths) {
      try {
        if (arg.equals("-")) {
          docs.add(Document.of("-", readStdin(stdin)));
          continue;
        }
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
          failed |= loadDirectory(p, docs, err);
        } else if (!Files.exists(p)) {
          err.println("countercheck: " + arg + ": no such file or directory");
          failed = true;
        } else {
          docs.add(Document.fromFile(p));
        }
      } catch (UncheckedIOException | IllegalArgumentException e) {
        err.println("countercheck: " + message(arg, e));
        failed = true;
      }
    }
    err.flush();
    return new Loaded(docs, failed);
  }

  private static boolean loadDirectory(Path dir, List<Document> docs, PrintWriter err) {
    boolean failed = false;
    Map<String, DocumentMetadata> meta = Map.of();
    Path manifest = dir.resolve("manifest.json");
    if (Files.isRegularFile(manifest)) {
      try {
        meta = ManifestReader.read(manifest);
      } catch (UncheckedIOException | IllegalArgumentException e) {
        err.println("countercheck: " + e.getMessage());
        failed = true;
      }
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.txt")) {
      ds.forEach(files::add);
    } catch (IOException e) {
      err.println("countercheck: " + dir + ": cannot list directory: " + e.getMessage());
      return true;
    }
    files.sort(null);
    for (Path f : files) {
      try {
        Document d = Document.fromFile(f);
        DocumentMetadata m = meta.get(d.id());
        if (m != null) {
          d = d.toBuilder().publisher(m.publisher()).published(m.published()).build();
        }
        docs.add(d);
      } catch (UncheckedIOException | IllegalArgumentException e) {
        err.println("countercheck: " + message(f.toString(), e));
        failed = true;
      }
    }
    return failed;
  }

  private static String message(String arg, RuntimeException e) {
    String m = e.getMessage();
    return m != null && m.contains(arg) ? m : arg + ": " + m;
  }

  private static String readStdin(InputStream in) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      in.transferTo(buf);
    } catch (IOException e) {
      throw new UncheckedIOException("standard input: cannot read: " + e.getMessage(), e);
    }
    return Document.decodeUtf8(buf.toByteArray(), "standard input");
  }
}
