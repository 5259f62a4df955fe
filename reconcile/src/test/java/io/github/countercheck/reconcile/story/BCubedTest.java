package io.github.countercheck.reconcile.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class BCubedTest {

  private static final Map<String, String> GOLD =
      Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");

  @Test
  void theReferenceScoresOne() {
    BCubed b = BCubed.score(GOLD, GOLD);
    assertThat(b.precision()).isEqualTo(1.0);
    assertThat(b.recall()).isEqualTo(1.0);
    assertThat(b.f1()).isEqualTo(1.0);
    assertThat(b.items()).isEqualTo(5);
  }

  @Test
  void oneClusterOfAllHasFullRecallAndLowPrecision() {
    BCubed b = BCubed.score(GOLD, Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "1"));
    assertThat(b.recall()).isEqualTo(1.0);
    // precision: three items see 3/5, two see 2/5: (9/5 + 4/5) / 5 = 13/25
    assertThat(b.precision()).isCloseTo(13 / 25.0, within(1e-12));
  }

  @Test
  void singletonsHaveFullPrecisionAndLowRecall() {
    BCubed b = BCubed.score(GOLD, Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5"));
    assertThat(b.precision()).isEqualTo(1.0);
    // recall: three items 1/3, two 1/2: (1 + 1) / 5
    assertThat(b.recall()).isCloseTo(0.4, within(1e-12));
    assertThat(b.f1()).isCloseTo(2 * 0.4 / 1.4, within(1e-12));
  }

  @Test
  void clustersOfUnlabelledItemsAreIgnoredAndAMissingClusterIsNamed() {
    BCubed b = BCubed.score(Map.of("a", "x"), Map.of("a", "1", "z", "1"));
    assertThat(b.f1()).isEqualTo(1.0);
    assertThatThrownBy(() -> BCubed.score(GOLD, Map.of("a", "1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no cluster");
    assertThat(BCubed.score(Map.of(), Map.of()).items()).isZero();
  }
}
