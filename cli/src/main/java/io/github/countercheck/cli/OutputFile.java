package io.github.countercheck.cli;

import io.github.countercheck.core.Printable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The {@code -o FILE} of {@code extract} and {@code reconcile}: which files it may not be. */
final class OutputFile {

  private OutputFile() {}

  /**
   * Why {@code -o} may not be written, or null: it is an input file (the report would replace the
   * article), a {@code --claims} or {@code --manifest} file, or a {@code *.txt} file in an input
   * directory (the next run would read the report as an article).
   *
   * @param output      the {@code -o} file
   * @param inputPaths  the article arguments ({@code -} for standard input)
   * @param otherInputs other files read ({@code --claims}, {@code --manifest}), or nulls
   */
  static String refusal(Path output, List<String> inputPaths, Path... otherInputs) {
    Path out = output.toAbsolutePath().normalize();
    for (Path other : otherInputs) {
      if (other != null && same(out, other)) {
        return "it is an input; the output would replace it";
      }
    }
    for (String arg : inputPaths) {
      if (arg.equals("-")) {
        continue;
      }
      Path in;
      try {
        in = Path.of(arg);
      } catch (java.nio.file.InvalidPathException e) {
        continue;
      }
      if (Files.isDirectory(in)) {
        Path parent = out.getParent();
        if (parent != null && same(parent, in) && out.getFileName().toString().endsWith(".txt")) {
          return "a *.txt file in the input directory " + Printable.oneLine(arg) + ", which the "
              + "next run would read as an article; write it elsewhere or name it otherwise "
              + "(report.md, report.html, claims.jsonl)";
        }
      } else if (same(out, in)) {
        return "it is an input; the output would replace it";
      }
    }
    return null;
  }

  private static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // compare the names
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
