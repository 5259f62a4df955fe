package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.core.Document;
import org.junit.jupiter.api.Test;

/** Warming up leaves the extractors it shares its data with reading as any other. */
final class ClaimExtractorWarmUpTest {

  @Test
  void afterWarmingUpAnExtractorReadsBothLanguages() {
    ClaimExtractor.warmUp();
    ClaimExtractor.warmUp();
    ClaimExtractor e = ClaimExtractor.create();
    assertThat(e.extract(Document.of("a.txt", "قتل 12 شرطيا في ألماتي"))).singleElement()
        .satisfies(c -> {
          assertThat(c.event()).isEqualTo(Event.KILLED);
          assertThat(c.quantity()).isEqualTo(Quantity.exact(12));
        });
    assertThat(e.extract(Document.of("b.txt", "Police said 7 people were injured in Almaty.")))
        .singleElement().satisfies(c -> assertThat(c.event()).isEqualTo(Event.INJURED));
  }
}
