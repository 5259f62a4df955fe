package io.github.countercheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code reconcile} subcommand. */
@Command(name = "reconcile", mixinStandardHelpOptions = true, description = "Not yet implemented.")
final class ReconcileCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("countercheck reconcile: not yet implemented");
    return 2;
  }
}
