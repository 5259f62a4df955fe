package io.github.countercheck.cli;

import io.github.countercheck.core.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point of the {@code countercheck} command. */
@Command(
    name = "countercheck",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Fact-checks the numbers in the news: extracts quantitative claims from Arabic and English",
      "articles and reconciles them across sources."
    },
    subcommands = {
      ExtractCommand.class,
      NumbersCommand.class,
      ReconcileCommand.class,
      ScoreCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  everything read and reported",
      "  1  some input could not be read (the rest is still reported)",
      "  2  usage error",
      "  3  the output could not be written (-o FILE)",
      "",
      "Conventions: results go to standard output, messages to standard error; - reads",
      "standard input. Colour only when standard output is a terminal, never when NO_COLOR",
      "is set. Long runs show progress on standard error when it is a terminal.",
      "Run 'countercheck COMMAND --help' for a command's options and examples."
    })
public final class Main implements Runnable {

  /** The exit code when the output ({@code -o FILE}) could not be written. */
  static final int WRITE_FAILED = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line without exiting.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** @return the configured picocli command line */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpWidth(100);   // the help's lines are written for 100 columns
    cl.setExitCodeExceptionMapper(e -> 2);
    // Arabic output must not depend on the platform charset (Java 17 takes it from the locale)
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    // a usage error quotes the argument: shown on one line, with nothing a terminal acts on
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      PrintWriter err = c.getErr();
      err.println(c.getColorScheme().errorText(Printable.oneLine(String.valueOf(ex.getMessage()))));
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
        c.usage(err, c.getColorScheme());
      }
      err.flush();
      return 2;
    });
    return cl;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: extract, numbers, reconcile or score");
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"countercheck " + p.getProperty("version", "unknown")};
    }
  }
}
