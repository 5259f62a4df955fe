package io.github.countercheck.cli;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.claims.json.ClaimJson;
import io.github.countercheck.claims.json.ManifestReader;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.ReconciliationReport;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The {@code reconcile} subcommand: extracts the claims of articles (or reads them from JSON
 * Lines) and reconciles them across sources.
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description = {
      "Groups the claims that count the same thing, judges each pair, estimates and explains.",
      "A DIR is read as its *.txt files, with the publishers and dates of its optional",
      "manifest.json; a FILE takes its metadata from the manifest.json beside it, if any."
    })
final class ReconcileCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { table, markdown, json }

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "table (default, for a terminal), markdown or json (the contract)")
  Format format;

  @Option(names = "--window-days", defaultValue = "7", paramLabel = "N",
      description = "how many days apart documents may be and still count the same thing (default 7)")
  int windowDays;

  @Option(names = "--claims", paramLabel = "FILE.jsonl",
      description = "read the claims from JSON Lines instead of extracting them from the documents")
  Path claimsFile;

  @Option(names = "--color", description = "colour the table with ANSI escapes")
  boolean color;

  @Mixin Inputs inputs;

  private boolean failed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (inputs.paths.isEmpty() && claimsFile == null) {
      spec.commandLine().getErr().println("countercheck reconcile: give a DIR or FILE, or --claims FILE.jsonl");
      return 2;
    }
    Reconciler reconciler;
    try {
      reconciler = Reconciler.builder().windowDays(windowDays).build();
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("countercheck reconcile: --window-days: " + e.getMessage());
      return 2;
    }
    Inputs.Loaded loaded = inputs.load("reconcile", spec.commandLine().getErr());
    failed |= loaded.failed();
    Map<String, DocumentMetadata> metadata = loaded.metadata();
    List<Document> documents = loaded.documents();
    List<Claim> claims = new ArrayList<>();
    if (claimsFile != null) {
      try (Reader r = Files.newBufferedReader(claimsFile, StandardCharsets.UTF_8)) {
        claims.addAll(ClaimJson.readJsonLines(r));
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        error(claimsFile, e.getMessage());
        return 1;
      }
    } else {
      ClaimExtractor extractor = ClaimExtractor.create();
      for (Document d : documents) {
        try {
          claims.addAll(extractor.extract(d));
        } catch (RuntimeException e) {
          error(Path.of(d.id()), "extraction failed: " + e);
        }
      }
    }
    Reconciliation r = reconciler.reconcile(claims, new ArrayList<>(metadata.values()));
    switch (format) {
      case json -> out.print(ReconciliationJson.write(r, true));
      case markdown -> out.print(ReconciliationReport.markdown(r));
      default -> out.print(ReconciliationReport.table(r, color));
    }
    out.flush();
    return failed ? 1 : 0;
  }

  private void error(Path file, String reason) {
    failed = true;
    spec.commandLine().getErr().println("countercheck reconcile: " + file + ": " + reason);
  }
}
