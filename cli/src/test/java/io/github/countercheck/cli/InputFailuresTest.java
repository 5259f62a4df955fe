package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each input the command line cannot read gets one line on standard error naming it and the
 * reason; the others are still read and reported, and the exit code is 1.
 */
final class InputFailuresTest {
  private static final String GOOD = "قتل 12 شرطيا في ألماتي";

  @TempDir Path dir;

  private final CliRun.Transcript cli = new CliRun.Transcript();

  private Path good() throws IOException {
    Path f = dir.resolve("good.txt");
    Files.writeString(f, GOOD, StandardCharsets.UTF_8);
    return f;
  }

  private List<String> errLines() {
    return cli.err.toString().lines().toList();
  }

  /** Runs extract on a bad file and a good one; returns the one error line. */
  private String failsAlone(Path bad) throws IOException {
    int code = cli.run("extract", "--format", "jsonl", bad.toString(), good().toString());
    assertThat(code).isEqualTo(1);
    assertThat(cli.out.toString().lines()).hasSize(1).allSatisfy(l -> assertThat(l)
        .contains("\"document\":\"good.txt\"").contains("\"low\":12"));
    assertThat(errLines()).hasSize(1);
    String line = errLines().get(0);
    assertThat(line).startsWith("countercheck extract: ").contains(bad.toString());
    return line;
  }

  @Test
  void namesAMissingFile() throws IOException {
    assertThat(failsAlone(dir.resolve("missing.txt"))).contains("no such file");
  }

  @Test
  void namesADirectoryWithNoArticle() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("articles"));
    Files.createDirectory(empty.resolve("folder.txt"));
    Files.writeString(empty.resolve("notes.md"), GOOD, StandardCharsets.UTF_8);
    assertThat(failsAlone(empty)).contains("no *.txt file");
  }

  @Test
  void namesWindows1256ArabicAndHowToConvertIt() throws IOException {
    Path f = dir.resolve("cp1256.txt");
    Files.write(f, (GOOD + " وأصيب 30 شخصا").getBytes(Charset.forName("windows-1256")));
    assertThat(failsAlone(f)).contains("not valid UTF-8").contains("Windows-1256")
        .contains("iconv -f WINDOWS-1256 -t UTF-8");
  }

  @Test
  void namesOtherInvalidUtf8WithTheOffsetOfTheFirstBadByte() throws IOException {
    Path f = dir.resolve("latin1.txt");
    Files.write(f, "Café: 12 killed".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(failsAlone(f)).contains("not valid UTF-8").contains("offset 3")
        .doesNotContain("Windows-1256");
  }

  @Test
  void refusesABinaryFile() throws IOException {
    Path f = dir.resolve("image.txt");
    Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    assertThat(failsAlone(f)).contains("binary data");
  }

  @Test
  void refusesControlBytesWithoutNul() throws IOException {
    Path f = dir.resolve("controls.txt");
    byte[] b = new byte[200];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (1 + i % 7);
    }
    Files.write(f, b);
    assertThat(failsAlone(f)).contains("binary data");
  }

  @Test
  void refusesUtf16() throws IOException {
    Path f = dir.resolve("utf16.txt");
    Files.write(f, GOOD.getBytes(StandardCharsets.UTF_16));
    assertThat(failsAlone(f)).contains("UTF-16");
  }

  @Test
  void namesAnUnreadableFile() throws IOException {
    Path f = dir.resolve("secret.txt");
    Files.writeString(f, GOOD, StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeFalse(true, "no POSIX permissions here");
    }
    assumeFalse(Files.isReadable(f), "running as root: a mode-000 file is still readable");
    assertThat(failsAlone(f)).contains("permission denied");
  }

  @Test
  void reportsEveryBadFileOnItsOwnLineAndStillReadsTheGoodOnes() throws IOException {
    Path cp1256 = dir.resolve("cp1256.txt");
    Files.write(cp1256, GOOD.getBytes(Charset.forName("windows-1256")));
    Path binary = dir.resolve("zero.txt");
    Files.write(binary, new byte[64]);
    Path second = dir.resolve("second.txt");
    Files.writeString(second, "أصيب أكثر من 1000 شخص", StandardCharsets.UTF_8);
    int code = cli.run("extract", "--format", "jsonl", dir.resolve("gone.txt").toString(),
        cp1256.toString(), good().toString(), binary.toString(), second.toString());
    assertThat(code).isEqualTo(1);
    assertThat(errLines()).hasSize(3);
    assertThat(errLines().get(0)).contains("gone.txt");
    assertThat(errLines().get(1)).contains("cp1256.txt");
    assertThat(errLines().get(2)).contains("zero.txt");
    assertThat(cli.out.toString().lines()).hasSize(2);
    assertThat(cli.out.toString()).contains("good.txt").contains("second.txt");
  }

  @Test
  void refusesWindows1256OnStandardInput() {
    Inputs inputs = new Inputs();
    inputs.paths = List.of("-");
    PrintWriter w = new PrintWriter(cli.err);
    Inputs.Loaded loaded = inputs.load("extract", w, new ByteArrayInputStream(
        GOOD.getBytes(Charset.forName("windows-1256"))));
    assertThat(loaded.failed()).isTrue();
    assertThat(loaded.documents()).isEmpty();
    assertThat(errLines()).singleElement().asString()
        .contains("standard input").contains("Windows-1256");
  }

  @Test
  void namesTheLineAndFieldOfABrokenManifestAndStillReadsTheArticles() throws IOException {
    Path articles = Files.createDirectory(dir.resolve("articles"));
    Files.writeString(articles.resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("manifest.json"), """
        {
          "documents": [
            {"file": "a.txt", "publisher": "TRT", "published": "2022-01-07"},
            {"file": "b.txt", "publisher": "BBC", "published": "7 January 2022"}
          ]
        }
        """, StandardCharsets.UTF_8);
    int code = cli.run("extract", articles.toString());
    assertThat(code).isEqualTo(1);
    assertThat(errLines()).singleElement().asString()
        .contains("manifest.json:4:").contains("field 'published'").contains("7 January 2022");
    assertThat(cli.out.toString()).contains("\"document\":\"a.txt\"");
  }

  @Test
  void namesTheLineOfAManifestThatIsNotJson() throws IOException {
    Path articles = Files.createDirectory(dir.resolve("articles"));
    Files.writeString(articles.resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("manifest.json"),
        "{\n  \"documents\": [\n    {\"file\": \"a.txt\",,}\n  ]\n}\n", StandardCharsets.UTF_8);
    int code = cli.run("extract", articles.toString());
    assertThat(code).isEqualTo(1);
    assertThat(errLines()).singleElement().asString()
        .contains("manifest.json:3:").contains("not valid JSON");
    assertThat(cli.out.toString()).contains("\"document\":\"a.txt\"");
  }

  @Test
  void printsTheSameJsonLinesTwice() {
    String seeds = Path.of("..", "seeds").toString();
    assertThat(cli.run("extract", "--format", "jsonl", seeds)).isZero();
    String first = cli.out.toString();
    cli.out.getBuffer().setLength(0);
    assertThat(cli.run("extract", "--format", "jsonl", seeds)).isZero();
    assertThat(first.lines().count()).isGreaterThan(10);
    assertThat(cli.out.toString()).isEqualTo(first);
    assertThat(cli.err.toString()).isEmpty();
  }
}
