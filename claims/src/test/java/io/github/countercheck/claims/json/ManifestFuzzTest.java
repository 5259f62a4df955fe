package io.github.countercheck.claims.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.FuzzText;
import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes manifest reading: the same text is read as a {@code manifest.json} ({@link
 * ManifestReader#read(java.io.Reader, String)}) and as a {@code manifest.tsv} ({@link
 * ManifestReader#readTsv}); each gives a map, or an {@link IllegalArgumentException} naming the
 * manifest and a line of it, never another exception. Regression mode over {@code
 * ManifestFuzzTestInputs/} in every build; {@code JAZZER_FUZZ=1} fuzzes (see RELIABILITY.md).
 */
final class ManifestFuzzTest {
  private static final AtomicInteger RUNS = new AtomicInteger();

  @FuzzTest(maxDuration = "10m")
  void manifestsGiveAMapOrNameTheLine(byte[] input) {
    String text = FuzzText.decode(input);
    long started = System.nanoTime();
    check(text, "fuzz-manifest.json", () -> ManifestReader.read(new StringReader(text),
        "fuzz-manifest.json"));
    check(text, "fuzz-manifest.tsv", () -> ManifestReader.readTsv(new StringReader(text),
        "fuzz-manifest.tsv"));
    // a hang guard, not a speed test (inputs are at most 4 KB)
    if (RUNS.incrementAndGet() > 5) {
      assertThat(System.nanoTime() - started).as("nanoseconds").isLessThan(10_000_000_000L);
    }
  }

  private static void check(String text, String name,
      Supplier<Map<String, DocumentMetadata>> read) {
    Map<String, DocumentMetadata> byFile;
    try {
      byFile = read.get();
    } catch (IllegalArgumentException e) {
      Matcher m = Pattern.compile(Pattern.quote(name) + ":([1-9][0-9]*): \\S")
          .matcher(e.getMessage());
      assertThat(m.lookingAt()).as("names the manifest and a line: %s", e.getMessage()).isTrue();
      // a line of the text (or the end of the text, just after its last line break)
      int lines = 1 + (int) text.chars().filter(c -> c == '\n' || c == '\r').count();
      assertThat(Integer.parseInt(m.group(1))).isLessThanOrEqualTo(lines);
      return;
    }
    for (Map.Entry<String, DocumentMetadata> e : byFile.entrySet()) {
      DocumentMetadata d = e.getValue();
      assertThat(d.id()).isEqualTo(e.getKey()).isNotBlank();
      assertThat(d.id().startsWith("./") && d.id().length() > 2).as(d.id()).isFalse();
      assertThat(d.publisher() == null || !d.publisher().isBlank()).isTrue();
      assertThat(d.story() == null || !d.story().isBlank()).isTrue();
    }
  }
}
