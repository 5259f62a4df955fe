package io.github.countercheck.cli;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.json.ReconciliationJson;
import io.github.countercheck.reconcile.report.HtmlReport;
import io.github.countercheck.reconcile.report.ReconciliationReport;
import io.github.countercheck.reconcile.report.ReportOptions;
import io.github.countercheck.reconcile.story.StoryClusterer;
import io.github.countercheck.reconcile.story.Stories;
import io.github.countercheck.core.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
      "A DIR is read as its *.txt files, with the publishers, publication times and story ids",
      "of its optional manifest.json or manifest.tsv (both read if both are there; the JSON",
      "wins for a file both name); a FILE takes its metadata from the manifests beside it.",
      "Documents are first told apart into stories (one real-world incident each) by what",
      "they say and when; claims are grouped only within a story, and cumulative or",
      "background figures apart from the incident's."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  countercheck reconcile seeds/",
      "  countercheck reconcile --format html -o report.html seeds/",
      "  countercheck reconcile --format json --event INJURED seeds/",
      "  countercheck reconcile --since '2013-02-26 06:00' --until 2013-02-27 corpus/",
      "  countercheck reconcile --stories none --same-time-hours 6 reports/",
      "  countercheck extract seeds/ > claims.jsonl",
      "  countercheck reconcile --claims claims.jsonl seeds/",
      "  cat article.txt | countercheck reconcile -",
      "",
      "Results go to standard output (or -o FILE), messages to standard error.",
      "The table is coloured only on a terminal, never when NO_COLOR is set.",
      "On a terminal, a run of many files shows its progress on standard error.",
      "Exit codes: 0 ok; 1 some input could not be read (the rest is reported);",
      "2 usage; 3 the report could not be written (-o)."
    })
final class ReconcileCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { table, markdown, json, html }

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "table (default, for a terminal), markdown, json (the contract) or html (one "
          + "self-contained page with a timeline per group).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (UTF-8) instead of standard output; never an "
          + "input, nor a *.txt file in an input directory.")
  Path output;

  @Option(names = "--window-days", defaultValue = "7", paramLabel = "N",
      description = "How many days apart documents may be and still count the same thing. "
          + "Default: 7.")
  int windowDays;

  /** How documents are told apart into stories. */
  enum StoryMode { cluster, manifest, none }

  @Option(names = "--stories", defaultValue = "cluster", paramLabel = "MODE",
      description = "How the documents are told apart into stories, within which claims are"
          + " grouped: cluster (default: by what they say and when, in publication order; a"
          + " manifest's story ids are kept), manifest (only the manifest's story ids), or none"
          + " (every document in one pool).")
  StoryMode stories;

  @Option(names = "--same-time-hours", paramLabel = "N",
      description = "How many hours apart two reports that both give a time of day may be and"
          + " still count as the same time (default 3); reports that give only a date count as"
          + " the same time on the same date.")
  Integer sameTimeHours;

  @Option(names = "--claims", paramLabel = "FILE",
      description = "Read the claims from FILE, JSON Lines as extract writes them, instead of "
          + "extracting them from the documents.")
  Path claimsFile;

  @Option(names = "--color", negatable = true,
      description = "Colour the table (--no-color: never); by default only when standard output "
          + "is a terminal and NO_COLOR is not set.")
  Boolean color;

  @Option(names = "--engine", paramLabel = "ENGINE",
      description = "jvm (default: this process) or spark[=MASTER]: extract, tell apart into"
          + " stories and reconcile on an embedded Apache Spark (MASTER local[*] by default, or"
          + " local[N]), with the same results; ./countercheck adds Spark to the class path for"
          + " it (building the module countercheck-spark on first use)")
  String engine;

  /** The Spark engine of {@code --engine spark}, while a run holds it; else null. */
  private SparkEngine spark;

  @Mixin Inputs inputs;

  @Mixin Filters filters;

  private boolean failed;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String master;
    try {
      master = SparkEngine.master(engine);
    } catch (IllegalArgumentException e) {
      err.println("countercheck reconcile: --engine: " + e.getMessage());
      return 2;
    }
    if (master == null) {
      return reconcile();
    }
    try {
      spark = SparkEngine.open(master);
    } catch (IllegalStateException | IllegalArgumentException e) {
      err.println("countercheck reconcile: --engine " + engine + ": " + e.getMessage());
      return 2;
    }
    try {
      return reconcile();
    } finally {
      spark.close();
      spark = null;
    }
  }

  private Integer reconcile() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (inputs.paths.isEmpty() && claimsFile == null) {
      err.println("countercheck reconcile: give a DIR or FILE, or --claims FILE.jsonl");
      return 2;
    }
    Reconciler reconciler = reconciler(err);
    if (reconciler == null) {
      return 2;
    }
    filters.validate();
    if (output != null) {
      String refused = refuseOutput();
      if (refused != null) {
        err.println("countercheck reconcile: -o " + Printable.oneLine(output.toString()) + ": "
            + refused);
        err.flush();
        return 2;
      }
      inputs.exclude(output);
    }
    Inputs.Loaded loaded = inputs.load("reconcile", err);
    Filters.Selected selected = filters.select(loaded, err);
    failed |= loaded.failed() || filters.failed();
    Map<String, DocumentMetadata> metadata = selected.metadata();
    List<Document> documents = selected.documents();
    Terminal terminal = Terminal.detect();
    Progress progress = new Progress(err, terminal.stderrIsTerminal(), documents.size());
    List<Claim> claims = claims(documents, progress);
    if (claims == null) {
      return 1;
    }
    claims = filters.claims(claims);
    progress.stage("reconciling " + claims.size() + " claims...");
    Told told = toldApart(new ArrayList<>(metadata.values()), documents, progress);
    Reconciliation r = spark != null
        ? spark.reconcile(reconciler, claims, told.metadata(), told.titles())
        : reconciler.reconcile(claims, told.metadata(), told.titles());
    progress.done();
    return written(report(r, documents, terminal), out);
  }

  /** The reconciler of the options, or null when one of them is out of range (said on err). */
  private Reconciler reconciler(PrintWriter err) {
    try {
      Reconciler.Builder builder = Reconciler.builder().windowDays(windowDays);
      if (sameTimeHours != null) {
        builder.sameTime(Duration.ofHours(sameTimeHours));
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      err.println("countercheck reconcile: "
          + (sameTimeHours != null && e.getMessage().contains("same") ? "--same-time-hours: "
              : "--window-days: ") + e.getMessage());
      return null;
    }
  }

  /**
   * The claims to reconcile: read from {@code --claims}, or extracted (on Spark with {@code
   * --engine spark}); null, with the error said, when they cannot be read or are more than this
   * heap can reconcile.
   */
  private List<Claim> claims(List<Document> documents, Progress progress) {
    long budget = ClaimBudget.claims();
    List<Claim> claims = new ArrayList<>();
    if (claimsFile != null) {
      String why = ClaimsFile.read(claimsFile, documents, claims, budget);
      if (why != null) {
        error(claimsFile, why);
        return null;
      }
    } else if (spark != null) {
      progress.stage("extracting the claims of " + documents.size() + " documents on Spark...");
      claims.addAll(spark.extract(documents));
      if (claims.size() > budget) {
        progress.done();
        error(Path.of(inputs.paths.get(0)), ClaimBudget.tooMany(claims.size(), budget)
            + "; nothing is reconciled");
        return null;
      }
    } else {
      ClaimExtractor extractor = ClaimExtractor.create();
      for (int i = 0; i < documents.size(); i++) {
        Document d = documents.get(i);
        try {
          claims.addAll(extractor.extract(d));
        } catch (RuntimeException e) {
          error(Path.of(d.id()), "extraction failed: " + e);
        }
        progress.update(i + 1, claims.size());
        if (claims.size() > budget) {
          progress.done();
          error(Path.of(d.id()), ClaimBudget.tooMany(claims.size(), budget)
              + "; nothing is reconciled");
          return null;
        }
      }
    }
    return claims;
  }

  /** The documents' metadata with the stories they were told apart into, and the stories' titles. */
  private record Told(List<DocumentMetadata> metadata, Map<String, String> titles) {}

  /**
   * The documents' stories as {@code --stories} asks: told apart by clustering (a manifest's
   * story ids kept where the clustering gives none), the manifest's alone, or none.
   */
  private Told toldApart(List<DocumentMetadata> withStories, List<Document> documents,
      Progress progress) {
    Map<String, String> storyTitles = Map.of();
    if (stories == StoryMode.cluster && !documents.isEmpty()) {
      progress.stage("telling " + documents.size() + " documents apart into stories...");
      Stories told = spark != null ? spark.stories(documents)
          : StoryClusterer.create().cluster(documents);
      storyTitles = told.titles();
      withStories.replaceAll(m -> {
        String story = told.storyOf(m.id());
        return m.withStory(story != null ? story : m.story());
      });
    } else if (stories == StoryMode.none) {
      withStories.replaceAll(m -> m.withStory(null));
    }
    return new Told(withStories, storyTitles);
  }

  /** The report in the {@code --format} asked for. */
  private String report(Reconciliation r, List<Document> documents, Terminal terminal) {
    ReportOptions options = ReportOptions.defaults().documentTitles(titles(documents));
    return switch (format) {
      case json -> ReconciliationJson.write(r, ReconciliationJson.Layout.INDENTED);
      case markdown -> ReconciliationReport.markdown(r, options);
      case html -> HtmlReport.render(r, options);
      case table -> ReconciliationReport.table(r, options.colour(color != null ? color
          : output == null && terminal.colour(Terminal.When.auto)));
    };
  }

  /** Writes the report to {@code -o} or standard output: the exit status. */
  private int written(String report, PrintWriter out) {
    if (output != null) {
      try {
        Files.writeString(output, report, StandardCharsets.UTF_8);
      } catch (IOException e) {
        error(output, "cannot write the report: " + IoMessages.writeReason(e, output));
        return Main.WRITE_FAILED;
      }
    } else {
      out.print(report);
      out.flush();
    }
    return failed ? 1 : 0;
  }

  /** Why {@code -o} may not be written, or null (see {@link OutputFile#refusal}). */
  private String refuseOutput() {
    return OutputFile.refusal(output, inputs.paths, claimsFile, filters.manifestFile);
  }

  /** The most characters of a document's first words that name it in a report. */
  private static final int TITLE_LENGTH = 60;

  /**
   * Names the documents for the reports: the first line of each that has words, on one line,
   * without control or format characters (bidi marks, zero-width characters), at most {@value
   * #TITLE_LENGTH} characters cut at a space.
   */
  static Map<String, String> titles(List<Document> documents) {
    Map<String, String> titles = new HashMap<>();
    for (Document d : documents) {
      String title = Stories.titleOf(d.text(), TITLE_LENGTH);
      if (!title.isEmpty()) {
        titles.put(d.id(), title);
      }
    }
    return titles;
  }

  private void error(Path file, String reason) {
    failed = true;
    spec.commandLine().getErr().println("countercheck reconcile: "
        + Printable.oneLine(file.toString()) + ": " + Printable.oneLine(reason));
  }
}
