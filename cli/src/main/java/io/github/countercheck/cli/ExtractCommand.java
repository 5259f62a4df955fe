package io.github.countercheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code extract} subcommand. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Not yet implemented.")
final class ExtractCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("countercheck extract: not yet implemented");
    return 2;
  }
}
