package io.github.countercheck.cli;

import static io.github.countercheck.core.TestStrings.occurrences;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report of the seeds in headless Chromium: the page loads without console errors
 * or network requests, has one SVG timeline per group, and gives a screenshot
 * ({@code target/seeds-report.png}; with {@code -Dcountercheck.updateScreenshot=true} also
 * {@code docs/seeds-report.png}, the one the README shows).
 *
 * <p>Tagged {@code browser}, which the default build leaves out: it runs with {@code -Pbrowser}
 * and needs Chromium on the {@code PATH} (Debian's {@code chromium}, or Chrome); without one it is
 * skipped with a message saying so. The build never installs it.
 */
@Tag("browser")
final class HtmlReportBrowserTest {

  private static final Path SEEDS = Path.of("..", "seeds");
  private static final long BROWSER_SECONDS = 60;

  private static String chromium;

  @TempDir Path dir;

  @BeforeAll
  static void findChromium() {
    chromium = onPath().orElse(null);
  }

  private static Optional<String> onPath() {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String d : path.split(java.io.File.pathSeparator)) {
        Path p = Path.of(d, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p.toString());
        }
      }
    }
    return Optional.empty();
  }

  private record Output(int code, String stdout, String stderr) {}

  private Output browse(Path html, String... extra) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps",
        "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0"));
    cmd.addAll(List.of(extra));
    cmd.add(html.toUri().toString());
    Path out = dir.resolve("stdout-" + System.nanoTime());
    Path err = dir.resolve("stderr-" + System.nanoTime());
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    if (!p.waitFor(BROWSER_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within " + BROWSER_SECONDS + " s");
    }
    return new Output(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theSeedsReportRendersInChromiumWithOneTimelinePerGroupAndNoErrors() throws Exception {
    assumeTrue(chromium != null,
        "skipped: no chromium, chromium-browser or google-chrome on the PATH (apt-get install chromium)");
    Path html = dir.resolve("report.html");
    CliRun run = CliRun.of("reconcile", "--format", "html", "-o", html.toString(), SEEDS.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).as("-o leaves standard output empty").isEmpty();
    int groups = occurrences(Files.readString(html, StandardCharsets.UTF_8), "<section class=\"group\"");
    assertThat(groups).isGreaterThan(3);

    Output dom = browse(html, "--dump-dom");
    assertThat(dom.code()).as(dom.stderr()).isZero();
    assertThat(occurrences(dom.stdout(), "<svg ")).isEqualTo(groups);
    assertThat(dom.stdout()).contains("dir=\"rtl\"").contains("DISPUTED");

    Path png = Path.of("target", "seeds-report.png").toAbsolutePath();
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    Output shot = browse(html, "--screenshot=" + png, "--window-size=1200,3000",
        "--hide-scrollbars");
    assertThat(shot.code()).as(shot.stderr()).isZero();
    for (Output o : List.of(dom, shot)) {
      assertThat(o.stderr().lines()).noneMatch(l -> l.contains("Uncaught")
          || l.contains("ERROR:CONSOLE") || l.contains("net::ERR_"));
    }
    byte[] image = Files.readAllBytes(png);
    assertThat(image).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    int width = ((image[16] & 0xff) << 24) | ((image[17] & 0xff) << 16) | ((image[18] & 0xff) << 8)
        | (image[19] & 0xff);
    assertThat(width).isEqualTo(1200);
    if (Boolean.getBoolean("countercheck.updateScreenshot")) {
      Path docs = Path.of("..", "docs");
      Files.createDirectories(docs);
      Files.copy(png, docs.resolve("seeds-report.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
