package io.github.countercheck.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * One in-process run of the command line: its exit code and what it wrote on standard output
 * and standard error. The tests' one way to run it.
 *
 * @param code the exit code
 * @param out  what it wrote on standard output
 * @param err  what it wrote on standard error
 */
record CliRun(int code, String out, String err) {

  /** Runs the command line with these arguments. */
  static CliRun of(String... args) {
    return withStdin(null, args);
  }

  /** Runs the command line with these arguments, {@code stdin} (if not null) on standard input. */
  static CliRun withStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    InputStream saved = System.in;
    try {
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      }
      int code = cl.execute(args);
      return new CliRun(code, out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }

  /**
   * Several runs of the command line in one test: all they wrote on standard output and on
   * standard error, each kept in one buffer.
   */
  static final class Transcript {
    /** What the runs wrote on standard output. */
    final StringWriter out = new StringWriter();
    /** What the runs wrote on standard error. */
    final StringWriter err = new StringWriter();

    /** Runs the command line, adding what it writes to {@link #out} and {@link #err}. */
    int run(String... args) {
      CliRun r = CliRun.of(args);
      out.write(r.out());
      err.write(r.err());
      return r.code();
    }
  }
}
