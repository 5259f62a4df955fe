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
  /**
   * Per list of more than 32 cues, the first words of its cues' second elements; null if one
   * needs no word, and for a shorter list (its words are in {@link #nextCues}).
   */
  private final WordTable[] next;
  /**
   * Per list of at most 32 cues, the cues (bit {@code x} for cue {@code x}) whose second element
   * may start with a word, by that word; null for a longer list.
   */
  private final WordTable[] nextCues;
  /** Per list, the cues that need no word next (no second element, or not a word one). */
  private final int[] anyNext;

  ScopeCueTable(Map<String, List<ScopeCues.Cue>> byFirst) {
    Map<String, Integer> ids = new HashMap<>();
    cues = new ScopeCues.Cue[byFirst.size()][];
    next = new WordTable[cues.length];
    nextCues = new WordTable[cues.length];
    anyNext = new int[cues.length];
    int n = 0;
    for (Map.Entry<String, List<ScopeCues.Cue>> e : byFirst.entrySet()) {
      cues[n] = e.getValue().toArray(ScopeCues.Cue[]::new);
      if (cues[n].length > Integer.SIZE) {
        next[n] = nextWords(cues[n]); // read only where cue bits cannot tell the cues apart
      } else {
        Map<String, Integer> words = new HashMap<>();
        for (int x = 0; x < cues[n].length; x++) {
          ScopeCues.Element[] rest = cues[n][x].rest();
          if (rest.length == 0 || rest[0].kind() != ScopeCues.Kind.WORDS) {
            anyNext[n] |= 1 << x;
          } else {
            for (String[] alt : rest[0].alternatives()) {
              words.merge(alt[0], 1 << x, (a, b) -> a | b);
            }
          }
        }
        nextCues[n] = WordTable.of(words);
      }
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
  private boolean mayContinue(int id, ScopeCues.Tokens t, int j, int to) {
    WordTable words = next[id];
    return words == null || j < to && t.isWordOrNumber(j)
        && words.getStems(t.chars(), t.start(j), t.end(j), t.stemMask(j)) != 0;
  }

  /**
   * The cues of list {@code id} that may go on at token {@code j}: bit {@code x} for cue {@code
   * x}, one lookup of the token's stems (a cue whose second element is words no alternative of
   * which starts with the token cannot match, {@code ScopeCues.matchRest} would find); -1 for all
   * of them in a list too long to be told apart, when {@link #mayContinue}; 0 for none.
   */
  int candidates(int id, ScopeCues.Tokens t, int j, int to) {
    WordTable words = nextCues[id];
    if (words == null) {
      return mayContinue(id, t, j, to) ? -1 : 0;
    }
    int c = anyNext[id];
    if (j < to && t.isWordOrNumber(j)) {
      c |= words.getStems(t.chars(), t.start(j), t.end(j), t.stemMask(j));
    }
    return c;
  }

  boolean isEmpty() {
    return cues.length == 0;
  }

  /** @return the cues of list {@code id} */
  ScopeCues.Cue[] cues(int id) {
    return cues[id];
  }
}
