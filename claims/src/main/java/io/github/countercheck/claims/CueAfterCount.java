package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * The cue after a count, for {@link EventCueReader}: the first cue after the count and its noun
 * within a window ({@link #find}), skipping what stands between a count and its verb without
 * being its predicate, and, in Arabic, a casualty verb later in the count's clause when nothing
 * nearer is ({@link #verbLaterInClause}).
 *
 * <ul>
 *   <li><b>Skipped.</b> An "of" complement of the counted noun ("six members of a family"), a
 *       breakdown after a comma (up to a verb), a floating quantifier after a comma («كلهم»), the
 *       members an enumeration names («هم»), an aside between commas or Arabic dashes, an Arabic
 *       «واحدة» that describes the noun before it; the window widens by each.
 *   <li><b>Not a cue.</b> A cue after an accusation ("suspected of killing"), an English month
 *       before a date ({@link #dateWord}).
 *   <li><b>Ends.</b> At a clause-ending mark or another number: a cue after them governs that
 *       clause.
 * </ul>
 *
 * <p>One per sentence reader; {@link #find} leaves the window's end and what it skipped for its
 * caller ({@link #limit}, {@link #skipped}).
 */
final class CueAfterCount extends RuleReader {
  /** How many tokens after a count and its noun its cue may stand, before any skip. */
  static final int WINDOW = 7;
  /** How many words an aside set off by commas between a count and its verb may have. */
  private static final int ASIDE_WORDS = 16;
  /** How far after a count with no nearer cue its verb may stand in the same clause. */
  private static final int CLAUSE_WINDOW = 14;
  /** How many auxiliaries may open an English verb group before its cue ("had been"). */
  private static final int AUX_WORDS = 2;

  /** Set by {@link #find}: the end of its window, widened by what it skipped. */
  private int limit;
  /** Set by {@link #find}: how many tokens it skipped (breakdowns, asides). */
  private int skipped;

  CueAfterCount(SentenceView view) {
    super(view);
  }

  /** The end of the window of the last {@link #find}, widened by what it skipped. */
  int limit() {
    return limit;
  }

  /** How many tokens the last {@link #find} skipped (breakdowns, asides). */
  int skipped() {
    return skipped;
  }

  /**
   * (en28mine) Whether the English cue at {@code j} ends in "of" ("the murder of", "the killing
   * of", "the deaths of"): an event noun whose victims are its complement after it, so it tells
   * nothing of a count before it ("seven people were indicted in the murder of a filmmaker").
   */
  private boolean victimsAfter(int j) {
    int last = j + v.cueAt(j).words() - 1;
    return language == Language.EN && last > j && last < to && lex.words.of.has(w, last);
  }

  /**
   * Whether the cue at {@code j}, after the count's noun, tells something other than the count's
   * fate, so the search goes on past it.
   */
  private boolean notTheCountsCue(int j, int afterStart) {
    return v.accusedAct(j, afterStart) // "four men suspected of killing a shopkeeper": their act
        || victimsAfter(j) // (en28mine) "seven people indicted in the murder of a filmmaker"
        || v.negatedCue(j, afterStart) // (issue 16) «لـ253 ولا وفيات»: no one died
        || dateWord(j); // (issue 16) "till march 29": a month, no cue
  }

  /**
   * The first cue after a count and its noun, or an event noun as its predicate, within the
   * window, skipping a breakdown, a floating quantifier or an aside set off by commas; not past a
   * clause-ending mark or another number. Sets {@link #limit} and {@link #skipped}.
   *
   * @return the cue's token, or -1
   */
  int find(CountSlot s, int afterStart) {
    limit = afterStart + WINDOW;
    skipped = 0;
    if (language == Language.EN && s.nounTo > 0) {
      // "six members of a local family also took part": the noun's complement is skipped
      int complement = EnglishNounComplement.length(v, afterStart);
      limit += complement;
      skipped += complement;
    }
    for (int j = afterStart; j < Math.min(to, limit); j++) {
      if (v.cueAt(j) != null && notTheCountsCue(j, afterStart)) {
        continue;
      }
      if (v.cueAt(j) != null || v.nounAt(j) != null && j > afterStart - 1 && s.nounTo > 0) {
        return j; // a cue, or an event noun as predicate after the counted noun: 264 جنديا مفقودين
      }
      int breakdown = breakdownEnd(j);
      if (breakdown > 0) {
        j = skip(j, breakdown); // "Seven people, including three children, were killed"
        continue;
      }
      int bracket = language == Language.EN ? EnglishClauseVerb.bracketEnd(v, j) : -1;
      if (bracket > 0) {
        j = skip(j, bracket + 1) - 1; // (issue 16) "activists of the Hindu Parishad (VHP) were"
        continue;
      }
      int list = language == Language.AR ? enumerationEnd(j) : -1;
      if (list > 0) {
        // (issue 16) «17 شخصا هم 12 جنديا وطاقم من خمسة أفراد قتلوا»: the members named after
        // «هم» are skipped; the verb after them is the head count's
        limit += list - j;
        skipped += list - j;
        j = list - 1;
        continue;
      }
      if (w.isPunctuation(j) && w.is(j, ",") && j + 2 < to && w.isWord(j + 1)
          && v.cueAt(j + 2) != null && v.isFloating(j + 1)) {
        // "three children, all admitted to hospital": «كلهم، جميعهم» after the comma
        limit += 2;
        skipped += 2;
        j++;
        continue;
      }
      if (language == Language.AR && s.nounTo > 0 && ClauseBounds.pluralVerbAfterComma(v, j)
          && v.cueAt(j + 1) != null && SentenceView.isCasualty(v.cueAt(j + 1).value())) {
        return j + 1; // hook (issue 16): «19 سائحا، لقوا مصرعهم»: the plural verb (ClauseBounds)
      }
      int commaVerb = language == Language.EN && j > afterStart ? verbAfterComma(s, j) : -1;
      if (commaVerb > 0) {
        return commaVerb; // (issue 16) "two brothers from the town, were killed"
      }
      int relative = language == Language.EN && j > afterStart - 1 && w.isPunctuation(j)
          && w.is(j, ",") ? relativeVerb(j) : -1;
      if (relative > 0) {
        return relative; // (en28mine) "four army personnel, who lost their lives in ..., were"
      }
      int aside = w.isPunctuation(j) && (w.is(j, ",") || language == Language.AR && w.is(j, "-"))
          ? asideEnd(j) : -1; // (issue 16) «4 أشخاص - تصادف وجودهم بالمكان - قد لقوا مصرعهم»
      if (aside > 0) {
        // "33 activists, led by their leader, were arrested": a comma-set aside between the count
        // and its verb is skipped when the verb follows its closing comma
        limit += aside - j;
        skipped += aside - j;
        j = aside;
        continue;
      }
      if (v.inQuantity(j) && j > afterStart && adjectivalOne(j)) {
        limit++;
        skipped++;
        continue; // (issue 16) «4 أشخاص من أسرة واحدة لقوا مصرعهم»: «واحدة» describes the noun
      }
      if (v.inQuantity(j) && j > afterStart || w.isPunctuation(j) && v.isClauseBreakMark(j)) {
        return -1; // a cue after the comma, or after another number, governs that clause
      }
    }
    return -1;
  }

  /**
   * «، هم مالي ونيبالي … قتلوا»: an enumeration (the lexicon's {@code constructions.ENUMERATION},
   * perhaps after a comma) that names the members of a count, followed within {@link #ASIDE_WORDS}
   * words by a casualty verb with no mark but commas between.
   *
   * @return the token of that verb, or -1
   */
  private int enumerationEnd(int j) {
    int k = j;
    if (w.isPunctuation(k) && w.is(k, ",")) {
      k++;
    }
    if (k >= to || !w.isWord(k) || !v.is(k, Construction.ENUMERATION)) {
      return -1;
    }
    for (int e = k + 1; e < Math.min(to, k + 1 + ASIDE_WORDS); e++) {
      Match<Event> cue = v.cueAt(e);
      if (cue != null) {
        return SentenceView.isCasualty(cue.value()) && v.verbal(e) ? e : -1;
      }
      if (w.isPunctuation(e) && !w.is(e, ",")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the number at {@code j} is an Arabic «واحد/واحدة» that describes the plain noun before
   * it («من أسرة واحدة»), no count of its own.
   */
  private boolean adjectivalOne(int j) {
    int p = j - 1;
    return language == Language.AR && w.isWord(j) && lex.words.bareOne.has(w, j)
        && (j + 1 >= to || !v.inQuantity(j + 1)) && p >= from && w.isWord(p)
        && !v.inQuantity(p) && v.subjectAt(p) == null && v.nounStartEndingAt(p) < 0
        && v.cueStartEndingAt(p) < 0 && v.match(lex.functionWords, p) == null
        && v.match(lex.partitive, p) == null && v.match(lex.conjunctions, p) == null;
  }

  /**
   * (en28mine) English: a relative clause set off by the comma at {@code open} whose verb (after
   * up to two auxiliaries) is a cue tells what befell the count before it ("hundreds of karsevaks,
   * who arrived in the city on sunday, took a holy dip"; "some 100,000 liberians, who fled the
   * war, are being sent home"); a cue that is the main verb after the clause's closing comma is
   * the count's rather.
   *
   * @return the cue's token, or -1
   */
  private int relativeVerb(int open) {
    int k = open + 1;
    if (k + 1 >= to || !w.isWord(k) || !v.isRelative(k)) {
      return -1;
    }
    int verb = v.cueAt(k + 1) != null ? k + 1 : verbAfterAux(k + 1);
    if (verb < 0 || g(verb)) {
      return -1;
    }
    for (int e = verb + 1; e < Math.min(to, verb + 1 + ASIDE_WORDS); e++) {
      if (w.isPunctuation(e)) {
        int main = w.is(e, ",") && e + 1 < to
            ? (v.cueAt(e + 1) != null ? e + 1 : verbAfterAux(e + 1)) : -1;
        return main > 0 ? main : verb;
      }
    }
    return verb;
  }

  /** Whether the cue at {@code j} is a form in -ing or an event noun, no finite verb. */
  private boolean g(int j) {
    return lex.words.gerundEndings.endsOne(w, j) || v.nounAt(j) != null;
  }

  /**
   * The closing comma of an aside that opens with the comma at {@code open} and is followed by an
   * event verb: up to {@link #ASIDE_WORDS} words with no number, cue, event noun or other mark
   * between the two commas ("33 activists, led by their leader, were arrested"); -1 if none.
   */
  private int asideEnd(int open) {
    for (int k = open + 1; k < Math.min(to, open + 2 + ASIDE_WORDS); k++) {
      if (w.isPunctuation(k)) {
        boolean dash = w.is(open, "-");
        if (k == open + 1 || !w.is(k, dash ? "-" : ",")) {
          return -1;
        }
        if (k + 1 < to && (v.cueAt(k + 1) != null || language == Language.EN && verbAfterAux(k + 1) > 0)) {
          return k; // (issue 16) English: "one person, who was working as a cook, was stabbed"
        }
        if (dash && k + 2 < to && w.isWord(k + 1) && v.match(lex.functionWords, k + 1) != null
            && v.cueAt(k + 2) != null) {
          return k; // «- قد لقوا مصرعهم»: a particle before the verb
        }
        continue; // an aside of several parts: "led by X, an MP from Y, were arrested"
      }
      if (v.inQuantity(k) || v.cueAt(k) != null || v.nounAt(k) != null
          || language == Language.AR && v.match(lex.partitive, k) != null
          || v.match(lex.clauseOpeners, k) != null) {
        return -1; // an English aside may hold a share: "322 people, almost half of them children, died"
      }
    }
    return -1;
  }

  /**
   * Widens the window by the tokens from {@code j} to {@code k}, which it skips.
   *
   * @return {@code k}
   */
  private int skip(int j, int k) {
    limit += k - j;
    skipped += k - j;
    return k;
  }

  /**
   * "Seven people, including three children, were killed": a breakdown after the comma at
   * {@code j} is skipped («23 شخصا، بينهم مدنيون وعسكريون قتلوا»: a verb before the breakdown's
   * comma ends it, and is read next as the count's own predicate).
   *
   * @return the last token skipped, or -1 if no breakdown opens at {@code j}
   */
  private int breakdownEnd(int j) {
    if (!(w.isPunctuation(j) && w.is(j, ",") && j + 1 < to && w.isWord(j + 1)
        && v.match(lex.partitive, j + 1) != null)) {
      return -1;
    }
    int k = j + 2;
    while (k < to && !(w.isPunctuation(k) && w.is(k, ",")) && v.cueAt(k) == null) {
      k++;
    }
    return k < to && v.cueAt(k) != null ? k - 1 : k;
  }

  /**
   * (issue 16) English: a verb group with no subject of its own right after the comma at {@code j}
   * ("two brothers from the town, were killed") is the predicate of a count that opens its clause.
   *
   * @return the verb's cue token, or -1
   */
  private int verbAfterComma(CountSlot s, int j) {
    if (!(w.isPunctuation(j) && w.is(j, ",") && opensClause(s) && j + 1 < to && auxiliary(j + 1))) {
      return -1;
    }
    return v.cueAt(j + 1) != null ? j + 1 : verbAfterAux(j + 1);
  }

  /**
   * English: a verb group that opens with an auxiliary ("were", "had been") at {@code i}, its cue
   * at most two auxiliaries on ("was stabbed to death", "had been burnt alive").
   *
   * @return the cue's token, or -1
   */
  private int verbAfterAux(int i) {
    int k = i;
    while (k < Math.min(to, i + AUX_WORDS) && v.cueAt(k) == null && auxiliary(k)) {
      k++;
    }
    return k > i && k < to && w.isWord(k) && v.cueAt(k) != null ? k : -1;
  }

  /** Whether a count opens its clause: no preposition before it ("back to one of ..."). */
  private boolean opensClause(CountSlot s) {
    int p = s.from - 1;
    return p < from || !w.isWord(p) || lex.words.articles.has(w, p)
        || v.match(lex.functionWords, p) == null;
  }

  /** Whether token {@code k} is an English auxiliary ("were", "had", "been"). */
  private boolean auxiliary(int k) {
    return w.isWord(k) && (lex.words.tenseAuxiliaries.has(w, k) || lex.words.auxiliaries.has(w, k));
  }

  /**
   * «تسعة مواطنين من هونغ كونغ هم على الارجح بين السياح الذين قضوا»: with no cue before the count
   * nor within the window after it, an event verb further on in the same clause (no mark, number or
   * clause opener between, at most {@link #CLAUSE_WINDOW} words after the count) is its predicate.
   *
   * @return the verb's token, or -1
   */
  int verbLaterInClause(int start, int windowEnd) {
    for (int j = start; j < Math.min(to, start + CLAUSE_WINDOW); j++) {
      if (w.isPunctuation(j) || v.inQuantity(j)
          || w.isWord(j) && v.match(lex.clauseOpeners, j) != null) {
        return -1;
      }
      Match<Event> cue = v.cueAt(j);
      if (j >= windowEnd && cue != null) {
        // a verb: no casualty noun (مقتل، إصابة), no article, not after a preposition (خلال تظاهرات)
        // or a verb after a relative (السياح الذين قضوا، الركاب الذين غرقوا)
        boolean relative = v.isRelative(j) || j > from && w.isWord(j - 1) && v.isRelative(j - 1);
        boolean verb = SentenceView.isCasualty(cue.value()) && v.match(lex.casualtyNouns, j) == null
            && (relative || !v.hasArticle(j)
                && !(j > from && w.isWord(j - 1) && v.match(lex.functionWords, j - 1) != null));
        return verb ? j : -1;
      }
    }
    return -1;
  }
  /**
   * English: whether the one-word cue at {@code j} is followed by digits that are no count ("march
   * 29", "march 15": a date the numbers module read as no quantity), so that it names a month.
   */
  boolean dateWord(int j) {
    int k = j + 1;
    return language == Language.EN && v.cueAt(j) != null && v.cueAt(j).words() == 1 && k < to
        && !v.inQuantity(k) && w.length(k) > 0 && Character.isDigit(w.charAt(k, 0));
  }
}
