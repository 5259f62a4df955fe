package io.github.countercheck.claims.numbers;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.countercheck.claims.internal.DataFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bound words of a count and the words of ranges, read once from a file in the format of
 * {@code quantity-bounds.json}: the phrase lists of {@link BoundCue} in one trie; the range
 * openers with the joiners each allows (بين ... و، من ... إلى), the bare and the neighbour
 * joiners; and the single-token lists of the number ranges. A replacement file holds every list
 * it wants: a missing list is empty. Immutable once read; shared by {@link NumeralRecognizer},
 * {@link QuantityRecognizer} and {@link RangeRecognizer}.
 */
final class BoundWords {
  final Cues cues;
  /** The range openers, each with its index in {@link #joins}. */
  final PhraseTrie<Integer> openers = new PhraseTrie<>();
  /** The joiners each opener allows, normalized. */
  final List<Set<String>> joins = new ArrayList<>();
  /** The joiners of a range with no opener: 20 - 30. */
  final Set<String> bareJoins;
  /** The joiners of two neighbouring counts only: ثلاثة أو أربعة. */
  final Set<String> neighbourJoins;
  /** A definite article written apart before a numeral (الـ 5), skipped to find the bound words. */
  final WordList articleBefore;
  /** What may stand alone between the two ends of a number range: N إلى M, N - M. */
  final WordList spanJoiners;
  /** What may join a lower and an upper bound into one range: و، أو. */
  final WordList boundJoiners;
  /** (issue 16) A word of change right before a range opener: "rose from 58 to 62" is 62. */
  final WordList changeBefore;
  /** (issue 16) The head of a toll between a word of change and the opener: عدد، حصيلة. */
  final WordList changedHeads;
  /** (en30total) A toll noun right before a range opener: "the death toll from 544 to 607". */
  final WordList movedHeads;

  BoundWords(DataFile file) {
    Set<String> members = new HashSet<>(Set.of("ranges"));
    this.articleBefore = WordList.read(file, "articleBefore", members);
    this.spanJoiners = WordList.read(file, "spanJoiners", members);
    this.boundJoiners = WordList.read(file, "boundJoiners", members);
    this.changeBefore = WordList.read(file, "changeBefore", members);
    this.changedHeads = WordList.read(file, "changedHeads", members);
    this.movedHeads = WordList.read(file, "movedHeads", members);
    this.cues = new Cues(file, members, BoundCue.values());
    Set<String> bare = Set.of();
    Set<String> neighbours = Set.of();
    JsonPointer ranges = DataFile.at("ranges");
    int n = file.list(ranges);
    for (int i = 0; i < n; i++) {
      JsonPointer r = ranges.appendIndex(i);
      file.requireObject(r, Set.of("open", "join", "neighbours"));
      JsonNode openNode = file.get(r.appendProperty("open"));
      if (!openNode.isTextual()) {
        throw file.error(r.appendProperty("open"), "not a string (\"\" for none): " + openNode);
      }
      String open = openNode.asText();
      List<String> j = new ArrayList<>();
      for (String x : file.texts(r.appendProperty("join"))) {
        j.add(Cues.normal(x).strip());
      }
      if (j.isEmpty()) {
        throw file.error(r.appendProperty("join"), "no joiners");
      }
      boolean neighbour = file.flag(r.appendProperty("neighbours"));
      if (open.isBlank() && neighbour) {
        neighbours = Set.copyOf(j);
      } else if (open.isBlank()) {
        bare = Set.copyOf(j);
      } else {
        openers.put(Cues.normal(open), joins.size(), (a, b) -> a);
        joins.add(Set.copyOf(j));
      }
    }
    this.bareJoins = bare;
    this.neighbourJoins = neighbours;
  }

  PhraseTrie<Integer> trie() {
    return cues.trie;
  }
}
