package io.github.countercheck.claims.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PhraseTrie#mayEndAt} lets a lookup that must end at a token skip its walks: it may say
 * yes wrongly, never no. So every phrase of the bundled tries that those lookups read, written
 * after a proclitic or a word, with its spaces as spaces or tabs, must be allowed to end where
 * it ends; and a word that ends as no phrase does is answered no.
 */
final class PhraseTrieTest {

  @Test
  void everyBundledPhraseMayEndWhereItEnds() {
    NumeralRecognizer r = NumeralRecognizer.create();
    List<PhraseTrie<Integer>> tries =
        List.of(r.cues().trie(), r.bounds().trie(), r.bounds().openers);
    int phrases = 0;
    for (PhraseTrie<Integer> trie : tries) {
      int[] count = {0};
      trie.forEach((phrase, value) -> {
        for (String text : List.of(phrase, "و" + phrase, "قتل " + phrase,
            "قتل " + phrase.replace(' ', '\t'))) {
          char[] s = text.toCharArray();
          assertThat(trie.mayEndAt(s, s.length)).as(text).isTrue();
        }
        count[0]++;
      });
      phrases += count[0];
    }
    assertThat(phrases).isGreaterThan(200);
  }

  @Test
  void aWordNoPhraseEndsLikeIsAnsweredNo() {
    PhraseTrie<Integer> trie = new PhraseTrie<>();
    trie.put("أكثر من", 1, Integer::sum);
    trie.put("نحو", 2, Integer::sum);
    trie.put("-", 4, Integer::sum);
    assertThat(ends(trie, "قتل")).isFalse();
    assertThat(ends(trie, "مقتل")).isFalse();
    assertThat(ends(trie, "بنحو")).isTrue();
    assertThat(ends(trie, "أكثر من")).isTrue();
    assertThat(ends(trie, "أكثر\tمن")).isTrue();
    assertThat(ends(trie, "20-")).isTrue();
    assertThat(ends(trie, "ضمن")).isTrue(); // ends as «من» does: a yes that the walk then refuses
  }

  private static boolean ends(PhraseTrie<Integer> trie, String text) {
    char[] s = text.toCharArray();
    return trie.mayEndAt(s, s.length);
  }
}
