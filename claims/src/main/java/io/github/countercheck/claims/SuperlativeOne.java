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
 * determiner of {@code words.rankDeterminers} (the, its, their ...), a possessive ({@code
 * time.possessiveEndings}: "Islam's") or both ("the country's"), then a word of {@code
 * words.superlatives} (most, worst, best) or one longer than four letters with an ending of {@code
 * words.superlativeEndings} (deadliest, largest), also before a hyphen ("worst-ever",
 * "fastest-growing"; en25fields). Not when a plural noun of people follows within
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
        || !g.of.has(w, numTo)) {
      return false;
    }
    int sup = g.rankDeterminers.has(w, numTo + 1) ? numTo + 2 : numTo + 1;
    if (sup < to && w.isWord(sup) && possessive(v, sup)) {
      sup++; // (en25fields) "one of the country's worst", "one of Islam's holiest"
    }
    if (sup == numTo + 1 || sup >= to || !w.isWord(sup) || !superlative(w, g, sup)) {
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

  /** Whether the word at {@code i} ends with a possessive ending ("country's") after a stem. */
  private static boolean possessive(SentenceView v, int i) {
    for (String e : v.lex.possessiveEndings) {
      if (v.w.length(i) > e.length() && v.w.endsWith(i, e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code i} is a superlative: listed, longer than four letters with a
   * superlative ending, or (en25fields) such a word before a hyphen ("worst-ever",
   * "fastest-growing").
   */
  private static boolean superlative(TokenWords w, GrammarForms g, int i) {
    if (g.superlatives.has(w, i) || w.length(i) > 4 && g.superlativeEndings.endsOne(w, i)) {
      return true;
    }
    String form = w.form(i);
    int hyphen = form.indexOf('-');
    if (hyphen <= 0) {
      return false;
    }
    String head = form.substring(0, hyphen);
    return g.superlatives.contains(head)
        || head.length() > 4 && g.superlativeEndings.withoutEnding(head, 2) != null;
  }
}
