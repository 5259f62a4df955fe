package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The lexicon's key mask: one bit per index, past the 32 bits of an int, and no silent overflow. */
class LexiconKeysTest {

  /** {@code n} indices, index {@code i} holding "word{i}", and "shared" in indices 1 and 35. */
  private static PhraseIndex<?>[] indices(int n) {
    PhraseIndex<?>[] indices = new PhraseIndex<?>[n];
    for (int i = 0; i < n; i++) {
      PhraseIndex.Builder<Boolean> b = PhraseIndex.<Boolean>builder().add("word" + i, true);
      if (i == 1 || i == 35) {
        b.add("shared entry", true);
      }
      indices[i] = b.build();
    }
    return indices;
  }

  private static long bitsOf(LexiconKeys keys, String word, int[] entryStems) {
    char[] c = word.toCharArray();
    return keys.keysAndStems(c, 0, c.length, 1, new int[32], new long[1], entryStems, 0);
  }

  @Test
  void givesIndicesPastTheThirtySecondTheirOwnBit() {
    PhraseIndex<?>[] indices = indices(40);
    LexiconKeys keys = LexiconKeys.register(new Object(), indices);
    int[] entryStems = new int[1];
    for (int i = 0; i < indices.length; i++) {
      assertThat(indices[i].bit()).isEqualTo(1L << i);
      assertThat(bitsOf(keys, "word" + i, entryStems)).isEqualTo(1L << i);
      assertThat(entryStems[0]).isEqualTo(1); // the entry starts at the whole word
    }
    assertThat(bitsOf(keys, "shared", entryStems)).isEqualTo(1L << 1 | 1L << 35);
    assertThat(bitsOf(keys, "entry", entryStems)).isZero(); // a later word carries no bit
    assertThat(entryStems[0]).isZero();
  }

  @Test
  void refusesMoreIndicesThanTheMaskHoldsRatherThanShareABit() {
    LexiconKeys.checkIndices(LexiconKeys.MOST_INDICES);
    assertThat(LexiconKeys.register(new Object(), indices(LexiconKeys.MOST_INDICES))).isNotNull();
    assertThatThrownBy(() -> LexiconKeys.register(new Object(),
        indices(LexiconKeys.MOST_INDICES + 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("65 lexicon indices: the key mask holds 64");
  }
}
