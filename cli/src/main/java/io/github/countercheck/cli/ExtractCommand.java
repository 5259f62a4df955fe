package io.github.countercheck.cli;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.claims.json.ClaimJson;
import io.github.countercheck.core.Document;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code extract} subcommand: prints the claims of each input. */
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
      "  cat article.txt | countercheck extract -",
      "  countercheck extract --event KILLED --subject SECURITY_FORCES seeds/",
      "  countercheck extract --since 2022-01-06 --until 2022-01-07 seeds/",
      "  countercheck extract --since 2013-02-26T08:00 --until 2013-02-26T20:00 corpus/",
      "  countercheck extract --lang en --manifest meta.json a.txt b.txt",
      "  countercheck extract --manifest crawl.tsv a.txt b.txt",
      "",
      "Results go to standard output, messages to standard error.",
      "Exit codes: 0 ok, 1 some input could not be read (the rest is reported),",
      "2 usage."
    })
final class ExtractCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { jsonl, json, table }

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "jsonl",
      description = "jsonl (one claim a line, the contract), json (one array), table (for people). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin Inputs inputs;

  @Mixin Filters filters;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ClaimExtractor extractor = ClaimExtractor.create();
    if (inputs.paths.isEmpty()) {
      err.println("countercheck extract: give a FILE, a DIR or - (see --help)");
      err.flush();
      return 2;
    }
    filters.validate();
    Inputs.Loaded loaded = inputs.load("extract", err);
    List<Document> documents = filters.select(loaded, err).documents();
    Progress progress = new Progress(err, Terminal.detect().stderrIsTerminal(), documents.size());
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      claims.addAll(extractor.extract(documents.get(i)));
      progress.update(i + 1, claims.size());
    }
    progress.done();
    claims = filters.claims(claims);
    switch (format) {
      case jsonl -> ClaimJson.writeJsonLines(claims, out);
      case json -> out.println(claims.stream().map(ClaimJson::write)
          .collect(java.util.stream.Collectors.joining(",\n", "[", "]")));
      case table -> ClaimTable.print(claims, out);
    }
    out.flush();
    return loaded.failed() || filters.failed() ? 1 : 0;
  }
}
