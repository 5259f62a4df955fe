package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * "in one of the deadliest attacks", "one of its worst floods": a one followed by "of" and a
 * determiner and a superlative picks out a thing by rank; it counts nothing, and an event cue
 * nearby ("troops stationed in Europe in one of the largest realignments") must not make it a
 * claim of one.
 *
 * <p>The rule: the word one ({@code words.bareOne}, not the digit), then {@code words.of}, then a
 * determiner of {@code words.rankDeterminers} (the, its, their ...), then a word of {@code
 * words.superlatives} (most, worst, best) or one longer than four letters with an ending of {@code
 * words.superlativeEndings} (deadliest, largest). Not when a plural noun of people follows within
 * {@link #NOUN_REACH} words: "one of the most senior officials" is one person ("the largest troop
 * realignments" is no such noun). Read by {@code SentenceReader.read} beside the ratios and day
 * labels that are no counts; stateless.
 */
final class SuperlativeOne {
  /** How far after the superlative a noun of people makes the one a count. */
  static final int NOUN_REACH = 3;

  private SuperlativeOne() {}

  /**
   * Whether the numeral of count {@code s} is such a one.
   *
   * @param v the sentence
   * @param s a numeral count
   * @return true when the numeral ranks rather than counts
   */
  static boolean ranks(SentenceView v, CountSlot s) {
    TokenWords w = v.w;
    GrammarForms g = v.lex.words;
    int numTo = s.countTo;
    int to = v.to;
    if (numTo != s.from + 1 || !g.bareOne.has(w, s.from) || numTo + 2 >= to
        || !g.of.has(w, numTo) || !g.rankDeterminers.has(w, numTo + 1) || !w.isWord(numTo + 2)) {
      return false;
    }
    int sup = numTo + 2;
    if (!g.superlatives.has(w, sup) && !(w.length(sup) > 4 && g.superlativeEndings.endsOne(w, sup))) {
      return false;
    }
    for (int j = sup + 1; j < Math.min(to, sup + 1 + NOUN_REACH) && w.isWord(j); j++) {
      Match<SubjectForm> m = v.subjectAt(j);
      if (m != null && m.value().number() == Lexicon.Number.PLURAL
          && m.value().subject().root() == Subject.PERSON) {
        return false;
      }
    }
    return true;
  }
}
