package io.github.countercheck.claims;

import io.github.countercheck.core.internal.WordTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cue lists keyed by a first word, found by a char range; with each list, the words its cues'
 * second element may start with, so that a list whose cues all need a word the next token is
 * not is passed over with one lookup.
 */
final class ScopeCueTable {
  private final WordTable index;
  private final ScopeCues.Cue[][] cues;
  /** Per list, the first words of its cues' second elements; null if one needs no word. */
  private final WordTable[] next;

  ScopeCueTable(Map<String, List<ScopeCues.Cue>> byFirst) {
    Map<String, Integer> ids = new HashMap<>();
    cues = new ScopeCues.Cue[byFirst.size()][];
    next = new WordTable[cues.length];
    int n = 0;
    for (Map.Entry<String, List<ScopeCues.Cue>> e : byFirst.entrySet()) {
      cues[n] = e.getValue().toArray(ScopeCues.Cue[]::new);
      next[n] = nextWords(cues[n]);
      ids.put(e.getKey(), ++n);
    }
    index = WordTable.of(ids);
  }

  private static WordTable nextWords(ScopeCues.Cue[] cues) {
    Map<String, Integer> words = new HashMap<>();
    for (ScopeCues.Cue cue : cues) {
      if (cue.rest().length == 0 || cue.rest()[0].kind() != ScopeCues.Kind.WORDS) {
        return null;
      }
      for (String[] alt : cue.rest()[0].alternatives()) {
        words.put(alt[0], 1);
      }
    }
    return WordTable.of(words);
  }

  /** @return the id of the list indexed under {@code chars[from, to)}, or -1 */
  int id(char[] chars, int from, int to) {
    return index.get(chars, from, to) - 1;
  }

  /** Whether a cue of list {@code id} may go on at token {@code j}: one lookup of its stems. */
  boolean mayContinue(int id, ScopeCues.Tokens t, int j, int to) {
    WordTable words = next[id];
    return words == null || j < to && t.isWordOrNumber(j)
        && words.getStems(t.chars(), t.start(j), t.end(j), t.stemMask(j)) != 0;
  }

  boolean isEmpty() {
    return cues.length == 0;
  }

  /** @return the cues of list {@code id} */
  ScopeCues.Cue[] cues(int id) {
    return cues[id];
  }
}
