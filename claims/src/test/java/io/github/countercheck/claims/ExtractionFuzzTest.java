package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.countercheck.claims.json.ClaimJson;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.FuzzText;
import java.util.List;

/**
 * Fuzzes full extraction. Regression mode over {@code ExtractionFuzzTestInputs/} in every build;
 * {@code JAZZER_FUZZ=1} fuzzes (see RELIABILITY.md).
 */
final class ExtractionFuzzTest {
  private static final java.util.concurrent.atomic.AtomicInteger RUNS =
      new java.util.concurrent.atomic.AtomicInteger();
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();

  @FuzzTest(maxDuration = "10m")
  void claimsStayInsideTheText(byte[] input) {
    String text = FuzzText.decode(input);
    long started = System.nanoTime();
    List<Claim> claims = EXTRACTOR.extract(Document.of("fuzz.txt", text));
    for (Claim c : claims) {
      assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(c.text()).isEqualTo(text.substring(c.span().start(), c.span().end()));
      Quantity q = c.quantity();
      assertThat(q.low()).isBetween(0L, Quantity.MAX_COUNT);
      if (q.high() != null) {
        assertThat(q.low()).isLessThanOrEqualTo(q.high());
        assertThat(q.high()).isLessThanOrEqualTo(Quantity.MAX_COUNT);
      }
      assertThat(ClaimJson.readClaim(ClaimJson.write(c))).isEqualTo(c);
    }
    // a hang guard, not a speed test: fuzz inputs are at most 4 KB; the first inputs load the
    // lexicons and (when fuzzing) instrument every class, so they are not timed
    if (RUNS.incrementAndGet() > 5) {
      assertThat(System.nanoTime() - started).as("nanoseconds").isLessThan(10_000_000_000L);
    }
  }
}
