package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.claims.json.ClaimJson;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against an attacker's inputs (issue 17): control characters in what it prints
 * for people, forged claims, an output that would overwrite or be read back as an article, file
 * names the platform cannot spell, symbolic link loops, and more claims than the heap holds.
 */
final class AttackInputsTest {

  private static final String ESC = "\u001b[2J\u001b]0;owned\u0007";
  private static final String ARTICLE = "قتل 26 محتجا في القاهرة.";

  @TempDir Path dir;

  private static void noControls(String s) {
    for (char c : s.toCharArray()) {
      assertThat(c == '\n' || c == '\t' || c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f))
          .as("control U+%04X", (int) c).isTrue();
    }
  }

  // ---- terminal output

  @Test
  void numbersTableAndMessagesCarryNoControlCharacter() throws IOException {
    Path file = dir.resolve("n" + ESC + ".txt");
    Files.writeString(file, "قتل 12\u001b[2J شرطيا عام 2022", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("numbers", "--format", "table", file.toString(),
        dir.resolve("missing" + ESC + ".txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("2022");
    noControls(r.out());
    noControls(r.err());
    assertThat(r.err()).contains("missing␛[2J");
  }

  @Test
  void messagesNamingFilesCarryNoControlCharacter() throws IOException {
    Files.writeString(dir.resolve("a.txt"), ARTICLE, StandardCharsets.UTF_8);
    Path bad = dir.resolve("bad" + ESC + ".txt");
    Files.write(bad, new byte[] {(byte) 0xC3, 0x28});
    for (String command : List.of("extract", "reconcile")) {
      CliRun r = CliRun.of(command, dir.toString(), dir.resolve("gone\n" + ESC).toString());
      assertThat(r.code()).isEqualTo(1);
      noControls(r.err());
      assertThat(r.err().lines()).hasSize(2);
      noControls(r.out());
    }
    CliRun usage = CliRun.of("extract", "--" + ESC);
    assertThat(usage.code()).isEqualTo(2);
    noControls(usage.err());
  }

  // ---- forged claims

  private Path article() throws IOException {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, ARTICLE, StandardCharsets.UTF_8);
    return a;
  }

  private Path claims(String... lines) throws IOException {
    Path f = dir.resolve("claims.jsonl");
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  private static String line(String text, int start, Quantity q) {
    return ClaimJson.write(new Claim("a.txt", Span.of(start, start + text.length()), text, q,
        Event.KILLED, Subject.PROTESTER, null, null, null, Language.AR, Modality.ASSERTED));
  }

  @Test
  void aQuoteThatIsNotTheArticlesTextAtItsSpanIsRefused() throws IOException {
    Path a = article();
    String real = line("قتل 26 محتجا", 0, Quantity.exact(26));
    String forged = line("قتل 99 محتجا", 0, Quantity.exact(99));
    CliRun r = CliRun.of("reconcile", "--claims", claims(real, forged).toString(), a.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("claims.jsonl: line 2: field 'text': «قتل 99 محتجا» is not the "
        + "text of a.txt at [0, 12), which reads «قتل 26 محتجا»");
    assertThat(r.out()).isEmpty();
    String past = line("قتل 26 محتجا", 100, Quantity.exact(26));
    r = CliRun.of("reconcile", "--claims", claims(real, past).toString(), a.toString());
    assertThat(r.err()).contains("line 2: field 'span': [100, 112) is past the end of a.txt");
    // without the article, nothing to check the quote against: read as given
    r = CliRun.of("reconcile", "--claims", claims(real, forged).toString());
    assertThat(r.code()).isZero();
  }

  @Test
  void forgedLinesAreRefusedWithLineAndFieldOnOneLine() throws IOException {
    Path a = article();
    String real = line("قتل 26 محتجا", 0, Quantity.exact(26));
    Map<String, String> forged = Map.of(
        real + real, "line 1: more than one JSON value",
        real.replace("\"value\":26", "\"value\":999"), "line 1: field 'quantity.low': EXACT 999",
        real.replace("\"a.txt\"", "\" \""), "line 1: field 'document': is blank");
    for (Map.Entry<String, String> e : forged.entrySet()) {
      CliRun r = CliRun.of("reconcile", "--claims", claims(e.getKey()).toString(), a.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err().lines()).hasSize(1);
      assertThat(r.err()).contains(e.getValue()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  // ---- -o

  @Test
  void anOutputThatIsAnInputIsRefusedAndTheArticleKept() throws IOException {
    Path a = article();
    CliRun r = CliRun.of("reconcile", "-o", a.toString(), a.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("-o").contains("it is an input");
    assertThat(Files.readString(a, StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
    Path jsonl = claims(line("قتل 26 محتجا", 0, Quantity.exact(26)));
    r = CliRun.of("reconcile", "--claims", jsonl.toString(), "-o", jsonl.toString());
    assertThat(r.code()).isEqualTo(2);
    // the same file by another path
    r = CliRun.of("reconcile", "-o", dir.resolve(".").resolve("a.txt").toString(), dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(Files.readString(a, StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
  }

  @Test
  void aReportIsNeverReadBackAsAnArticle() throws IOException {
    article();
    Path txt = dir.resolve("report.txt");
    CliRun r = CliRun.of("reconcile", "-o", txt.toString(), dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("next run would read as an article");
    assertThat(txt).doesNotExist();
    Path md = dir.resolve("report.md");
    assertThat(CliRun.of("reconcile", "--format", "markdown", "-o", md.toString(), dir.toString())
        .code()).isZero();
    CliRun again = CliRun.of("reconcile", "--format", "json", dir.toString());
    assertThat(again.out()).contains("a.txt").doesNotContain("report");
  }

  // ---- paths

  @Test
  void aSymbolicLinkLoopIsNamedAndTheRestRead() throws IOException {
    article();
    Path loop = dir.resolve("loop.txt");
    try {
      Files.createSymbolicLink(loop, loop);
      Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }
    CliRun r = CliRun.of("extract", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("loop.txt").contains("symbolic link to nothing"))
        .anySatisfy(l -> assertThat(l).contains("gone.txt").contains("symbolic link to nothing"));
    assertThat(r.out()).contains("\"low\":26");
  }

  @Test
  void aManifestNamingDotSlashFileMatchesTheFile() throws IOException {
    article();
    Files.writeString(dir.resolve("manifest.tsv"), "file\toutlet\ttimestamp\n./a.txt\tAhram\t2013-02-26\n",
        StandardCharsets.UTF_8);
    CliRun r = CliRun.of("reconcile", "--format", "json", dir.toString());
    assertThat(r.err()).isEmpty();
    // the entry names the file read, not a document of its own
    assertThat(r.out()).contains("\"publisher\" : \"Ahram\"").doesNotContain("./a.txt");
    assertThat(CliRun.of("extract", "--since", "2013-02-26", "--until", "2013-02-26",
        dir.toString()).err()).doesNotContain("undated");
  }

  /** Runs the command line in its own JVM, under {@code env}, in {@code dir}. */
  private static CliRun forked(Map<String, String> env, List<String> jvm, String... args)
      throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    Path out = Files.createTempFile("cc-out", ".txt");
    Path err = Files.createTempFile("cc-err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    CliRun r = new CliRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  @Test
  void anArabicFileNameUnderTheCLocaleIsNamedAndTheRestRead() throws Exception {
    article();
    Path arabic = dir.resolve("مقال.txt");
    Files.writeString(arabic, "قتل 30 شرطيا.", StandardCharsets.UTF_8);
    CliRun r = forked(Map.of("LC_ALL", "C", "LANG", "C"), List.of(), "extract",
        dir.resolve("a.txt").toString(), arabic.toString(), dir.toString());
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).contains("\"low\":26");
    if (r.code() != 0) {
      // a platform that cannot spell the name says so in one line naming the argument
      assertThat(r.err().lines()).allSatisfy(l -> assertThat(l).startsWith("countercheck extract: "));
      assertThat(r.err()).contains("UTF-8 locale");
    }
  }

  @Test
  void twoFileNamesThatAreNotUtf8KeepApart() throws Exception {
    // names made of bytes that are not UTF-8: only a process can make them (Java spells names
    // in UTF-8); a shell's printf does
    Process p = new ProcessBuilder("sh", "-c",
        "printf 'قتل 12 شرطيا.' > \"$(printf 'x\\377.txt')\"; "
            + "printf 'قتل 14 شرطيا.' > \"$(printf 'x\\376.txt')\"")
        .directory(dir.toFile()).start();
    assumeTrue(p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0, "no sh here");
    try (var files = Files.list(dir)) {
      assumeTrue(files.count() == 2, "the file system would not take the names");
    }
    CliRun r = CliRun.of("extract", dir.toString());
    assertThat(r.out()).contains("\"document\":\"x%FF.txt\"").contains("\"document\":\"x%FE.txt\"")
        .contains("\"low\":12").contains("\"low\":14");
    assertThat(r.err().lines()).hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("the file name is not valid UTF-8"));
  }

  // ---- memory

  @Test
  void moreClaimsThanTheHeapHoldsAreRefusedNotAnOutOfMemoryError() throws Exception {
    Path f = dir.resolve("many.jsonl");
    StringWriter lines = new StringWriter();
    List<Claim> many = new ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      String text = "قتل " + (10 + i % 90) + " محتجا";
      many.add(new Claim("d" + i + ".txt", Span.of(0, text.length()), text,
          Quantity.exact(10 + i % 90), Event.KILLED, Subject.PROTESTER, "مصدر " + (i % 300),
          "القاهرة", null, Language.AR, Modality.ASSERTED));
    }
    ClaimJson.writeJsonLines(many, lines);
    Files.writeString(f, lines.toString(), StandardCharsets.UTF_8);
    CliRun r = forked(Map.of(), List.of("-Xmx64m"), "reconcile", "--format", "json",
        "--claims", f.toString());
    assertThat(r.err()).doesNotContain("OutOfMemoryError");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("many.jsonl: line ").contains("this heap of")
        .contains("COUNTERCHECK_JAVA_OPTS=-Xmx");
  }
}
