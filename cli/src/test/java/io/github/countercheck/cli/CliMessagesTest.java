package io.github.countercheck.cli;

import static io.github.countercheck.core.TestStrings.occurrences;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's messages and help, as a new user meets them: a reason, not the path twice; a
 * failure to write with its own exit code; folders for every command; {@code -o} for extract;
 * standard input named {@code <stdin>}; counts in the singular; help lines that are whole.
 */
final class CliMessagesTest {

  private static final Path SEEDS = Path.of("..", "seeds");
  private static final String SEED = "001_d0d72f44a2b0ae03.txt";
  private static final String CLAIM = "قتل 12 شرطيا في ألماتي.";

  @TempDir Path tmp;

  @Test
  void aMissingClaimsFileGivesTheReasonAndThePathOnce() {
    Path missing = tmp.resolve("nonexistent.jsonl");
    CliRun r = CliRun.of("reconcile", "--claims", missing.toString(), SEEDS.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(missing + ": no such file or directory");
    assertThat(occurrences(r.err(), missing.toString())).isEqualTo(1);
  }

  @Test
  void aReportThatCannotBeWrittenSaysWhyAndExitsWithThree() {
    Path out = tmp.resolve("nonexistent").resolve("dir").resolve("r.html");
    CliRun r = CliRun.of("reconcile", "--format", "html", "-o", out.toString(), SEEDS.toString());
    assertThat(r.code()).isEqualTo(Main.WRITE_FAILED).isEqualTo(3);
    assertThat(r.err()).contains(out + ": cannot write the report: no such directory: "
        + out.getParent());
    assertThat(Main.commandLine().getUsageMessage()).contains("3  the output could not be written");
    assertThat(CliRun.of("reconcile", "--help").out()).contains("3 the report could not be written");
  }

  @Test
  void aBadDateSaysWhatADateLooksLikeWithoutAJavaExceptionName() {
    for (String bad : List.of("2013-13-45", "26/02/2013", "2013-02-26T25:00", "yesterday")) {
      CliRun r = CliRun.of("reconcile", "--since", bad, SEEDS.toString());
      assertThat(r.code()).isEqualTo(2);
      String first = r.err().lines().findFirst().orElse("");
      assertThat(first).contains("'" + bad + "' is not a date (yyyy-mm-dd) or a date-time")
          .doesNotContain("Exception").doesNotContain("java.");
    }
  }

  @Test
  void numbersReadsAFolderAsItsTextFilesByName() throws IOException {
    CliRun folder = CliRun.of("numbers", SEEDS.toString());
    assertThat(folder.code()).as(folder.err()).isZero();
    List<String> files = new ArrayList<>();
    try (var s = Files.list(SEEDS)) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> files.add(p.toString()));
    }
    assertThat(files).hasSizeGreaterThan(1);
    CliRun each = CliRun.of(java.util.stream.Stream.concat(java.util.stream.Stream.of("numbers"),
        files.stream()).toArray(String[]::new));
    assertThat(folder.out()).isEqualTo(each.out()).isNotEmpty();
    assertThat(folder.out()).doesNotContain("manifest.json");

    Path empty = Files.createDirectory(tmp.resolve("empty"));
    CliRun none = CliRun.of("numbers", empty.toString());
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("a directory with no *.txt file to read");
  }

  @Test
  void extractWritesToAFileWithDashO() throws IOException {
    Path out = tmp.resolve("claims.jsonl");
    CliRun toFile = CliRun.of("extract", "-o", out.toString(), SEEDS.resolve(SEED).toString());
    assertThat(toFile.code()).as(toFile.err()).isZero();
    assertThat(toFile.out()).isEmpty();
    CliRun toStdout = CliRun.of("extract", SEEDS.resolve(SEED).toString());
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(toStdout.out()).isNotEmpty();

    // never over an input, nor as a *.txt in an input directory
    Path article = Files.writeString(tmp.resolve("a.txt"), CLAIM, StandardCharsets.UTF_8);
    CliRun over = CliRun.of("extract", "-o", article.toString(), article.toString());
    assertThat(over.code()).isEqualTo(2);
    assertThat(over.err()).contains("it is an input");
    assertThat(Files.readString(article, StandardCharsets.UTF_8)).isEqualTo(CLAIM);
    CliRun inDir = CliRun.of("extract", "-o", tmp.resolve("b.txt").toString(), tmp.toString());
    assertThat(inDir.code()).isEqualTo(2);

    Path nowhere = tmp.resolve("missing").resolve("c.jsonl");
    CliRun failed = CliRun.of("extract", "-o", nowhere.toString(), article.toString());
    assertThat(failed.code()).isEqualTo(Main.WRITE_FAILED);
    assertThat(failed.err()).contains(nowhere + ": cannot write the claims: no such directory");
  }

  @Test
  void standardInputIsNamedStdinInEveryReport() {
    CliRun table = CliRun.withStdin(CLAIM, "extract", "--format", "table", "-");
    assertThat(table.out()).contains("<stdin>");
    CliRun report = CliRun.withStdin(CLAIM, "reconcile", "-");
    assertThat(report.out()).contains("«قتل 12 شرطيا» <stdin> [");
    CliRun html = CliRun.withStdin(CLAIM, "reconcile", "--format", "html", "-");
    assertThat(html.out()).contains("&lt;stdin&gt;");
    CliRun numbers = CliRun.withStdin(CLAIM, "numbers", "-");
    assertThat(numbers.out()).contains("\"document\":\"<stdin>\"");
  }

  @Test
  void oneOfAThingIsSingular() {
    CliRun r = CliRun.withStdin(CLAIM, "reconcile", "-");
    assertThat(r.out()).startsWith("1 claim from 1 document in 1 story in 1 group, 0 disputed.");
    CliRun md = CliRun.withStdin(CLAIM, "reconcile", "--format", "markdown", "-");
    assertThat(md.out()).contains("1 claim from 1 document").doesNotContain("1 documents");
    CliRun two = CliRun.of("reconcile", SEEDS.toString());
    assertThat(two.out()).containsPattern("^\\d+ claims from 5 documents in 1 story in \\d+ groups");
  }

  /** Every command's help, as printed. */
  private static List<CommandLine> commands() {
    CommandLine main = Main.commandLine();
    List<CommandLine> all = new ArrayList<>(List.of(main));
    main.getSubcommands().forEach((name, c) -> {
      if (!name.equals("help")) {
        all.add(c);
      }
    });
    return all;
  }

  @Test
  void helpWordsAreNeverCutAcrossLines() {
    for (CommandLine c : commands()) {
      String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
      String joined = help.replaceAll("\\n\\s+", " ");
      CommandSpec spec = c.getCommandSpec();
      List<ArgSpec> args = new ArrayList<>(spec.options());
      args.addAll(spec.positionalParameters());
      for (ArgSpec a : args) {
        for (String line : a.description()) {
          String text = line.replace("${DEFAULT-VALUE}", String.valueOf(a.defaultValue()));
          for (String word : text.split("\\s+")) {
            if (!word.contains("${")) {
              assertThat(joined).as(spec.name() + " " + a.paramLabel()).contains(word);
            }
          }
        }
      }
    }
  }

  @Test
  void helpSentencesAreNotCutAfterACommaAndPlaceholdersAreOneUppercaseWord() {
    Pattern label = Pattern.compile("[A-Z][A-Z0-9_]*|FILE\\|DIR\\|-");
    for (CommandLine c : commands()) {
      String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
      List<String> lines = help.lines().toList();
      for (int i = 0; i + 1 < lines.size(); i++) {
        // a description line may wrap, but a footer line ending in a comma runs into the next
        if (!lines.get(i).startsWith(" ")) {
          assertThat(lines.get(i)).as(c.getCommandName() + " help line").doesNotEndWith(",");
        }
      }
      assertThat(help).doesNotContainPattern("<[a-z]+>");
      for (ArgSpec a : c.getCommandSpec().args()) {
        if (a.typeInfo().isBoolean() || a.paramLabel().isEmpty()) {
          continue;
        }
        assertThat(a.paramLabel()).as(c.getCommandName()).matches(label);
      }
    }
  }
}
