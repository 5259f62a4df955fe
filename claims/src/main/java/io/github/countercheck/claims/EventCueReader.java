package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * The event-cue rule family: which cue governs a count when its counted noun did not name the
 * event.
 *
 * <ul>
 *   <li><b>Nearest cue.</b> The event cue nearest the quantity, before it (VSO: قتل 12 شرطيا) or
 *       after its noun (SVO and nominal: العشرات لقوا حتفهم), within a window; a tie goes to the
 *       cue before. A cue after a comma or another number governs that clause; a clause opener
 *       (بينما) stops the look back ({@link #findEvent}).
 *   <li><b>Clauses.</b> A count that opens the next coordinated clause takes a verb of its own
 *       after it ("four were killed and dozens of others were injured"); a breakdown after a comma
 *       ends at a verb; an aside between commas is skipped; an Arabic casualty verb further on in
 *       the same clause is the predicate when nothing nearer is («السياح الذين قضوا»).
 *   <li><b>Totals.</b> Two different casualty cues joined by و right before the number (مصرع
 *       وإصابة 6) count a total of both: OTHER.
 *   <li><b>Lives and refugees.</b> "claimed 250 lives" counts the dead ({@link #livesTaken});
 *       «مقتل 5 لاجئين» are killed, not displaced ({@link #casualtyOfRefugees}).
 *   <li><b>Toll verbs.</b> Right after «ارتفعت إلى»; "rose to", the toll noun may stand 20 words
 *       back.
 *   <li><b>Suspects, captives, parts.</b> A cue after an accusation ("suspected of killing") is
 *       not the count's; an arrest cue before a captivity word or captors ("held hostage", "held
 *       by kidnappers") is none ({@link #captivity}); "two of the injured later died" takes the
 *       part's own verb ({@link #ownVerbOfPart}).
 *   <li><b>English subjects.</b> An "of" complement of the counted noun is skipped ({@link
 *       EnglishNounComplement}: "six members of a family also took part"); a count whose noun a
 *       relative clause follows takes the main verb after it ({@link RelativeClauseVerb}); an
 *       aside may hold a share ("322 people, almost half of them children, died").
 * </ul>
 *
 * <p>Hook point for a new way a cue governs a count: {@link #findEvent} (the windows) or a method
 * called from {@code SentenceReader.resolve} before it.
 */
final class EventCueReader extends RuleReader {
  private static final int BEFORE_WINDOW = 8;
  private static final int AFTER_WINDOW = 7;
  /** How far back a toll verb right before the number looks for its toll noun. */
  private static final int TOLL_WINDOW = 20;
  /** How many words an aside set off by commas between a count and its verb may have. */
  private static final int ASIDE_WORDS = 16;
  /** How far after a count with no nearer cue its verb may stand in the same clause. */
  private static final int CLAUSE_WINDOW = 14;
  /** How many describing words may stand between a count and its life noun ("20 more Iraqi lives"). */
  private static final int LIFE_DESCRIBING = 2;


  EventCueReader(SentenceView view) {
    super(view);
  }

  /**
   * "claimed over 250 lives", "cost 12 lives": lives counted right after a verb that takes them
   * are the dead; lives with no such verb ("saved 30 lives") are no deaths.
   */
  void livesTaken(CountSlot s) {
    livesAfterCount(s);
    if (v.language == Language.AR) {
      LivesLost.apply(v, s); // hook (issue 16): «أودى الانفجار بحياة 15»، «فقد 3 من أبنائه»
    }
  }

  private void livesAfterCount(CountSlot s) {
    int noun = s.nounFrom >= 0 ? s.nounFrom : s.to;
    if (s.quantity == null || !s.numeral || noun >= to) {
      return;
    }
    int life = lifeNoun(noun);
    if (life < 0) {
      return;
    }
    for (int k = s.from - 1; k >= Math.max(from, s.from - 3); k--) {
      Match<Construction> m = w.isWord(k) ? v.match(lex.constructions, k) : null;
      if (m != null && m.value() == Construction.LIFE_TAKER && k + m.words() == s.from) {
        s.event = Event.KILLED;
        s.cueFrom = k;
        s.cueTo = s.from;
        s.subject = Subject.PERSON;
        s.subjectKnown = true;
        s.nounTo = Math.max(s.nounTo, life + v.match(lex.constructions, life).words());
        return;
      }
    }
  }

  /**
   * The life noun at the count's noun {@code i}, or after up to {@link #LIFE_DESCRIBING} describing
   * words ("20 more Iraqi lives": no cue, event noun, subject, "of" or number between).
   *
   * @return its token, or -1
   */
  private int lifeNoun(int i) {
    for (int j = i; j < Math.min(to, i + LIFE_DESCRIBING + 1) && w.isWord(j); j++) {
      Match<Construction> m = v.match(lex.constructions, j);
      if (m != null && m.value() == Construction.LIFE_NOUN) {
        return j;
      }
      if (v.cueAt(j) != null || v.nounAt(j) != null || v.subjectAt(j) != null
          || lex.words.of.has(w, j) || v.inQuantity(j) && j > i) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "20 people were held hostage", "two journalists held by kidnappers": an arrest cue followed
   * by a captivity word of the constructions, or by the agent word ({@code words.agent}) and
   * captors (a subject noun of militants, after at most one article), holds people captive: no
   * arrest, the count keeps no event.
   */
  void captivity(CountSlot s) {
    if (s.event != Event.ARRESTED || s.cueFrom < 0 || v.cueAt(s.cueFrom) == null || s.cueTo >= to) {
      return;
    }
    int k = s.cueTo;
    Match<Construction> m = w.isWord(k) ? v.match(lex.constructions, k) : null;
    boolean captive = m != null && m.value() == Construction.CAPTIVITY;
    if (!captive && lex.words.agent.has(w, k) && k + 1 < to) {
      int g = lex.words.articles.has(w, k + 1) && k + 2 < to ? k + 2 : k + 1;
      captive = v.subjectAt(g) != null && v.subjectAt(g).value().subject() == Subject.MILITANT;
    }
    if (captive) {
      s.event = null;
      s.cueFrom = -1;
      s.cueTo = -1;
    }
  }

  /**
   * English: "two of the injured later died", "one of the three wounded died in hospital": a count that is
   * a part of an event noun ({@code words.of}, a determiner, perhaps the whole's count, then the
   * noun) takes a casualty cue of another event that follows the noun, at most two plain words
   * between, as its own: the noun says whom it is part of, the verb what befell the part.
   */
  void ownVerbOfPart(CountSlot s) {
    if (language != Language.EN || !s.numeral || s.event == null || s.cueFrom != s.nounFrom
        || s.nounFrom <= s.countTo
        || !lex.words.of.has(w, s.countTo)) {
      return;
    }
    int own = -1;
    for (int j = s.nounTo; j < Math.min(to, s.nounTo + 3) && w.isWord(j) && !v.inQuantity(j); j++) {
      Match<Event> cue = v.cueAt(j);
      if (cue != null) {
        own = cue.value() != s.event && SentenceView.isCasualty(cue.value()) ? j : -1;
        break;
      }
      if (v.nounAt(j) != null || v.subjectAt(j) != null) {
        break;
      }
    }
    if (own >= 0) {
      s.event = v.cueAt(own).value();
      s.cueFrom = own;
      s.cueTo = Math.min(to, own + v.cueAt(own).words());
    } else if (s.partOfCount) {
      s.event = null; // "34 of the 54 bodies have been identified": a part, nothing befell it
      s.cueFrom = -1;
      s.cueTo = -1;
    }
  }

  /**
   * «مقتل 5 لاجئين», "the massacre of 150 refugees": refugees (a counted noun of displacement)
   * right after a casualty cue are who was hit, and the cue's event is theirs.
   */
  void casualtyOfRefugees(CountSlot s) {
    if (!s.numeral || s.event != Event.DISPLACED || s.cueFrom != s.nounFrom || s.from == from) {
      return;
    }
    int c = v.cueStartEndingAt(s.from - 1);
    if (c >= 0 && SentenceView.isCasualty(v.cueAt(c).value())) {
      s.event = v.cueAt(c).value();
      s.cueFrom = c;
      s.cueTo = s.from;
    }
  }

  /**
   * Finds the cue that governs a count: the nearest before it or after its noun (the one before on
   * a tie), a cue of its own over the predicate of the count before when it opens a coordinated
   * clause, or, in Arabic, a casualty verb later in its clause.
   */
  void findEvent(CountSlot s, CountSlot previous) {
    if (tollReached(s)) {
      return; // hook (issue 16): the toll construction reaches its number across asides
    }
    if (language == Language.AR && previous != null && SentenceView.isCasualty(previous.event)
        && TollReach.tollOfThem(v, s.from) >= 0) {
      s.event = previous.event; // hook (issue 16): «بينما وصل عددهم في حماة إلى 29 شخصا»
      s.cueFrom = TollReach.tollOfThem(v, s.from);
      s.cueTo = s.from;
      return;
    }
    int before = -1;
    int beforeDistance = Integer.MAX_VALUE;
    Match<Event> beforeMatch = null;
    int first = s.nounFrom >= 0 ? Math.min(s.from, s.nounFrom) : s.from;
    int end = cueEndBefore(s, first);
    if (end >= 0) {
      int cueStart = v.cueStartEndingAt(end);
      before = cueStart >= 0 ? cueStart : v.nounStartEndingAt(end);
      beforeMatch = cueStart >= 0 ? v.cueAt(cueStart) : v.nounAt(before);
      beforeDistance = first - 1 - end;
    }
    int afterStart = s.end();
    int after = cueAfter(s, afterStart);
    int afterDistance = after < 0 ? Integer.MAX_VALUE
        : after - afterStart - skipped + (v.startsClause(after) ? 2 : 0);
    if (language == Language.EN && after > afterStart && w.isWord(afterStart)
        && v.isRelative(afterStart) && v.cueAt(after) != null) {
      // "two men who had been hospitalized ... have died": the main verb after the relative clause
      int main = RelativeClauseVerb.mainVerb(v, Math.min(to, after + v.cueAt(after).words()));
      if (main >= 0) {
        after = main;
      }
    }
    if (language == Language.EN && before >= 0 && v.cueAt(before) != null
        && v.accusedAct(before, from)) {
      // (issue 16) "threatened to kill one", "accused of killing 5": what someone did or meant to
      // do, no count of the dead
      before = -1;
      beforeMatch = null;
      beforeDistance = Integer.MAX_VALUE;
    }
    if (language == Language.EN && before >= 0 && noObjectVerb(before, end) && !joinedBy(first)) {
      before = -1; // "4 Militants Die in Gaza Fighting Four Palestinian militants": no object
      beforeMatch = null;
      beforeDistance = Integer.MAX_VALUE;
    }
    if (language == Language.EN && before >= 0 && after < 0 && ownClauseVerb(s, first, afterStart)) {
      // "has killed eight miners and 79 miners are still trapped": the second count is the
      // subject of a clause of its own, whose verb is no event; it takes neither the verb before
      s.event = Event.OTHER;
      return;
    }
    if (before < 0 && after < 0 && language == Language.EN && (s.nounTo > 0 || !s.numeral)
        && (s.subject == null || s.subject.isKindOf(Subject.PERSON))) {
      // "two fans attending a concert staged by a film star were killed" (EnglishClauseVerb)
      after = EnglishClauseVerb.laterVerb(v, afterStart);
      afterDistance = after < 0 ? Integer.MAX_VALUE : AFTER_WINDOW;
    }
    if (before < 0 && after < 0 && language == Language.AR) {
      after = verbLaterInClause(afterStart, limit);
      afterDistance = after < 0 ? Integer.MAX_VALUE : AFTER_WINDOW;
    }
    if (before < 0 && after < 0 && language == Language.AR) {
      // hook (issue 16): a verb far back in the count's clause, VSO with a long subject (ClauseBounds)
      before = ClauseBounds.verbEarlierInClause(v, first);
      beforeMatch = before < 0 ? null : v.cueAt(before);
      beforeDistance = 0;
    }
    if (before < 0 && after < 0 && reportedEnd >= 0) {
      // (issue 16) the cue of the reporting clause, when the report has none of its own
      int cueStart = v.cueStartEndingAt(reportedEnd);
      before = cueStart >= 0 ? cueStart : v.nounStartEndingAt(reportedEnd);
      beforeMatch = cueStart >= 0 ? v.cueAt(cueStart) : v.nounAt(before);
      beforeDistance = 0;
      s.reportedCue = true;
    }
    if (before >= 0 && after >= 0 && language == Language.AR && v.cueAt(after) != null
        && ClauseBounds.verbOfNextCount(v, after, v.cueAt(after).words(), v.startsClause(after))) {
      afterDistance = Integer.MAX_VALUE; // hook (issue 16): «وأصيب 12» is the next count's verb
    }
    if (before < 0 && after < 0) {
      return;
    }
    if (before >= 0 && after >= 0 && previous != null && previous.cueFrom == before
        && before >= previous.end() && before < previous.to + AFTER_WINDOW
        && opensCoordinatedClause(first)) {
      // "four people were killed and dozens of others were injured": the verb after the first
      // count is its predicate; a count that opens the next clause takes the verb of its own
      beforeDistance = Integer.MAX_VALUE;
    }
    int cue = beforeDistance <= afterDistance ? before : after;
    Match<Event> m = cue == before ? beforeMatch
        : v.cueAt(cue) != null ? v.cueAt(cue) : v.nounAt(cue);
    s.event = m.value();
    s.cueFrom = cue;
    s.cueTo = Math.min(to, cue + m.words());
    if (cue == before && combinedCasualties(cue)) {
      s.event = Event.OTHER;
    }
  }

  /**
   * The token where the nearest cue or event noun before a count ends, within the window (wider
   * after a toll verb), not across a clause opener; -1 if none.
   */
  private int cueEndBefore(CountSlot s, int first) {
    int window = v.tollVerbEndsAt(s.from) ? TOLL_WINDOW : BEFORE_WINDOW;
    boolean reported = false;
    reportedEnd = -1;
    for (int j = first - 1; j >= Math.max(from, first - window); j--) {
      if (w.isWord(j) && v.match(lex.clauseOpeners, j) != null) {
        return -1; // «لقي مصرعه بينما تمكن 2 من الهرب»: a verb before بينما governs its own clause
      }
      if (language == Language.AR && ClauseBounds.closesBackwardScan(v, j)) {
        return -1; // hook (issue 16): «، كما» opens a clause of its own (ClauseBounds)
      }
      if (language == Language.AR && ClauseBounds.complementizer(v, j)) {
        if (!ClauseBounds.refersBack(v, j)) {
          return -1; // hook (issue 16): «وأضاف أن» opens a clause of its own (ClauseBounds)
        }
        reported = true; // «وقالت إنها»: the cue before is a fallback only
      }
      if (v.cueStartEndingAt(j) >= 0 && dateWord(v.cueStartEndingAt(j))) {
        continue; // (issue 16) "on march 15, 5000 people": a month, no cue
      }
      if (v.cueStartEndingAt(j) >= 0 || v.nounStartEndingAt(j) >= 0 && !v.inQuantity(j)) {
        if (reported) {
          reportedEnd = j;
          return -1;
        }
        return j;
      }
    }
    return -1;
  }

  /** Set by {@link #cueEndBefore}: where the cue of a reporting clause before «إنها» ends, or -1. */
  private int reportedEnd;

  /**
   * (issue 16) The toll construction ({@link TollReach}): the number after «إلى» takes the event
   * of the toll noun after a toll verb, however far back.
   */
  private boolean tollReached(CountSlot s) {
    int toll = language == Language.AR ? TollReach.tollEvent(v, s.from) : -1;
    if (toll < 0) {
      return false;
    }
    Match<Event> m = v.cueAt(toll) != null ? v.cueAt(toll) : v.nounAt(toll);
    s.event = m.value();
    s.cueFrom = toll;
    s.cueTo = Math.min(to, toll + m.words());
    return true;
  }

  /**
   * (issue 16) «توفي 2 من المصابين»: a casualty verb right before a count whose event came from
   * after it (the group it is taken from) says what happened to it ({@link ClauseBounds}).
   */
  void verbRightBefore(CountSlot s) {
    if (s.event == null || language != Language.AR || !s.numeral || s.cueFrom <= s.from) {
      return;
    }
    int verb = ClauseBounds.verbRightBefore(v, s.from);
    if (verb >= 0 && v.cueAt(verb).value() != s.event) {
      s.event = v.cueAt(verb).value();
      s.cueFrom = verb;
      s.cueTo = s.from;
    }
  }

  /** Set by {@link #cueAfter}: the end of its window, widened by what it skipped. */
  private int limit;
  /** Set by {@link #cueAfter}: how many tokens it skipped (breakdowns, asides). */
  private int skipped;

  /**
   * The first cue after a count and its noun, or an event noun as its predicate, within the
   * window, skipping a breakdown, a floating quantifier or an aside set off by commas; not past a
   * clause-ending mark or another number. Sets {@link #limit} and {@link #skipped}.
   *
   * @return the cue's token, or -1
   */
  private int cueAfter(CountSlot s, int afterStart) {
    limit = afterStart + AFTER_WINDOW;
    skipped = 0;
    if (language == Language.EN && s.nounTo > 0) {
      // "six members of a local family also took part": the noun's complement is skipped
      int complement = EnglishNounComplement.length(v, afterStart);
      limit += complement;
      skipped += complement;
    }
    for (int j = afterStart; j < Math.min(to, limit); j++) {
      if (v.cueAt(j) != null && v.accusedAct(j, afterStart)) {
        continue; // "four men suspected of killing a shopkeeper": what they did, not their fate
      }
      if (v.cueAt(j) != null && dateWord(j)) {
        continue; // (issue 16) "till march 29": a month, no cue
      }
      if (v.cueAt(j) != null || v.nounAt(j) != null && j > afterStart - 1 && s.nounTo > 0) {
        return j; // a cue, or an event noun as predicate after the counted noun: 264 جنديا مفقودين
      }
      if (w.isPunctuation(j) && w.is(j, ",") && j + 1 < to && w.isWord(j + 1)
          && v.match(lex.partitive, j + 1) != null) {
        // "Seven people, including three children, were killed": skip the breakdown
        // («23 شخصا، بينهم مدنيون وعسكريون قتلوا»: a verb before the breakdown's comma ends it)
        int k = j + 2;
        while (k < to && !(w.isPunctuation(k) && w.is(k, ",")) && v.cueAt(k) == null) {
          k++;
        }
        if (k < to && v.cueAt(k) != null) {
          k--; // the cue is read next, as the count's own predicate
        }
        limit += k - j;
        skipped += k - j;
        j = k;
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
        if (k + 1 < to && v.cueAt(k + 1) != null) {
          return k;
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
   * «تسعة مواطنين من هونغ كونغ هم على الارجح بين السياح الذين قضوا»: with no cue before the count
   * nor within the window after it, an event verb further on in the same clause (no mark, number or
   * clause opener between, at most {@link #CLAUSE_WINDOW} words after the count) is its predicate.
   *
   * @return the verb's token, or -1
   */
  private int verbLaterInClause(int start, int windowEnd) {
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
  private boolean dateWord(int j) {
    int k = j + 1;
    return language == Language.EN && v.cueAt(j) != null && v.cueAt(j).words() == 1 && k < to
        && !v.inQuantity(k) && w.length(k) > 0 && Character.isDigit(w.charAt(k, 0));
  }

  /**
   * English: whether the cue at {@code [cue, end]} is a verb that takes no object ({@code
   * constructions.NO_OBJECT_CUE}: "die", "died"), so that a count after it is not what befell.
   */
  private boolean noObjectVerb(int cue, int end) {
    Match<Construction> m = w.isWord(cue) ? v.match(lex.constructions, cue) : null;
    return m != null && m.value() == Construction.NO_OBJECT_CUE && cue + m.words() == end + 1
        && v.cueAt(cue) != null;
  }

  /**
   * Whether a conjunction of more than "and" ends right before the count ("died along with four
   * other civilians"): the count shares the verb before it.
   */
  private boolean joinedBy(int first) {
    for (int k = first - 1; k >= Math.max(from, first - 4); k--) {
      Match<Boolean> m = w.isWord(k) ? v.match(lex.conjunctions, k) : null;
      if (m != null && k + m.words() == first) {
        return !lex.words.and.has(w, k);
      }
    }
    return false;
  }

  /**
   * English: whether the count, which opens a coordinated clause ("and 79 miners"), is followed
   * right after its noun by a finite verb form of its own ({@code words.tenseAuxiliaries}: "are",
   * "were", "have"), so that it is that clause's subject and not the object of the verb before.
   */
  private boolean ownClauseVerb(CountSlot s, int first, int afterStart) {
    return s.numeral && opensCoordinatedClause(first) && afterStart < to && w.isWord(afterStart)
        && lex.words.tenseAuxiliaries.has(w, afterStart);
  }

  /** Whether the count at word {@code j} follows «و» or "and" (glued or alone). */
  private boolean opensCoordinatedClause(int j) {
    return v.startsClause(j);
  }

  /**
   * «مصرع وإصابة 6»: two verbal nouns of different casualty events joined by و right before the
   * number count both together, which is no single event.
   */
  private boolean combinedCasualties(int cue) {
    Match<Event> second = v.cueAt(cue);
    if (second == null || !SentenceView.isCasualty(second.value()) || v.match(lex.casualtyNouns, cue) == null) {
      return false;
    }
    int j = cue - 1;
    if (j >= from && lex.words.casualtyJoin.has(w, j)) {
      j--;
    } else if (!v.startsClause(cue)) {
      return false;
    }
    if (j < from || !w.isWord(j)) {
      return false;
    }
    int first = v.cueStartEndingAt(j);
    return first >= 0 && SentenceView.isCasualty(v.cueAt(first).value())
        && v.cueAt(first).value() != second.value()
        && v.match(lex.casualtyNouns, first) != null;
  }

}
