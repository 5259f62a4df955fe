package io.github.countercheck.cli;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    InputLoader loader = new InputLoader(command, err, stdin, exclude);
    List<InputLoader.Entry> entries = loader.plan(paths);
    List<Document> documents = new ArrayList<>();
    long budget = Runtime.getRuntime().maxMemory() / HEAP_PER_BYTE;
    long held = 0;
    for (InputLoader.Entry e : entries) {
      Document d = loader.whole(e, budget - held);
      if (d != null && loader.add(d, e.shown())) {
        documents.add(d);
        held += d.text().length() * 2L;
      }
    }
    err.flush();
    return new Loaded(List.copyOf(documents), loader.metadata(), loader.failed());
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
    InputLoader loader = new InputLoader(command, err, stdin, exclude);
    List<InputLoader.Entry> entries = loader.plan(paths);
    for (int i = 0; i < entries.size(); i++) {
      InputLoader.Entry e = entries.get(i);
      int index = i;
      loader.windows(e, window, (d, offset) -> {
        if (offset > 0 || loader.add(d, e.shown())) {
          sink.accept(d, offset, index, entries.size());
          return true;
        }
        return false;
      });
      err.flush();
    }
    err.flush();
    return loader.failed();
  }
}
