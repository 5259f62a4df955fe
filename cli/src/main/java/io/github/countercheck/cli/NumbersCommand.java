package io.github.countercheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code numbers} subcommand. */
@Command(name = "numbers", mixinStandardHelpOptions = true, description = "Not yet implemented.")
final class NumbersCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("countercheck numbers: not yet implemented");
    return 2;
  }
}
