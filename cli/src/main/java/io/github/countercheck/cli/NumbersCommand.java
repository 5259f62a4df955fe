package io.github.countercheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.countercheck.claims.numbers.NumeralMention;
import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code numbers} subcommand: prints every numeral mention of the given files, one JSON
 * object a line ({@code jsonl}) or as a table.
 */
@Command(
    name = "numbers",
    mixinStandardHelpOptions = true,
    description = {
      "Prints every numeral of the files: its span (UTF-16, end exclusive), text, value",
      "(or low/high for a vague amount), label (COUNT, YEAR, DATE, TIME, ...) and form.",
      "A DIR is read as its *.txt files, in the order of their names."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  countercheck numbers seeds/001_d0d72f44a2b0ae03.txt",
      "  countercheck numbers --format table seeds/*.txt",
      "  countercheck numbers seeds/",
      "  echo 'قتل 12 شرطيا عام 2022' | countercheck numbers -",
      "",
      "Results go to standard output, messages to standard error.",
      "Exit codes: 0 ok; 1 some input could not be read (the rest is reported); 2 usage."
    })
final class NumbersCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { jsonl, table }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (one numeral a line) or table. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-",
      description = "UTF-8 text files, directories of *.txt, or - for standard input.")
  List<String> files;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NumeralRecognizer numerals = NumeralRecognizer.create();
    boolean failed = false;
    for (String f : files) {
      List<Path> paths;
      try {
        paths = f.equals("-") ? null : expand(Path.of(f));
      } catch (java.nio.file.InvalidPathException e) {
        err.println("countercheck numbers: " + Printable.oneLine(f) + ": not a path");
        failed = true;
        continue;
      } catch (IOException | UncheckedIOException e) {
        err.println("countercheck numbers: " + Printable.oneLine(f) + ": "
            + Printable.oneLine(IoMessages.reason(e, Path.of(f))));
        failed = true;
        continue;
      }
      if (paths != null && paths.isEmpty()) {
        err.println("countercheck numbers: " + Printable.oneLine(f)
            + ": a directory with no *.txt file to read");
        failed = true;
        continue;
      }
      for (Path path : paths == null ? java.util.Collections.<Path>singletonList(null) : paths) {
        Document doc;
        try {
          doc = path == null ? Document.of(Inputs.STDIN, readStdin()) : Document.fromFile(path);
        } catch (UncheckedIOException e) {
          String shown = path == null ? Inputs.STDIN : path.toString();
          String why = path == null ? String.valueOf(e.getMessage()) : IoMessages.reason(e, path);
          err.println("countercheck numbers: " + Printable.oneLine(shown) + ": "
              + Printable.oneLine(why));
          failed = true;
          continue;
        }
        for (NumeralMention m : numerals.find(doc.text())) {
          out.println(format == Format.jsonl ? json(doc.id(), m) : row(doc.id(), m));
        }
      }
    }
    out.flush();
    err.flush();
    return failed ? 1 : 0;
  }

  /** @return the file itself, or a directory's *.txt files by name */
  private static List<Path> expand(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".txt") && !Files.isDirectory(f))
          .sorted().toList();
    }
  }

  private static String readStdin() {
    try {
      InputStream in = System.in;
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UncheckedIOException("standard input is not valid UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
    }
  }

  static String json(String document, NumeralMention m) {
    ObjectNode o = JSON.createObjectNode();
    o.put("document", document);
    ObjectNode span = o.putObject("span");
    span.put("start", m.span().start());
    span.put("end", m.span().end());
    o.put("text", m.text());
    if (m.value() != null) {
      o.put("value", m.value().stripTrailingZeros().scale() <= 0
          ? m.value().setScale(0, java.math.RoundingMode.UNNECESSARY)
          : m.value().stripTrailingZeros());
    } else {
      o.put("low", m.low());
      o.put("high", m.high());
    }
    o.put("label", m.label().name());
    o.put("form", m.form().name());
    try {
      return JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String row(String document, NumeralMention m) {
    String value = m.value() != null ? m.value().stripTrailingZeros().toPlainString() : m.low() + "-" + m.high();
    return Printable.oneLine(document) + "\t" + m.span().start() + "\t" + m.span().end() + "\t"
        + m.label() + "\t" + m.form() + "\t" + value + "\t" + Printable.oneLine(m.text());
  }
}
