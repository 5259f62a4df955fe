package io.github.countercheck.cli;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.claims.json.ClaimJson;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Printable;
import io.github.countercheck.core.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code extract} subcommand: prints the claims of each input. It streams: one document is
 * read, extracted and printed before the next is read, and a text longer than {@code
 * --window-chars} is read in windows of whole lines (see {@link TextWindows}), so that memory is
 * bounded by the window, not by the input.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the quantitative claims of articles.",
      "A DIR is read as its *.txt files, with the publishers and times of its optional",
      "manifest.json or manifest.tsv (the JSON wins for a file both name)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  countercheck extract --format jsonl seeds/*.txt",
      "  countercheck extract --format table seeds/",
      "  countercheck extract -o claims.jsonl seeds/",
      "  cat article.txt | countercheck extract -",
      "  countercheck extract --event KILLED --subject SECURITY_FORCES seeds/",
      "  countercheck extract --since 2022-01-06 --until 2022-01-07 seeds/",
      "  countercheck extract --since 2013-02-26T08:00 --until 2013-02-26T20:00 corpus/",
      "  countercheck extract --lang en --manifest meta.json a.txt b.txt",
      "  countercheck extract --manifest crawl.tsv a.txt b.txt",
      "",
      "  yes 'قتل 12 شرطيا.' | countercheck extract -",
      "",
      "Claims are printed as each document (or window of a long text) is read.",
      "Results go to standard output (or to -o FILE), messages to standard error.",
      "Exit codes: 0 ok; 1 some input could not be read (the rest is reported);",
      "2 usage; 3 the claims could not be written (-o)."
    })
final class ExtractCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { jsonl, json, table }

  /** The default window: texts up to this many chars are read whole (4 Mi chars, 8 MB of heap). */
  static final int DEFAULT_WINDOW = 1 << 22;

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (one claim a line, the contract), json (one array), table (for "
          + "people). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the claims to FILE (UTF-8) instead of standard output; never an input, "
          + "nor a *.txt file in an input directory.")
  Path output;

  @Option(names = "--window-chars", paramLabel = "N", defaultValue = "" + DEFAULT_WINDOW,
      description = "A text longer than N chars (a huge file, an endless standard input) is read "
          + "in windows of at most N chars cut after a line end, with its claims printed as each "
          + "window is read; spans still index the whole text. A window does not see the source "
          + "or the repeated sentences of the window before it. Default: ${DEFAULT-VALUE}.")
  int windowChars;

  @Mixin Inputs inputs;

  @Mixin Filters filters;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (inputs.paths.isEmpty()) {
      err.println("countercheck extract: give a FILE, a DIR or - (see --help)");
      err.flush();
      return 2;
    }
    if (output == null) {
      return extract(spec.commandLine().getOut(), err);
    }
    String refused = OutputFile.refusal(output, inputs.paths, filters.manifestFile);
    if (refused != null) {
      err.println("countercheck extract: -o " + Printable.oneLine(output.toString()) + ": "
          + refused);
      err.flush();
      return 2;
    }
    inputs.exclude(output);
    int code;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
      code = extract(out, err);
      if (out.checkError()) {
        err.println("countercheck extract: " + Printable.oneLine(output.toString())
            + ": cannot write the claims (the disk may be full)");
        code = Main.WRITE_FAILED;
      }
    } catch (IOException e) {
      err.println("countercheck extract: " + Printable.oneLine(output.toString())
          + ": cannot write the claims: " + IoMessages.writeReason(e, output));
      code = Main.WRITE_FAILED;
    }
    err.flush();
    return code;
  }

  private int extract(PrintWriter out, PrintWriter err) {
    if (windowChars < 1024) {
      throw new ParameterException(spec.commandLine(),
          "--window-chars " + windowChars + " is too small: give at least 1024");
    }
    filters.validate();
    ClaimExtractor extractor = ClaimExtractor.create();
    Printer printer = new Printer(format, out);
    Progress[] progress = new Progress[1];
    List<String> undated = new ArrayList<>();
    long[] found = new long[1];
    // one document (or window of a long text) at a time: read, extract, print, let go
    boolean failed = inputs.stream("extract", err, System.in, windowChars,
        (document, offset, index, total) -> {
          if (progress[0] == null) {
            progress[0] = new Progress(err, Terminal.detect().stderrIsTerminal(), total);
          }
          Document d = filters.prepare(document, err);
          if (!filters.inWindow(d.published())) {
            return;
          }
          if (offset == 0 && d.published() == null && filters.hasDates()) {
            undated.add(d.id());
          }
          for (Claim c : extractor.extract(d)) {
            if (filters.keeps(c)) {
              printer.claim(offset == 0 ? c : shifted(c, offset));
              found[0]++;
            }
          }
          out.flush();
          progress[0].update(index + 1, (int) Math.min(Integer.MAX_VALUE, found[0]));
        });
    if (progress[0] != null) {
      progress[0].done();
    }
    filters.reportUndated(undated, err);
    printer.end();
    out.flush();
    err.flush();
    return failed || filters.failed() ? 1 : 0;
  }

  /** A claim found in a window of a long text, with its span moved to index the whole text. */
  static Claim shifted(Claim c, long offset) {
    Span s = c.span();
    return new Claim(c.document(), Span.of(Math.toIntExact(s.start() + offset),
        Math.toIntExact(s.end() + offset)), c.text(), c.quantity(), c.event(), c.subject(),
        c.attribution(), c.location(), c.time(), c.language(), c.modality(), c.scope(),
        c.scopeCue());
  }

  /** Writes the claims as they come, in the chosen format. */
  private static final class Printer {
    private final Format format;
    private final PrintWriter out;
    private long count;

    Printer(Format format, PrintWriter out) {
      this.format = format;
      this.out = out;
      switch (format) {
        case json -> out.print("[");
        case table -> ClaimTable.header(out);
        case jsonl -> { }
      }
    }

    void claim(Claim c) {
      switch (format) {
        case jsonl -> out.write(ClaimJson.write(c) + "\n");
        case json -> out.print((count == 0 ? "" : ",\n") + ClaimJson.write(c));
        case table -> ClaimTable.row(c, out);
      }
      count++;
    }

    void end() {
      switch (format) {
        case json -> out.println("]");
        case table -> ClaimTable.footer(count, out);
        case jsonl -> { }
      }
    }
  }
}
