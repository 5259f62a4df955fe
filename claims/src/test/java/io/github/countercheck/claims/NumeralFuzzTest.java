package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.countercheck.claims.numbers.NumeralMention;
import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.claims.numbers.QuantityMention;
import io.github.countercheck.claims.numbers.QuantityRecognizer;
import io.github.countercheck.core.FuzzText;
import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.Span;
import io.github.countercheck.core.TextNormalizer;
import java.util.List;

/**
 * Fuzzes numeral and quantity-phrase recognition. Regression mode over
 * {@code NumeralFuzzTestInputs/} in every build; {@code JAZZER_FUZZ=1} fuzzes (see
 * RELIABILITY.md).
 */
final class NumeralFuzzTest {
  private static final java.util.concurrent.atomic.AtomicInteger RUNS =
      new java.util.concurrent.atomic.AtomicInteger();
  private static final NumeralRecognizer NUMERALS = NumeralRecognizer.create();
  private static final QuantityRecognizer QUANTITIES = QuantityRecognizer.create();

  @FuzzTest(maxDuration = "10m")
  void numeralsStayInsideTheText(byte[] input) {
    String text = FuzzText.decode(input);
    long started = System.nanoTime();
    NormalizedText nt = TextNormalizer.normalize(text);
    List<NumeralMention> numerals = NUMERALS.find(nt);
    int end = 0;
    for (NumeralMention m : numerals) {
      Span s = m.span();
      assertThat(s.start()).as("in order, not overlapping: %s", m).isGreaterThanOrEqualTo(end);
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(m.text()).isEqualTo(text.substring(s.start(), s.end()));
      assertThat(m.normalized().end()).isLessThanOrEqualTo(nt.length());
      if (m.isVague()) {
        assertThat(m.low()).isLessThanOrEqualTo(m.high());
      }
      end = s.end();
    }
    for (QuantityMention q : QUANTITIES.find(nt, numerals)) {
      Span s = q.span();
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(q.text()).isEqualTo(text.substring(s.start(), s.end()));
      assertThat(q.quantity().high() == null || q.quantity().low() <= q.quantity().high()).isTrue();
      assertThat(q.quantity().low()).isBetween(0L, Quantity.MAX_COUNT);
    }
    NUMERALS.parse(text);
    // a hang guard, not a speed test: fuzz inputs are at most 4 KB; the first inputs load the
    // lexicons and (when fuzzing) instrument every class, so they are not timed
    if (RUNS.incrementAndGet() > 5) {
      assertThat(System.nanoTime() - started).as("nanoseconds").isLessThan(10_000_000_000L);
    }
  }
}
