package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SentenceSetTest {

  /** Every line of {@code blocks} blocks, each "az" or "b[": they share one {@code 31*h+c} hash. */
  private static List<String> collidingLines(int blocks) {
    List<String> lines = new ArrayList<>();
    for (int bits = 0; bits < 1 << blocks; bits++) {
      StringBuilder sb = new StringBuilder();
      for (int b = 0; b < blocks; b++) {
        sb.append((bits >> b & 1) == 0 ? "az" : "b[");
      }
      lines.add(sb.toString());
    }
    return lines;
  }

  @Test
  void linesCraftedToCollideUnderAPolynomialHashStayCheapToAdd() {
    List<String> lines = collidingLines(12);
    assertThat(lines.get(0).hashCode()).isEqualTo(lines.get(lines.size() - 1).hashCode());
    char[] text = String.join("\n", lines).toCharArray();
    SentenceSet set = new SentenceSet();
    set.clear(lines.size());
    int at = 0;
    for (String line : lines) {
      assertThat(set.add(text, at, at + line.length())).isTrue();
      at += line.length() + 1;
    }
    int n = lines.size();
    // a shared slot would probe about n * n / 2 = 8 million times; a spread one about n / 2
    assertThat(set.probes()).isLessThan(3L * n);
    at = 0;
    for (String line : lines) {
      assertThat(set.add(text, at, at + line.length())).isFalse();
      at += line.length() + 1;
    }
  }

  @Test
  void theSameCharsAtAnotherPlaceAreTheSameSentence() {
    char[] text = "قتل 12 شرطيا. أصيب 5. قتل 12 شرطيا.".toCharArray();
    SentenceSet set = new SentenceSet();
    set.clear(3);
    assertThat(set.add(text, 0, 13)).isTrue();
    assertThat(set.add(text, 14, 21)).isTrue();
    assertThat(set.add(text, 22, 35)).isFalse();
    set.clear(3);
    assertThat(set.add(text, 22, 35)).isTrue();
  }

  @Test
  void probingIsBoundedEvenWhenTheTableIsFull() {
    char[] text = new char[4000];
    for (int i = 0; i < text.length; i++) {
      text[i] = (char) ('a' + i % 26);
    }
    SentenceSet set = new SentenceSet();
    set.clear(8); // room for 16 slots; then far more sentences are added than it was told
    for (int i = 0; i + 10 <= 170; i++) {
      set.add(text, i, i + 10);
    }
    assertThat(set.probes()).isLessThanOrEqualTo(170L * SentenceSet.MAX_PROBES);
  }
}
