package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code extract} streams: claims are printed as the input is read, a long text is read in
 * windows of whole lines whose claims' spans index the whole text, and a huge input runs in a
 * fixed heap (issue 17).
 */
final class StreamingExtractTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One block of news whose figures are {@code i}'s: no two blocks repeat a sentence. */
  static String block(long i) {
    return "قتل " + figure(13 + i) + " شرطيا في ألماتي. "
        + "وأصيب أكثر من " + figure(1000 + i) + " شخص خلال المواجهات، بحسب وزارة الصحة.\n"
        + "وقال شهود إن الشوارع كانت خالية صباح اليوم وإن المحال التجارية أغلقت أبوابها.\n"
        + "ةةة ,,, ... ١٬٠٠٠٬ \u200F\uFFFD xyz\n"
        + figure(20 + i) + " police officers were killed on Friday, according to state television.\n\n";
  }

  private static String figure(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String blocks(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(block(i));
    }
    return sb.toString();
  }

  @Test
  void windowsOfALongTextGiveTheClaimsOfTheWholeTextWithItsSpans() throws IOException {
    String text = blocks(300);   // about 66,000 chars
    CliRun whole = CliRun.withStdin(text, "extract", "-");
    CliRun windowed = CliRun.withStdin(text, "extract", "--window-chars", "1024", "-");
    assertThat(windowed.code()).isZero();
    assertThat(windowed.err()).isEmpty();
    List<JsonNode> claims = new ArrayList<>();
    for (String line : windowed.out().lines().toList()) {
      claims.add(JSON.readTree(line));
    }
    assertThat(claims).hasSize(3 * 300);
    for (JsonNode c : claims) {
      int start = c.get("span").get("start").asInt();
      int end = c.get("span").get("end").asInt();
      assertThat(text.substring(start, end)).isEqualTo(c.get("text").asText());
    }
    // blocks end in a paragraph break, where windows are cut: nothing read across a cut is lost
    assertThat(windowed.out()).isEqualTo(whole.out());
  }

  @Test
  void windowsAreTheTextCutAfterLineEnds() throws IOException {
    String text = blocks(40) + "no line end here ".repeat(200) + "x".repeat(3000) + "\uD83D\uDE00"
        + "y".repeat(2000);
    List<String> windows = new ArrayList<>();
    List<Long> offsets = new ArrayList<>();
    TextWindows.read(new ByteArrayInputStream(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)),
        "test", 1024, (w, offset) -> {
          windows.add(w);
          offsets.add(offset);
          return true;
        });
    assertThat(String.join("", windows)).isEqualTo(text);
    long at = 0;
    for (int i = 0; i < windows.size(); i++) {
      String w = windows.get(i);
      assertThat(offsets.get(i)).isEqualTo(at);
      assertThat(w.length()).isBetween(1, 1024);
      assertThat(Character.isHighSurrogate(w.charAt(w.length() - 1))).isFalse();
      if (at + w.length() < blocks(40).length()) {
        assertThat(w).endsWith("\n\n");   // within the news, every window ends a paragraph
      }
      at += w.length();
    }
  }

  @Test
  void invalidUtf8OrANulStopsWithTheCharWhereItHappened() {
    byte[] good = blocks(20).getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 3];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xFF;
    List<String> windows = new ArrayList<>();
    assertThatThrownBy(() -> TextWindows.read(new ByteArrayInputStream(bad), "test", 1024,
        (w, offset) -> windows.add(w)))
        .isInstanceOf(TextWindows.Stopped.class).hasMessageContaining("not valid UTF-8 text after char");
    assertThat(windows).isNotEmpty();
    assertThatThrownBy(() -> TextWindows.read(new ByteArrayInputStream(
        (blocks(20) + "\u0000").getBytes(StandardCharsets.UTF_8)), "test", 1024, (w, o) -> true))
        .isInstanceOf(TextWindows.Stopped.class).hasMessageContaining("binary data (a NUL at char");
  }

  @Test
  void aTooSmallWindowIsAUsageError() {
    CliRun r = CliRun.withStdin("x", "extract", "--window-chars", "10", "-");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--window-chars 10 is too small");
  }

  /**
   * 100 MB of news on standard input, in a JVM of 512 MB of heap: every block's claims, in
   * order, spans indexing the input, the first printed long before the input ends.
   */
  @Test
  void readsAHundredMegabytesInAFixedHeapPrintingAsItGoes() throws Exception {
    streams(100L << 20);
  }

  /** The same with a gigabyte: minutes; on request ({@code -Dcountercheck.huge=true}). */
  @Test
  @EnabledIfSystemProperty(named = "countercheck.huge", matches = "true")
  void readsAGigabyteInAFixedHeapPrintingAsItGoes() throws Exception {
    streams(1L << 30);
  }

  private static void streams(long bytes) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "extract", "--format", "jsonl", "-")
        .redirectError(ProcessBuilder.Redirect.PIPE).start();
    AtomicLong written = new AtomicLong();
    AtomicLong blocksWritten = new AtomicLong();
    Thread feeder = new Thread(() -> {
      try (OutputStream in = p.getOutputStream()) {
        for (int i = 0; written.get() < bytes; i++) {
          byte[] utf8 = block(i).getBytes(StandardCharsets.UTF_8);
          in.write(utf8);
          written.addAndGet(utf8.length);
          blocksWritten.set(i + 1);
        }
      } catch (IOException e) {
        // the process ended: the assertions below say why
      }
    });
    StringBuilder err = new StringBuilder();
    Thread errReader = new Thread(() -> {
      try {
        err.append(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException ignored) {
        // nothing more
      }
    });
    feeder.start();
    errReader.start();
    long claims = 0;
    long writtenAtFirstClaim = -1;
    long lastFigure = -1;
    long nextStart = 0;   // where block lastFigure + 1 starts, in chars
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (claims++ == 0) {
          writtenAtFirstClaim = written.get();
        }
        if (claims % 3 != 1) {
          continue;
        }
        // the first claim of a block: «قتل N شرطيا» with N = 13 + i, at its place in block i
        JsonNode c = JSON.readTree(line);
        long i = c.get("quantity").get("low").asLong() - 13;
        assertThat(i).as("blocks in order").isEqualTo(lastFigure + 1);
        lastFigure = i;
        long start = c.get("span").get("start").asLong();
        String b = block(i);
        int at = (int) (start - nextStart);
        nextStart += b.length();
        assertThat(at).isBetween(0, b.length());
        assertThat(b.substring(at, at + c.get("text").asText().length()))
            .isEqualTo(c.get("text").asText());
      }
    }
    assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
    feeder.join();
    errReader.join();
    assertThat(err.toString()).isEmpty();
    assertThat(p.exitValue()).isZero();
    assertThat(claims).isEqualTo(3L * blocksWritten.get());
    assertThat(writtenAtFirstClaim).as("the first claim came before the input ended")
        .isPositive().isLessThan(bytes / 2);
  }
}
