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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Parameters;

/**
 * The article arguments shared by the subcommands: files, directories of {@code *.txt}, and
 * {@code -} for standard input. A directory's optional {@code manifest.json} and {@code
 * manifest.tsv} give its files' publishers, publication times and story ids; a file takes its
 * metadata from the manifests beside it, if any. When a directory has both, both are read, and
 * for a file that both name the {@code manifest.json} entry wins whole (the JSON is the one a
 * person writes; the TSV the one a crawler writes). A file that cannot be read is reported on
 * standard error in one line naming it and the reason; the others are still read, and the
 * command's exit code says that something failed.
 *
 * <p>Refused, each in one line: a missing file; a directory with no {@code *.txt} file; an
 * unreadable file; a binary file (NUL or mostly control bytes); UTF-16; any file that is not
 * valid UTF-8. Windows-1256 Arabic is recognized and named, with the {@code iconv} command that
 * converts it: nothing is decoded by guess, so that offsets always index the user's own text. A
 * broken manifest is named with its line and field (or column), and the directory's articles are
 * still read, without what it would have given.
 */
final class Inputs {

  @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*",
      description = "Article files (UTF-8), directories of *.txt with an optional manifest.json "
          + "or manifest.tsv, or - for standard input.")
  List<String> paths = new ArrayList<>();

  /** What was loaded: the documents, the metadata of every document named, and whether anything failed. */
  record Loaded(List<Document> documents, Map<String, DocumentMetadata> metadata, boolean failed) {

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

  /** Loads the inputs, reporting failures on {@code err} under the command's name. */
  Loaded load(String command, PrintWriter err) {
    return load(command, err, System.in);
  }

  /** As {@link #load(String, PrintWriter)}, reading {@code -} from {@code stdin}. */
  Loaded load(String command, PrintWriter err, InputStream stdin) {
    return new Loader(command, err, stdin).load(paths);
  }

  /** One load: its error channel and what it has read so far. */
  private static final class Loader {
    private final String prefix;
    private final PrintWriter err;
    private final InputStream stdin;
    private final Map<Path, Map<String, DocumentMetadata>> manifests = new HashMap<>();
    private final Map<String, DocumentMetadata> metadata = new LinkedHashMap<>();
    private final List<Document> documents = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private boolean failed;

    Loader(String command, PrintWriter err, InputStream stdin) {
      this.prefix = "countercheck " + command + ": ";
      this.err = err;
      this.stdin = stdin;
    }

    Loaded load(List<String> paths) {
      for (String arg : paths) {
        if (arg.equals("-")) {
          try {
            add(Document.of("-", readStdin(stdin)), Path.of("-"));
          } catch (UncheckedIOException e) {
            error("-", e.getMessage());
          }
          continue;
        }
        Path input = Path.of(arg);
        List<Path> files = new ArrayList<>();
        Path dir;
        if (Files.isDirectory(input)) {
          dir = input;
          try (Stream<Path> s = Files.list(input)) {
            s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                .sorted().forEach(files::add);
          } catch (IOException | UncheckedIOException e) {
            error(arg, "cannot list the directory: " + e.getMessage());
            continue;
          }
          if (files.isEmpty()) {
            error(arg, "a directory with no *.txt file to read");
            continue;
          }
        } else if (Files.isRegularFile(input)) {
          dir = input.toAbsolutePath().getParent();
          files.add(input);
        } else {
          error(arg, Files.exists(input) ? "not a regular file" : "no such file or directory");
          continue;
        }
        Map<String, DocumentMetadata> manifest = manifests.computeIfAbsent(dir, this::manifest);
        for (Path f : files) {
          Document d;
          try {
            d = Document.fromFile(f);
          } catch (UncheckedIOException e) {
            String m = e.getMessage();
            error(f.toString(), m.startsWith(f.toString() + ": ") ? m.substring(f.toString().length() + 2) : m);
            continue;
          }
          DocumentMetadata m = manifest.get(d.id());
          if (m != null) {
            d = d.toBuilder().publisher(m.publisher()).published(m.published()).story(m.story())
                .build();
          }
          add(d, f);
        }
        manifest.values().forEach(m -> metadata.putIfAbsent(m.id(), m));
      }
      err.flush();
      return new Loaded(List.copyOf(documents), metadata, failed);
    }

    private void add(Document d, Path from) {
      if (!ids.add(d.id())) {
        error(from.toString(), "a document with the id " + d.id() + " was already read; this one is skipped");
        return;
      }
      metadata.put(d.id(), DocumentMetadata.of(d));
      documents.add(d);
    }

    /**
     * Reads a directory's manifests: its {@code manifest.tsv}, then its {@code manifest.json},
     * whose entries replace the TSV's for the files both name. A broken one is reported and left
     * out.
     */
    private Map<String, DocumentMetadata> manifest(Path dir) {
      if (dir == null) {
        return Map.of();
      }
      Map<String, DocumentMetadata> tsv = manifest(dir, "manifest.tsv");
      Map<String, DocumentMetadata> json = manifest(dir, "manifest.json");
      if (tsv.isEmpty() || json.isEmpty()) {
        return tsv.isEmpty() ? json : tsv;
      }
      Map<String, DocumentMetadata> both = new LinkedHashMap<>(tsv);
      both.putAll(json);
      return both;
    }

    private Map<String, DocumentMetadata> manifest(Path dir, String fileName) {
      Path m = dir.resolve(fileName);
      if (!Files.isRegularFile(m)) {
        return Map.of();
      }
      try {
        return ManifestReader.read(m);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        failed = true;
        err.println(prefix + e.getMessage() + " (documents in " + dir + " are read without the "
            + "publishers and times it gives)");
        return Map.of();
      }
    }

    private void error(String file, String reason) {
      failed = true;
      err.println(prefix + file + ": " + reason);
    }
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
