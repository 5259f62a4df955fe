package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * (issue 16) English words of people that name one only as the head of their noun phrase: the
 * singular demonyms and "national" (`constructions.PERSON_HEAD`). As adjectives they describe the
 * noun after them ("two Israeli border policemen", "an Israeli missile strike", "a national
 * strike"), so they are no subject nouns; where the phrase ends right after them (the sentence,
 * a mark other than a hyphen or an apostrophe, "and", an auxiliary, an event cue) and an article
 * of one stands a few words before, they name a person:
 * "killed at least 15 people including a Canadian", "arrested an Egyptian and a Saudi national",
 * "a Palestinian was shot dead". Such a word is then read as a singular noun of persons, by the
 * singular rules of {@link ImplicitCountReader} (its article, its cue, a count it is part of).
 * Read in sentences the filter lets through (with a numeral or another count word). The words are
 * the lexicon's {@link Lexicon#personHeads}, under a key bit of their own, so that the other rules'
 * constructions lookups at them fail the bit test. Stateless.
 */
final class PersonHead {
  private static final Match<SubjectForm> ONE_PERSON = new Match<>(
      new SubjectForm(Subject.PERSON, Lexicon.Number.SINGULAR), 1, "");

  /** How many tokens before the word its article may stand ("a young Saudi national"). */
  private static final int ARTICLE_WORDS = 4;
  /** How many words an apposition may hold before the word ("an Estonian and an American"). */
  private static final int APPOSITION_WORDS = 6;
  /** How many words the count's noun may have before the comma ("two foreign soldiers"). */
  private static final int NOUN_WORDS = 3;

  private PersonHead() {}

  /**
   * @param v the sentence
   * @param i a token
   * @return the subject noun at {@code i}, or, for an English {@link Construction#PERSON_HEAD}
   *     word that ends its noun phrase, a singular of persons; null when neither
   */
  static Match<SubjectForm> orSubject(SentenceView v, int i) {
    Match<SubjectForm> subj = v.subjectAt(i);
    if (subj != null || v.language != Language.EN || (v.w.keys(i) & v.lex.personHeads.bit()) == 0
        || !endsPhrase(v, i + 1) || !articleNear(v, i) || !listed(v, i)) {
      return subj; // the cheap tests first: the phrase lookup runs at few words
    }
    return namesCount(v, i) ? null : ONE_PERSON;
  }

  /**
   * Whether a word of {@link Lexicon#personHeads} starts at {@code i} and no construction as long
   * reads it first (an idiom of {@link Construction#CUE_IDIOM}: "Hindu bodies"), as the one phrase
   * index of the constructions read them when it held these words too.
   */
  private static boolean listed(SentenceView v, int i) {
    Match<Boolean> head = v.match(v.lex.personHeads, i);
    if (head == null) {
      return false;
    }
    Match<Construction> other = v.match(v.lex.constructions, i);
    return other == null || other.words() < head.words();
  }

  /** Whether a determiner of one ("a", "an", "one") stands at most {@link #ARTICLE_WORDS} tokens before. */
  private static boolean articleNear(SentenceView v, int i) {
    for (int k = i - 1; k >= Math.max(v.from, i - ARTICLE_WORDS); k--) {
      if (v.w.isWord(k) && v.lex.words.determiners.has(v.w, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word stands in an apposition that names the people a count before it counts: "two
   * foreign soldiers, an Estonian and an American, were killed" (no one more). An article right
   * after a comma that ends a count's noun ({@link #NOUN_WORDS} words at most) opens it, at most
   * {@link #APPOSITION_WORDS} words before the word.
   */
  private static boolean namesCount(SentenceView v, int i) {
    TokenWords w = v.w;
    for (int c = i - 1; c > v.from && c >= i - APPOSITION_WORDS; c--) {
      if (!w.isWord(c)) {
        if (!w.is(c, ",") || !v.lex.words.determiners.has(w, c + 1)) {
          return false;
        }
        for (int k = c - 1; k >= v.from && k >= c - NOUN_WORDS; k--) {
          if (v.inQuantity(k)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the noun phrase ends before token {@code j}: the sentence ends, a mark other than a
   * hyphen, an apostrophe or a backslash follows, or a cue, "and" or an auxiliary.
   */
  private static boolean endsPhrase(SentenceView v, int j) {
    TokenWords w = v.w;
    if (j >= v.to) {
      return true;
    }
    if (!w.isWord(j)) {
      return w.length(j) > 0 && !w.is(j, "-") && !w.is(j, "'") && !w.is(j, "’")
          && !w.is(j, "\\") && !Character.isLetterOrDigit(w.charAt(j, 0));
    }
    GrammarForms g = v.lex.words;
    return v.cueAt(j) != null || g.and.has(w, j) || g.auxiliaries.has(w, j)
        || g.tenseAuxiliaries.has(w, j);
  }
}
