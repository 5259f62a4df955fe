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

/**
 * One load of a command's {@link Inputs}: the inputs listed (each file of each argument, with the
 * manifest that describes it), each read whole or in windows, every failure reported on the
 * error channel in one line, and what was read so far (the ids, the metadata, whether anything
 * failed).
 */
final class InputLoader {
  /** What a command that cannot hold a text says to do, after how much it can hold. */
  private static final String HEAP_ADVICE = "this command can hold in this heap (raise it with "
      + "COUNTERCHECK_JAVA_OPTS=-Xmx8g; or run 'countercheck extract', which reads long texts in "
      + "windows, and reconcile its claims with --claims)";

  /** One input to read: standard input ({@code file} null) or a file, with its manifest. */
  record Entry(String shown, Path file, String id, Map<String, DocumentMetadata> manifest) {}

  /** Receives the windows of one input; returns whether to go on. */
  interface WindowSink {
    boolean accept(Document window, long offset);
  }

  private final String prefix;
  private final PrintWriter err;
  private final InputStream stdin;
  private final Path exclude;
  private final Map<Path, Map<String, DocumentMetadata>> manifests = new HashMap<>();
  private final Map<String, DocumentMetadata> metadata = new LinkedHashMap<>();
  private final Set<String> ids = new HashSet<>();
  private boolean failed;

  InputLoader(String command, PrintWriter err, InputStream stdin, Path exclude) {
    this.prefix = "countercheck " + command + ": ";
    this.err = err;
    this.stdin = stdin;
    this.exclude = exclude == null ? null : exclude.toAbsolutePath().normalize();
  }

  /** @return the metadata of every document named so far, by id */
  Map<String, DocumentMetadata> metadata() {
    return metadata;
  }

  /** @return whether anything failed so far */
  boolean failed() {
    return failed;
  }

  /** Lists the inputs: each file of each argument, with the manifest that describes it. */
  List<Entry> plan(List<String> paths) {
    List<Entry> entries = new ArrayList<>();
    for (String arg : paths) {
      if (arg.equals("-")) {
        entries.add(new Entry(Inputs.STDIN, null, Inputs.STDIN, Map.of()));
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
        return Document.of(Inputs.STDIN, readStdin(stdin, maxBytes));
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
    return String.format(java.util.Locale.ROOT, "%,d bytes, more than the %,d ", size, maxBytes)
        + HEAP_ADVICE;
  }

  /** Reads an entry whole if it fits in a window, else in windows; reports failures. */
  void windows(Entry e, int window, WindowSink sink) {
    InputStream in = null;
    try {
      if (e.file == null) {
        byte[] head = readUpTo(stdin, window + 1L);
        if (head.length <= window) {
          sink.accept(Document.of(Inputs.STDIN, Document.decodeUtf8(head, "standard input")), 0);
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
      error(e.file == null ? Inputs.STDIN : e.shown, ex.getMessage());
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
    String shown = e.file == null ? Inputs.STDIN : e.shown;
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
      throw new TooLarge(String.format(java.util.Locale.ROOT, "more than the %,d bytes ", maxBytes)
          + HEAP_ADVICE);
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
