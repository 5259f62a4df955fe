package io.github.countercheck.claims.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.QuantityKind;
import io.github.countercheck.core.FuzzText;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes the reading of {@code --claims} files ({@link ClaimJson#readJsonLines}): claims, or an
 * {@link IllegalArgumentException} naming a line of the input, never another exception. Regression
 * mode over {@code ClaimLinesFuzzTestInputs/} in every build; {@code JAZZER_FUZZ=1} fuzzes (see
 * RELIABILITY.md).
 */
final class ClaimLinesFuzzTest {
  private static final AtomicInteger RUNS = new AtomicInteger();
  private static final Pattern LINE = Pattern.compile("line ([1-9][0-9]*): \\S");

  @FuzzTest(maxDuration = "10m")
  void claimLinesAreReadOrTheLineIsNamed(byte[] input) {
    String text = FuzzText.decode(input);
    long started = System.nanoTime();
    List<String> lines = text.lines().toList();
    List<Claim> claims;
    try {
      claims = ClaimJson.readJsonLines(new StringReader(text));
    } catch (IllegalArgumentException e) {
      Matcher m = LINE.matcher(e.getMessage());
      assertThat(m.lookingAt()).as("names a line: %s", e.getMessage()).isTrue();
      int line = Integer.parseInt(m.group(1));
      assertThat(line).isLessThanOrEqualTo(lines.size());
      assertThat(lines.get(line - 1)).as("the line named").isNotBlank();
      return;
    }
    assertThat(claims.size()).isLessThanOrEqualTo(lines.size());
    for (Claim c : claims) {
      assertThat(c.document()).isNotBlank();
      assertThat(c.span().start()).isBetween(0, c.span().end());
      assertThat(c.text()).hasSize(c.span().end() - c.span().start());
      Quantity q = c.quantity();
      assertThat(q.low()).isBetween(0L, Quantity.MAX_COUNT);
      if (q.kind() == QuantityKind.RANGE || q.kind() == QuantityKind.VAGUE) {
        assertThat(q.value()).isNull();
        assertThat(q.high()).isNotNull().isBetween(q.low(), Quantity.MAX_COUNT);
      } else {
        assertThat(q).isEqualTo(contractBounds(q.kind(), q.value()));
      }
      assertThat(ClaimJson.readClaim(ClaimJson.write(c))).isEqualTo(c);
    }
    // a hang guard, not a speed test (inputs are at most 4 KB)
    if (RUNS.incrementAndGet() > 5) {
      assertThat(System.nanoTime() - started).as("nanoseconds").isLessThan(10_000_000_000L);
    }
  }

  /** The bounds section 2 of the claim contract gives a stated value of this kind. */
  private static Quantity contractBounds(QuantityKind kind, long v) {
    return switch (kind) {
      case EXACT -> Quantity.exact(v);
      case APPROXIMATE -> Quantity.approximate(v);
      case AT_LEAST -> Quantity.atLeast(v);
      case MORE_THAN -> Quantity.moreThan(v);
      case AT_MOST -> Quantity.atMost(v);
      case LESS_THAN -> Quantity.lessThan(v);
      case RANGE, VAGUE -> throw new AssertionError(kind);
    };
  }
}
