package io.github.countercheck.cli;

import io.github.countercheck.claims.json.ManifestReader;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.Printable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
 * valid UTF-8; a name the platform cannot turn into a path (an Arabic name under {@code
 * LC_ALL=C}); a {@code *.txt} entry of a directory that is a symbolic link to nothing (a loop, or
 * a missing target); a file given twice. Windows-1256 Arabic is recognized and named, with the
 * {@code iconv} command that converts it: nothing is decoded by guess, so that offsets always
 * index the user's own text. A broken manifest is named with its line and field (or column), and
 * the directory's articles are still read, without what it would have given. A file whose name is
 * not valid UTF-8 is read under an id that spells its bytes ({@code %FF.txt}), named on standard
 * error, so that two such files never share an id. The file the command writes its report to
 * ({@code -o}) is never read as an article.
 *
 * <p>Two ways to read: {@link #load} holds every document (for {@code reconcile}, which needs
 * them all, and refuses a file too large for the heap), {@link #stream} hands them over one at a
 * time, and a text longer than a window in windows of whole lines (for {@code extract}).
 */
final class Inputs {

  @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*",
      description = "Article files (UTF-8); directories of *.txt, each with its optional "
          + "manifest.json or manifest.tsv; or - for standard input.")
  List<String> paths = new ArrayList<>();

  /** A file to be skipped when listing directories (the report being written), or null. */
  /** The id of the document read from standard input ({@code -}), as reports and JSON name it. */
  static final String STDIN = "<stdin>";

  private Path exclude;

  /** What was loaded: the documents, the metadata of every document named, and whether anything failed. */
  record Loaded(List<Document> documents, Map<String, DocumentMetadata> metadata, boolean failed) {}

  /**
   * Receives the documents of a {@link #stream}, in input order: a whole document (offset 0), or
   * the windows of a long text one after another, each a document with the same id and metadata
   * whose text is a run of the original's whole lines starting at {@code offset}.
   */
  interface Sink {
    /**
     * @param document the document, or one window of it
     * @param offset   where its text starts in the original text (UTF-16 chars)
     * @param index    the input's index among the inputs listed, from 0
     * @param inputs   the number of inputs listed
     */
    void accept(Document document, long offset, int index, int inputs);
  }

  /** Leaves out a file when listing directories: the report this run writes. */
  void exclude(Path file) {
    this.exclude = file;
  }

  /** Loads the inputs, reporting failures on {@code err} under the command's name. */
  Loaded load(String command, PrintWriter err) {
    return load(command, err, System.in);
  }

  /** As {@link #load(String, PrintWriter)}, reading {@code -} from {@code stdin}. */
  Loaded load(String command, PrintWriter err, InputStream stdin) {
    Loader loader = new Loader(command, err, stdin, exclude);
    List<Entry> entries = loader.plan(paths);
    List<Document> documents = new ArrayList<>();
    long budget = Runtime.getRuntime().maxMemory() / HEAP_PER_BYTE;
    long held = 0;
    for (Entry e : entries) {
      Document d = loader.whole(e, budget - held);
      if (d != null && loader.add(d, e.shown)) {
        documents.add(d);
        held += d.text().length() * 2L;
      }
    }
    err.flush();
    return new Loaded(List.copyOf(documents), loader.metadata, loader.failed);
  }

  /**
   * The heap a document's bytes need while it is held and extracted with all the others: its
   * text (two bytes a char), the extractor's normalized copy, alignment and tokens, and the
   * claims; a generous figure, so that {@code reconcile} refuses a file it cannot hold rather
   * than ending in an {@code OutOfMemoryError}.
   */
  static final long HEAP_PER_BYTE = 24;

  /**
   * Reads the inputs one document at a time and hands each to {@code sink}, holding none after
   * it: a text of at most {@code window} chars whole, a longer one (a huge file, an endless
   * standard input) in windows of at most {@code window} chars, each cut after a paragraph or
   * line end (else after a sentence end, a space, or at the window's end), so that memory is
   * bounded by the window, not the input.
   *
   * @return whether anything failed
   */
  boolean stream(String command, PrintWriter err, InputStream stdin, int window, Sink sink) {
    Loader loader = new Loader(command, err, stdin, exclude);
    List<Entry> entries = loader.plan(paths);
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      int index = i;
      loader.windows(e, window, (d, offset) -> {
        if (offset > 0 || loader.add(d, e.shown)) {
          sink.accept(d, offset, index, entries.size());
          return true;
        }
        return false;
      });
      err.flush();
    }
    err.flush();
    return loader.failed;
  }

  /** One input to read: standard input ({@code file} null) or a file, with its manifest. */
  private record Entry(String shown, Path file, String id, Map<String, DocumentMetadata> manifest) {}

  /** Receives the windows of one input; returns whether to go on. */
  private interface WindowSink {
    boolean accept(Document window, long offset);
  }

  /** One load: its error channel and what it has read so far. */
  private static final class Loader {
    private final String prefix;
    private final PrintWriter err;
    private final InputStream stdin;
    private final Path exclude;
    private final Map<Path, Map<String, DocumentMetadata>> manifests = new HashMap<>();
    private final Map<String, DocumentMetadata> metadata = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    private boolean failed;

    Loader(String command, PrintWriter err, InputStream stdin, Path exclude) {
      this.prefix = "countercheck " + command + ": ";
      this.err = err;
      this.stdin = stdin;
      this.exclude = exclude == null ? null : exclude.toAbsolutePath().normalize();
    }

    /** Lists the inputs: each file of each argument, with the manifest that describes it. */
    List<Entry> plan(List<String> paths) {
      List<Entry> entries = new ArrayList<>();
      for (String arg : paths) {
        if (arg.equals("-")) {
          entries.add(new Entry(STDIN, null, STDIN, Map.of()));
          continue;
        }
        Path input;
        try {
          input = Path.of(arg);
        } catch (InvalidPathException e) {
          error(arg, unencodable());
          continue;
        }
        List<Path> files = new ArrayList<>();
        Path dir;
        if (Files.isDirectory(input)) {
          dir = input;
          try (Stream<Path> s = Files.list(input)) {
            s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(p -> {
              if (Files.isRegularFile(p)) {
                if (!isExcluded(p)) {
                  files.add(p);
                }
              } else if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                error(p.toString(), "a symbolic link to nothing (a loop, or a missing target); "
                    + "skipped");
              }
            });
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
        } else if (Files.isSymbolicLink(input)) {
          error(arg, "a symbolic link to nothing (a loop, or a missing target)");
          continue;
        } else {
          error(arg, Files.exists(input) ? "not a regular file" : "no such file or directory");
          continue;
        }
        Map<String, DocumentMetadata> manifest = manifests.computeIfAbsent(dir, this::manifest);
        for (Path f : files) {
          entries.add(new Entry(f.toString(), f, id(f), manifest));
        }
        manifest.values().forEach(m -> metadata.putIfAbsent(m.id(), m));
      }
      return entries;
    }

    private boolean isExcluded(Path p) {
      return exclude != null && p.toAbsolutePath().normalize().equals(exclude);
    }

    /**
     * The document id of a file: its name. Java shows each byte of a name it cannot decode as
     * U+FFFD: then the name's bytes are read again, and if they are UTF-8 (an Arabic name under
     * {@code LC_ALL=C}) they give the id; if not (two such names could read the same), the id is
     * the name with its bad bytes percent-encoded, as in a URI ({@code x%FF.txt}), which keeps
     * them apart, and the command says so.
     */
    private String id(Path f) {
      String name = f.getFileName().toString();
      if (name.indexOf('\uFFFD') < 0) {
        return name;
      }
      String raw = f.toUri().getRawPath();
      if (raw.endsWith("/")) {
        raw = raw.substring(0, raw.length() - 1);
      }
      String encoded = raw.substring(raw.lastIndexOf('/') + 1);
      byte[] bytes = percentDecode(encoded);
      try {
        return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        err.println(prefix + Printable.oneLine(f.toString()) + ": the file name is not valid "
            + "UTF-8; read as " + encoded);
        return encoded;
      }
    }

    private static byte[] percentDecode(String s) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '%' && i + 2 < s.length()) {
          out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
          i += 2;
        } else {
          byte[] b = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
          out.write(b, 0, b.length);
        }
      }
      return out.toByteArray();
    }

    /** Reads an entry whole, or reports why not; null if it cannot be read. */
    Document whole(Entry e, long maxBytes) {
      try {
        if (e.file == null) {
          return Document.of(STDIN, readStdin(stdin, maxBytes));
        }
        long size = Files.size(e.file);
        if (size > maxBytes) {
          error(e.shown, tooLarge(size, maxBytes));
          return null;
        }
        return withManifest(Document.builder(e.id, Document.readUtf8(e.file)).build(), e);
      } catch (IOException | UncheckedIOException ex) {
        unreadable(e, ex);
        return null;
      } catch (TooLarge ex) {
        error(e.shown, ex.getMessage());
        return null;
      }
    }

    private static String tooLarge(long size, long maxBytes) {
      return String.format(java.util.Locale.ROOT, "%,d bytes, more than the %,d this command can "
          + "hold in this heap (raise it with COUNTERCHECK_JAVA_OPTS=-Xmx8g; or run 'countercheck extract', "
          + "which reads long texts in windows, and reconcile its claims with --claims)", size,
          maxBytes);
    }

    /** Reads an entry whole if it fits in a window, else in windows; reports failures. */
    void windows(Entry e, int window, WindowSink sink) {
      InputStream in = null;
      try {
        if (e.file == null) {
          byte[] head = readUpTo(stdin, window + 1L);
          if (head.length <= window) {
            sink.accept(Document.of(STDIN, Document.decodeUtf8(head, "standard input")), 0);
            return;
          }
          in = new SequenceInputStream(new ByteArrayInputStream(head), stdin);
        } else {
          if (Files.size(e.file) <= window) {
            Document d = withManifest(Document.builder(e.id, Document.readUtf8(e.file)).build(), e);
            sink.accept(d, 0);
            return;
          }
          in = Files.newInputStream(e.file);
        }
        TextWindows.read(in, e.file == null ? "standard input" : e.shown, window,
            (text, offset) -> sink.accept(withManifest(Document.of(e.id, text), e), offset));
      } catch (IOException | UncheckedIOException ex) {
        unreadable(e, ex);
      } catch (TextWindows.Stopped ex) {
        error(e.file == null ? STDIN : e.shown, ex.getMessage());
      } finally {
        if (in != null && e.file != null) {
          try {
            in.close();
          } catch (IOException ignored) {
            // read already
          }
        }
      }
    }

    private static Document withManifest(Document d, Entry e) {
      DocumentMetadata m = e.manifest.get(d.id());
      if (m == null) {
        return d;
      }
      return d.toBuilder().publisher(m.publisher()).published(m.published()).story(m.story())
          .build();
    }

    private void unreadable(Entry e, Exception ex) {
      String m = String.valueOf(ex.getMessage());
      String shown = e.file == null ? STDIN : e.shown;
      if (e.file != null && m.startsWith(e.shown + ": ")) {
        m = m.substring(e.shown.length() + 2);
      } else if (e.file != null && ex instanceof java.nio.file.NoSuchFileException) {
        m = "no such file or directory";
      }
      error(shown, m);
    }

    /** Records a document's id; false (and a message) if a document of that id was read. */
    boolean add(Document d, String from) {
      if (!ids.add(d.id())) {
        error(from, "a document with the id " + d.id() + " was already read; this one is skipped");
        return false;
      }
      metadata.put(d.id(), DocumentMetadata.of(d));
      return true;
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
        err.println(prefix + Printable.oneLine(e.getMessage() + " (documents in " + dir
            + " are read without the publishers and times it gives)"));
        return Map.of();
      }
    }

    private void error(String file, String reason) {
      failed = true;
      err.println(prefix + Printable.oneLine(file) + ": " + Printable.oneLine(reason));
    }

    private static String unencodable() {
      return "the name cannot be a path in this locale's character set ("
          + System.getProperty("sun.jnu.encoding", "unknown") + "); run with a UTF-8 locale, "
          + "such as LC_ALL=C.UTF-8";
    }
  }

  /** Standard input too large to hold. */
  private static final class TooLarge extends RuntimeException {
    TooLarge(String message) {
      super(message, null, false, false);
    }
  }

  /** Reads standard input whole, refusing more than {@code maxBytes}. */
  private static String readStdin(InputStream in, long maxBytes) {
    byte[] bytes;
    try {
      bytes = readUpTo(in, maxBytes + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("standard input: cannot read: " + e.getMessage(), e);
    }
    if (bytes.length > maxBytes) {
      throw new TooLarge(String.format(java.util.Locale.ROOT, "more than the %,d bytes this "
          + "command can hold in this heap (raise it with COUNTERCHECK_JAVA_OPTS=-Xmx8g; or run 'countercheck "
          + "extract', which reads long texts in windows, and reconcile its claims with --claims)",
          maxBytes));
    }
    return Document.decodeUtf8(bytes, "standard input");
  }

  /** Reads at most {@code max} bytes (fewer at the end of the stream). */
  private static byte[] readUpTo(InputStream in, long max) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 16];
    long left = max;
    while (left > 0) {
      int n = in.read(chunk, 0, (int) Math.min(chunk.length, left));
      if (n < 0) {
        break;
      }
      buf.write(chunk, 0, n);
      left -= n;
    }
    return buf.toByteArray();
  }
}
