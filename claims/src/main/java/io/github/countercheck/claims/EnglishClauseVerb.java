package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * English, subject–verb order: a count that opens its clause, with a long post-modifier after its
 * noun, takes the main verb of its clause further on ("Two fans attending a concert staged by a
 * film star were killed", "around 15 workers trying to enforce the bandh on the main road were
 * arrested", "more than 3,000 men, women and children had died", "hundreds of people holding
 * placards joined the rally").
 *
 * <p>The rule, read by {@link EventCueReader#findEvent} when no cue stands before the count nor in
 * the window after it: from the end of the count's noun, at most {@link #REACH} tokens on, the
 * first auxiliary of {@code words.tenseAuxiliaries} ("were", "had") is the clause's verb, and its
 * event is the count's if a cue follows it within two words ("were badly hurt"); otherwise the
 * first cue that is a finite verb is (a form in -ing, an event noun, a cue one or two words after a
 * function word, as in "for stab wounds", are passed over; a cue before a number is a date). Only a
 * count of people takes it. The scan stops at
 * a mark (a comma only when a people noun follows it: "men, women and children"), another number,
 * a conjunction that does not join a people noun, and a word that opens another clause ({@code
 * constructions.SUBORDINATOR}: "where", "when", "after"): past them, a verb is another subject's.
 * Stateless.
 */
final class EnglishClauseVerb {
  /** How far after the count's noun its clause's verb may stand. */
  static final int REACH = 16;
  /** How many words (an adverb, "been") may stand between the auxiliary and its cue. */
  private static final int AUX_GAP = 2;
  /** How many words a bracket inside an aside may hold ("(Hamas)"). */
  private static final int BRACKET_WORDS = 3;
  /** How many tokens an aside set off by commas may take before its closing comma. */
  private static final int ASIDE_TOKENS = 24;
  /** How many tokens the items of a list after a comma may take before its "and". */
  private static final int LIST_WORDS = 12;
  /** How many letters an abbreviation in brackets may have. */
  private static final int MAX_INITIALS = 6;

  private EnglishClauseVerb() {}

  /**
   * The first token of the count's verb further on in its clause.
   *
   * @param v     the sentence
   * @param start the first token after the count and its noun
   * @return the cue's first token, or -1
   */
  static int laterVerb(SentenceView v, int start) {
    TokenWords w = v.w;
    GrammarForms g = v.lex.words;
    int end = start + REACH;
    for (int j = start; j < Math.min(v.to, end); j++) {
      if (!w.isWord(j)) {
        int bracket = bracketEnd(v, j);
        if (bracket > 0) {
          j = bracket; // (issue 16) "two state reserve police (SRP) personnel were injured"
          continue;
        }
        int skip = w.is(j, ",") || spacedDash(v, j) ? markSkip(v, j, start) : -1;
        if (skip > 0) {
          end += skip - j;
          j = skip; // (en29recall) a list's items, an aside, a comma right before the verb
          continue;
        }
        if (w.is(j, ",") && j + 1 < v.to && w.isWord(j + 1) && v.subjectAt(j + 1) != null) {
          continue; // "men, women and children had died"
        }
        if (w.is(j, ",") && j + 1 < v.to && w.isWord(j + 1) && v.match(v.lex.conjunctions, j + 1) != null
            && !v.lex.words.and.has(w, j + 1)) {
          continue; // "about 5,000 jawans, besides the state police, were deployed"
        }
        if (w.is(j, ".") && j > v.from && w.isWord(j - 1) && w.length(j - 1) == 1) {
          continue; // "members of the U.S. military have died"
        }
        return -1;
      }
      if (v.inQuantity(j) && j > start && complementNumber(v, j)) {
        while (j + 1 < v.to && v.inQuantity(j + 1)) {
          j++; // (en28mine) "500 activists belonging to the two outfits stormed the building"
        }
        continue;
      }
      if (v.inQuantity(j) || v.match(v.lex.clauseOpeners, j) != null || subordinator(v, j)) {
        return -1;
      }
      if (v.match(v.lex.conjunctions, j) != null) {
        if (j + 1 < v.to && w.isWord(j + 1) && v.subjectAt(j + 1) != null
            || !g.and.has(w, j) && j > start && w.is(j - 1, ",")) {
          continue; // "women and children"; ", besides the state police"
        }
        return -1;
      }
      if (g.tenseAuxiliaries.has(w, j)) {
        for (int k = j + 1; k <= Math.min(v.to - 1, j + 1 + AUX_GAP); k++) {
          if (!w.isWord(k) || v.inQuantity(k)) {
            return -1;
          }
          if (v.cueAt(k) != null) {
            return v.accusedAct(k, start) ? -1 : k; // not "is charged with killing"
          }
          if (v.match(v.lex.functionWords, k) != null && !g.tenseAuxiliaries.has(w, k)) {
            return -1; // "is charged with ...": a preposition, the verb was no event
          }
        }
        return -1; // the clause's verb is no event: "are still living in relief camps"
      }
      if (v.cueAt(j) != null) {
        if (j + 1 < v.to && (v.inQuantity(j + 1)
            || w.length(j + 1) > 0 && Character.isDigit(w.charAt(j + 1, 0)))) {
          return -1; // "till march 29": a date, no verb
        }
        boolean gerund = g.gerundEndings.endsOne(w, j);
        if (gerund || v.nounAt(j) != null || inPhrase(v, j)) {
          continue; // "holding placards", "under treatment for stab wounds ... succumbed"
        }
        return j;
      }
    }
    return -1;
  }

  /**
   * An abbreviation in brackets right after the name it shortens, as English news writes it ("the
   * Vishwa Hindu Parishad (VHP)", "state reserve police (SRP) personnel", "Liberation Tigers of
   * Tamil Eelam (LTTE)"): one word whose letters are the initials of the words before the bracket
   * (function words and hyphens may stand between them). It belongs to the name and ends no
   * clause; a bracket that abbreviates nothing before it ("rises to six (AFP)") is left alone.
   *
   * @param v the sentence
   * @param j a token
   * @return the closing bracket's token when {@code j} opens such an abbreviation, or -1
   */
  static int bracketEnd(SentenceView v, int j) {
    TokenWords w = v.w;
    int k = j + 1;
    if (!w.is(j, "(") || k + 1 >= v.to || !w.isWord(k) || !w.is(k + 1, ")")) {
      return -1;
    }
    int letters = w.length(k);
    if (letters < 2 || letters > MAX_INITIALS) {
      return -1;
    }
    int p = j - 1;
    for (int i = letters - 1; i >= 0; i--) {
      char c = Character.toLowerCase(w.charAt(k, i));
      while (p >= v.from && (w.is(p, "-") || w.isWord(p) && w.length(p) > 0
          && Character.toLowerCase(w.charAt(p, 0)) != c && v.match(v.lex.functionWords, p) != null)) {
        p--;
      }
      if (p < v.from || !w.isWord(p) || w.length(p) == 0
          || Character.toLowerCase(w.charAt(p, 0)) != c) {
        return -1;
      }
      p--;
    }
    return k + 1;
  }

  /**
   * (en28mine) Whether the number at {@code j} counts the complement of a preposition in the
   * post-modifier (a function word right before it, or before its article: "from 18 states", "to
   * the two outfits"), no subject of a clause of its own.
   */
  private static boolean complementNumber(SentenceView v, int j) {
    TokenWords w = v.w;
    int k = j - 1;
    if (k > v.from && w.isWord(k) && v.lex.words.article.has(w, k)) {
      k--;
    }
    return k >= v.from && w.isWord(k) && !v.inQuantity(k) && !v.lex.words.article.has(w, k)
        && v.match(v.lex.functionWords, k) != null && !v.lex.words.tenseAuxiliaries.has(w, k)
        && !v.lex.words.auxiliaries.has(w, k) && v.match(v.lex.conjunctions, k) == null
        && v.match(v.lex.partitive, k) == null && v.match(v.lex.clauseOpeners, k) == null
        && !v.isRelative(k) && !subordinator(v, k);
  }

  /**
   * (en29recall) Where the scan goes on after the comma or spaced dash at {@code j}: at the "and"
   * of a list whose items it separates ({@link #listAnd}: "eight battalions of the SRP, home
   * guards and armed platoons have been deployed"), at itself when a verb group follows it ("100
   * students and teachers of the school in the city, marched"), or at the mark that closes an
   * aside before a verb group ({@link #asideClose}: "about 35 people, led by councillors A, B and
   * C, sat on a dharna").
   *
   * @return that token, or -1 when the mark ends the count's clause
   */
  private static int markSkip(SentenceView v, int j, int start) {
    int and = v.w.is(j, ",") ? listAnd(v, j) : -1;
    if (and > 0) {
      return and;
    }
    return v.w.is(j, ",") && j > start && verbGroupAt(v, j + 1) ? j : asideClose(v, j);
  }

  /**
   * (en29recall) The comma at {@code comma} separates the items of a list that ends with "and"
   * ("eight battalions of the state reserve police, home guards and district armed reserve
   * platoons have been deployed"; "hundreds of people holding placards, party flags and banners
   * joined the rally"): up to {@link #LIST_WORDS} plain words (no number, cue, clause opener or
   * other mark but the commas of more items and a bracketed abbreviation) before "and".
   *
   * @return the token of that "and", or -1
   */
  private static int listAnd(SentenceView v, int comma) {
    TokenWords w = v.w;
    for (int k = comma + 1; k < Math.min(v.to, comma + 1 + LIST_WORDS); k++) {
      if (!w.isWord(k)) {
        int bracket = bracketEnd(v, k);
        if (bracket > 0) {
          k = bracket;
        } else if (k == comma + 1 || !w.is(k, ",")) {
          return -1;
        }
        continue;
      }
      if (v.inQuantity(k) || v.cueAt(k) != null || v.nounAt(k) != null
          || v.match(v.lex.clauseOpeners, k) != null || subordinator(v, k)) {
        return -1;
      }
      if (v.lex.words.and.has(w, k)) {
        return k > comma + 1 && k + 1 < v.to && w.isWord(k + 1) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * (en29recall) The closing comma of an aside set off by commas after the count's noun, right
   * before a verb group (a cue that is no form in -ing, or an auxiliary): "about 35 people, led by
   * councillors A, B, C and D, sat on a dharna"; "as many as 100 students and teachers of the
   * school, sector 27, marched"; set off by spaced dashes: "two of them - A and B - were missing").
   * The aside holds at most {@link #ASIDE_TOKENS} tokens, no number of a count, cue, event noun,
   * clause opener or mark but commas (of an aside of several parts) and a short bracket ("the
   * armed wing of the Islamic Resistance Movement (Hamas),").
   *
   * @return that comma's token, or -1
   */
  private static int asideClose(SentenceView v, int open) {
    TokenWords w = v.w;
    boolean dash = !w.is(open, ",");
    for (int k = open + 1; k < Math.min(v.to - 1, open + 1 + ASIDE_TOKENS); k++) {
      int bracket = w.is(k, "(") ? closingBracket(v, k) : -1;
      if (bracket > k + 1) {
        k = bracket; // "the armed wing of the Islamic Resistance Movement (Hamas),"
        continue;
      }
      if (!w.isWord(k)) {
        if (k == open + 1 || !(dash ? spacedDash(v, k) : w.is(k, ","))) {
          return -1;
        }
        if (verbGroupAt(v, k + 1)) {
          return k;
        }
        continue;
      }
      if (v.inQuantity(k) || v.cueAt(k) != null || v.nounAt(k) != null
          || v.match(v.lex.clauseOpeners, k) != null || subordinator(v, k)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether token {@code j} is a dash with a space on both sides (no hyphen, no colon). */
  private static boolean spacedDash(SentenceView v, int j) {
    return !v.w.is(j, ":") && v.headlineBreak(j);
  }

  /** The ")" that closes the "(" at {@code open} after plain words ({@link #BRACKET_WORDS} at most), or -1. */
  private static int closingBracket(SentenceView v, int open) {
    for (int k = open + 1; k < Math.min(v.to, open + 2 + BRACKET_WORDS); k++) {
      if (!v.w.isWord(k)) {
        return v.w.is(k, ")") ? k : -1;
      }
      if (v.inQuantity(k) || v.cueAt(k) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a verb group opens at {@code k}: an auxiliary, or a cue that is no form in -ing or noun. */
  private static boolean verbGroupAt(SentenceView v, int k) {
    TokenWords w = v.w;
    return k < v.to && w.isWord(k) && (v.lex.words.tenseAuxiliaries.has(w, k) || v.cueAt(k) != null
        && !v.lex.words.gerundEndings.endsOne(w, k) && v.nounAt(k) == null);
  }

  /**
   * Whether a function word (a preposition, an article) stands one or two words before the cue at
   * {@code j}; not "and" before a cue of several words, a verb with its object after the last item
   * of a list ("placards, flags and banners joined the rally"; a one-word participle there may
   * describe the last item: "children, parents and teachers held under threat of death").
   */
  private static boolean inPhrase(SentenceView v, int j) {
    for (int k = j - 1; k >= Math.max(v.from, j - 2); k--) {
      if (v.w.isWord(k) && v.match(v.lex.functionWords, k) != null
          && !v.lex.words.tenseAuxiliaries.has(v.w, k)
          && !(v.cueAt(j).words() > 1 && v.lex.words.and.has(v.w, k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean subordinator(SentenceView v, int j) {
    Match<Construction> m = v.match(v.lex.constructions, j);
    return m != null && m.value() == Construction.SUBORDINATOR;
  }
}
