package io.github.countercheck.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class WordTableTest {

  private static final WordTable TABLE = WordTable.of(Map.of(
      "قتل", 1, "متظاهرين", 2, "المتظاهرين", 4, "شرطي", 8, "killed", 16));

  @Test
  void findsAWordInsideALongerTextWithoutCopyingIt() {
    String s = "وقد قتل 12 شرطي";
    assertThat(TABLE.get(s.toCharArray(), 4, 7)).isEqualTo(1);
    assertThat(TABLE.get(s.toCharArray(), 11, 15)).isEqualTo(8);
    assertThat(TABLE.get(s.toCharArray(), 4, 6)).isZero(); // a prefix of a key is no key
    assertThat(TABLE.get(s.toCharArray(), 0, 3)).isZero();
    assertThat(TABLE.get("they were killed".toCharArray(), 10, 16)).isEqualTo(16);
  }

  @Test
  void unitesTheBitsOfTheStemsItIsAskedFor() {
    String word = "والمتظاهرين";
    int offsets = Stems.offsets(word); // the whole word, المتظاهرين, متظاهرين
    assertThat(TABLE.getStems(word.toCharArray(), 0, word.length(), offsets)).isEqualTo(2 | 4);
    // only the whole word
    assertThat(TABLE.getStems(word.toCharArray(), 0, word.length(), 1)).isZero();
    assertThat(TABLE.getStems(word.toCharArray(), 0, word.length(), 1 | 1 << 1)).isEqualTo(4);
  }

  @Test
  void readsAStemOfAWordThatStandsInsideAText() {
    String s = "قالت الشرطة إن المتظاهرين";
    int from = s.indexOf("المتظاهرين");
    assertThat(TABLE.getStems(s.toCharArray(), from, s.length(), 1 | 1 << 2)).isEqualTo(2 | 4);
  }

  @Test
  void anEmptyTableAndAnEmptyRangeFindNothing() {
    WordTable empty = WordTable.of(Map.of());
    assertThat(empty.get("قتل".toCharArray(), 0, 3)).isZero();
    assertThat(TABLE.get("قتل".toCharArray(), 1, 1)).isZero();
    assertThat(empty.getStems("".toCharArray(), 0, 0, 1)).isZero();
  }

  @Test
  void keepsAKeyWhoseHashIsZero() {
    assertThat("".hashCode()).isZero();
    WordTable t = WordTable.of(Map.of("", 3, "a", 5));
    assertThat(t.get("xyz".toCharArray(), 1, 1)).isEqualTo(3);
    assertThat(t.get("a".toCharArray(), 0, 1)).isEqualTo(5);
  }

  @Test
  void refusesBitsOfZeroAndNulls() {
    assertThatThrownBy(() -> WordTable.of(Map.of("قتل", 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("قتل");
    assertThatThrownBy(() -> WordTable.of(null)).isInstanceOf(NullPointerException.class);
  }

  /** Against a HashMap of the same words: every stem of random words, hits and misses. */
  @Test
  void agreesWithAMapOnRandomWords() {
    Random random = new Random(7);
    String letters = "ابتثجحخدرسعفقكلمنهويaeiknst";
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < 3000; i++) {
      map.put(word(random, letters, 1 + random.nextInt(6)), 1 + random.nextInt(1 << 20));
    }
    WordTable table = WordTable.of(map);
    int hits = 0;
    for (int i = 0; i < 20000; i++) {
      String w = word(random, letters, 1 + random.nextInt(8));
      int offsets = random.nextInt(1 << Math.min(w.length(), 5)) | 1;
      int expected = 0;
      int found = 0;
      for (int k = 0; k < w.length(); k++) {
        if ((offsets & 1 << k) != 0) {
          expected |= map.getOrDefault(w.substring(k), 0);
          found |= map.containsKey(w.substring(k)) ? 1 << k : 0;
        }
      }
      String padded = "x " + w + " y";
      assertThat(table.getStems(padded.toCharArray(), 2, 2 + w.length(), offsets)).as(w)
          .isEqualTo(expected);
      assertThat(table.get(padded.toCharArray(), 2, 2 + w.length()))
          .isEqualTo(map.getOrDefault(w, 0));
      long both = table.getStemsAndOffsets(padded.toCharArray(), 2, 2 + w.length(), offsets);
      assertThat((int) both).isEqualTo(expected);
      assertThat((int) (both >>> 32)).as("offsets of the stems found in " + w).isEqualTo(found);
      int[] values = new int[w.length()];
      int foundOffsets = table.getStemValues(padded.toCharArray(), 2, 2 + w.length(), offsets,
          values);
      assertThat(foundOffsets).as("offsets of the stems found in " + w).isEqualTo(found);
      int all = 0;
      for (int k = 0; k < w.length(); k++) {
        assertThat(values[k]).as(w + " from " + k)
            .isEqualTo((found & 1 << k) != 0 ? map.get(w.substring(k)) : 0);
        all |= values[k];
      }
      assertThat(all).isEqualTo(expected);
      hits += expected != 0 ? 1 : 0;
    }
    assertThat(hits).as("lookups that found something").isGreaterThan(1000);
    for (String k : List.copyOf(map.keySet())) {
      assertThat(table.get(k.toCharArray(), 0, k.length())).isEqualTo(map.get(k));
    }
  }

  private static String word(Random random, String letters, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(letters.charAt(random.nextInt(letters.length())));
    }
    return sb.toString();
  }
}
