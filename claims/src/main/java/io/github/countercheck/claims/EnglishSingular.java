package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import java.util.function.IntPredicate;

/**
 * The article of an English singular noun of people that counts one ("a policeman was killed"):
 * how far before the noun it may stand. Up to {@link #DESCRIBING} describing words ("a British
 * tourist", "a Buddhist plantation worker", "a Vishwa Hindu Parishad supporter") and an age
 * written with digits ("a 30-year-old man", which the tokenizer leaves as {@code 30 - year-old};
 * the ending is {@code words.ageEndings}) may stand between, and (en29recall) an abbreviation
 * written with periods ("a U.S. soldier", "a U.N. official").
 *
 * <p>{@link #countsOne} decides, from that article and the cues around it, whether the singular
 * counts one. Read by {@link ImplicitCountReader} (the singular nouns that count one, the row
 * {@link ImplicitCountRule#PERSON_THEN_CUE} of its table) and by {@link CoordinatedSingles} ("two
 * men and a woman"); stateless.
 */
final class EnglishSingular {
  /** How many describing words may stand between the article and the noun. */
  static final int DESCRIBING = 3;
  /** How many more words a singular's window takes after "and" right after its noun. */
  static final int JOINED_WORDS = 3;
  /** How many words the noun of a whole may have before the partitive of its part. */
  static final int WHOLE_NOUN_WORDS = 3;

  private EnglishSingular() {}

  /**
   * The token before the noun's modifiers: where its article should stand.
   *
   * @param v the sentence
   * @param noun the noun's first token
   * @param article whether the token at an index is an article of a count of one
   * @return the index of the article, or -1 when there is none
   */
  static int articleBefore(SentenceView v, int noun, IntPredicate article) {
    TokenWords w = v.w;
    int from = v.from;
    int d = noun - 1;
    for (int k = 0; k < DESCRIBING && d > from && !article.test(d); k++) {
      int age = ageStart(v, d);
      if (age >= 0) {
        d = age - 1;
      } else if (w.isWord(d) && describing(v, d)) {
        d--;
      } else if (abbreviationStart(v, d) > from) {
        d = abbreviationStart(v, d) - 1; // (en29recall) "a U.S. soldier": U . S .
      } else {
        break;
      }
    }
    int age = d > from ? ageStart(v, d) : -1;
    if (age > from) {
      d = age - 1; // "a 30-year-old man"
    }
    return d >= from && article.test(d) ? d : -1;
  }

  /**
   * (issue 16) The casualty cue of a singular within {@code window} tokens after its noun ("a
   * policeman was killed"), not past a verb of saying: "a legislator says the death toll ..." tells
   * of no one in it. When {@code joined}, "and" right after the noun widens the window by {@link
   * #JOINED_WORDS} ("a shopkeeper and his brother were stabbed").
   *
   * @param v the sentence
   * @param after the token after the noun
   * @param window how many tokens to look at
   * @param joined whether a noun joined by "and" may stand between (not after a numeral article,
   *     which its count reads: "one US Marine and three Polish soldiers")
   * @return whether such a cue stands there
   */
  static boolean casualtyCueAfter(SentenceView v, int after, int window, boolean joined) {
    int end = Math.min(v.to, after + window);
    for (int j = after; j < end; j++) {
      Match<Event> cue = v.cueAt(j);
      if (cue != null && SentenceView.isCasualty(cue.value())) {
        return true;
      }
      Match<Lexicon.AttributionRole> said = cue == null ? v.match(v.lex.attribution, j) : null;
      if (said != null && said.value() != Lexicon.AttributionRole.PREPOSITION) {
        return false;
      }
      if (joined && j == after && v.w.isWord(j) && v.lex.words.and.has(v.w, j)) {
        end = Math.min(v.to, end + JOINED_WORDS);
      }
    }
    return false;
  }

  /**
   * (issue 16) "killing 11 people, including an American soldier", "207 demonstrators, including a
   * BJP MLA, were arrested": a singular whose article stands right after a partitive word that
   * follows a count and its noun (a comma may stand between) is one of that count (its event is the
   * whole's, read by {@link CountLinkReader#partitiveBefore}); not after a word that counts no one
   * ("left many, including a baby, gasping").
   *
   * @param v the sentence
   * @param article the singular's article
   * @param countRead whether the sentence has a count
   * @return whether it counts one
   */
  static boolean partOfCount(SentenceView v, int article, boolean countRead) {
    int p = article - 1;
    if (!countRead || p <= v.from || !v.w.isWord(p) || v.match(v.lex.partitive, p) == null
        || v.inQuantity(article)) {
      return false;
    }
    int k = (v.w.isPunctuation(p - 1) && v.w.is(p - 1, ",") ? p - 1 : p) - 1;
    for (int stop = Math.max(v.from, k - WHOLE_NOUN_WORDS); k >= stop; k--) {
      if (v.inQuantity(k)) {
        return true; // the count and up to WHOLE_NOUN_WORDS words of its noun
      }
      if (!v.w.isWord(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * (issue 16) "an arrested man", "an injured person said", "a wounded Iraqi teenager": a casualty
   * participle of one word right after the article (one describing word may stand between it and
   * the noun) tells the person's fate, one counted, with the participle as its cue.
   *
   * @param v the sentence
   * @param noun the noun's first token
   * @param article whether the token at an index is an article of a count of one
   * @return the index of the article, or -1 when there is no such participle
   */
  static int participleArticle(SentenceView v, int noun, IntPredicate article) {
    for (int p = noun - 1; p > v.from && p >= noun - 2; p--) {
      Match<Event> cue = v.cueAt(p);
      if (cue != null) {
        return cue.words() == 1 && SentenceView.isCasualty(cue.value()) && article.test(p - 1)
            && !v.inQuantity(p - 1) ? p - 1 : -1;
      }
      if (!v.w.isWord(p) || !describing(v, p)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether an English singular person noun counts one: after its article ("a", "an", "one", a
   * possessive) with a casualty cue right before the article ("gunmen killed a shopkeeper"; not
   * "vowed to kill a man", nor the victim of a suspect) or close after the noun, after a casualty
   * participle ("an arrested man"), as a part of the count before ("including an American
   * soldier"), or, opening its clause, with the clause's casualty verb after a long post-modifier
   * ({@link EnglishClauseVerb}); not a role ("identified as a truck driver") nor one a numeral
   * counts.
   *
   * @param v the sentence
   * @param i the noun's first token
   * @param words how many words the noun has
   * @param countRead whether the sentence has a count before
   * @return whether it counts one
   */
  static boolean countsOne(SentenceView v, int i, int words, boolean countRead) {
    TokenWords w = v.w;
    Lexicon lex = v.lex;
    int from = v.from;
    if (i == from) {
      return false;
    }
    int article = articleBefore(v, i, j -> article(v, j));
    if (article < 0) { // (issue 16) "an arrested man": a casualty participle before the noun
      return participleArticle(v, i, j -> article(v, j)) >= 0;
    }
    if (v.inQuantity(article)) {
      return false; // "One US soldier": counted by its numeral
    }
    if (article > from && (v.is(article - 1, Construction.ROLE_MARKER)
        || lex.words.agent.has(w, article - 1))) { // (issue 16) "given by a visiting professor"
      return false; // (issue 16) "a man identified as a truck driver": a role, no one more
    }
    int act = article > from ? v.cueStartEndingAt(article - 1) : -1;
    if (act >= 0 && v.accusedAct(act, from)) {
      return false; // "men accused of killing a constable were arrested": the victim of a suspect
    }
    if (act >= 0 && SentenceView.isCasualty(v.cueAt(act).value()) && !v.inQuantity(article)
        && !(act > from && w.isWord(act - 1) && lex.words.to.has(w, act - 1))) {
      return true; // (issue 16) "gunmen killed a shopkeeper"; not "vowed to kill a man"
    }
    if (casualtyCueAfter(v, i + words, ImplicitCountRule.ENGLISH_CUE_WINDOW, !v.inQuantity(article))
        || partOfCount(v, article, countRead)) {
      return true; // (issue 16) not past "says"; "including an American soldier"
    }
    if ((article == from || article > from && !w.isWord(article - 1)) && !v.inQuantity(article)) {
      // (issue 16) "A man identified as a truck driver was beheaded": a singular that opens its
      // clause takes the clause's verb after a long post-modifier (EnglishClauseVerb)
      int verb = EnglishClauseVerb.laterVerb(v, i + words);
      return verb >= 0 && SentenceView.isCasualty(v.cueAt(verb).value());
    }
    return false;
  }

  /** "a", "an", "one", or a possessive ("his mother"): one person is meant. */
  static boolean article(SentenceView v, int j) {
    if (j < v.from || !v.w.isWord(j)) {
      return false;
    }
    return v.lex.words.determiners.has(v.w, j);
  }

  /** A word that can describe the noun: no subject, cue, quantity or function word. */
  private static boolean describing(SentenceView v, int j) {
    return v.subjectAt(j) == null && v.cueAt(j) == null && !v.inQuantity(j)
        && v.match(v.lex.functionWords, j) == null;
  }

  /**
   * The first letter of an abbreviation written with periods that ends at {@code d} ("U.S.",
   * "U.N.": single letters each followed by a period, as the tokenizer leaves them), or -1.
   */
  private static int abbreviationStart(SentenceView v, int d) {
    TokenWords w = v.w;
    int j = -1;
    for (int k = d; k - 1 >= v.from && w.is(k, ".") && letter(w, k - 1); k -= 2) {
      j = k - 1;
    }
    return j;
  }

  private static boolean letter(TokenWords w, int k) {
    return w.isWord(k) && w.length(k) == 1 && Character.isLetter(w.charAt(k, 0));
  }

  /** The first token of an age "N-year-old" ending at {@code d}, or -1. */
  private static int ageStart(SentenceView v, int d) {
    TokenWords w = v.w;
    if (d - 2 < v.from || !w.isWord(d) || !v.lex.words.ageEndings.endsOne(w, d)
        || !w.is(d - 1, "-")) {
      return -1;
    }
    return w.isWord(d - 2) || w.length(d - 2) > 0 && Character.isDigit(w.charAt(d - 2, 0))
        ? d - 2 : -1;
  }
}
