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
 *       وإصابة 6) count a total of both: OTHER ({@link CueBeforeCount#combinedCasualties}).
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
 * <p>Hook point for a new way a cue governs a count: {@link #findEvent} (the windows: the one before
 * the count is {@link CueBeforeCount}, the one after it {@link CueAfterCount}) or a method called
 * from {@code SentenceReader.ownEvent} before it.
 */
final class EventCueReader extends RuleReader {
  private static final int AFTER_WINDOW = CueAfterCount.WINDOW;

  /** The search for the cue after a count (its window, its skips, the Arabic later verb). */
  private final CueAfterCount afterCount;
  /** The search for the cue before a count (its window, its stops, a reporting clause's cue). */
  private final CueBeforeCount beforeCount;

  EventCueReader(SentenceView view) {
    super(view);
    this.afterCount = new CueAfterCount(view);
    this.beforeCount = new CueBeforeCount(view, afterCount);
  }

  /**
   * "claimed over 250 lives", "cost 12 lives": lives counted right after a verb that takes them
   * are the dead, and so are lives with such a verb in the passive after them ("12 lives were
   * lost", issue 16); lives with no such verb ("saved 30 lives") are no deaths.
   */
  void livesTaken(CountSlot s) {
    LivesAfterCount.apply(v, s);
    if (v.language == Language.AR) {
      LivesLost.apply(v, s); // hook (issue 16): «أودى الانفجار بحياة 15»، «فقد 3 من أبنائه»
    } else {
      LivesLost.peopleLost(v, s); // hook (issue 16): "the regiment lost seven soldiers"
      HarmedVictims.apply(v, s); // (en25mine) "12 victims were injured"
    }
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
    if (tollOfThem(s, previous)) {
      return; // hook (issue 16): «بينما وصل عددهم في حماة إلى 29 شخصا»
    }
    Candidates c = nearestCues(s);
    if (language == Language.EN) {
      mainVerbAfterRelative(c);
      noCueOfWhatBefell(c);
      if (c.before >= 0 && c.after < 0 && ownClauseVerb(s, c.first, c.afterStart)) {
        // "has killed eight miners and 79 miners are still trapped": the second count is the
        // subject of a clause of its own, whose verb is no event; it takes neither the verb before
        s.event = Event.OTHER;
        return;
      }
    }
    cueFurtherOff(s, c);
    if (c.before >= 0 && c.after >= 0 && language == Language.AR && v.cueAt(c.after) != null
        && ClauseBounds.verbOfNextCount(v, c.after, v.cueAt(c.after).words(),
            v.startsClause(c.after))) {
      c.afterDistance = Integer.MAX_VALUE; // hook (issue 16): «وأصيب 12» is the next count's verb
    }
    if (c.before < 0 && c.after < 0) {
      return;
    }
    if (c.before >= 0 && c.after >= 0 && previous != null && previous.cueFrom == c.before
        && c.before >= previous.end() && c.before < previous.to + AFTER_WINDOW
        && opensCoordinatedClause(c.first)) {
      // "four people were killed and dozens of others were injured": the verb after the first
      // count is its predicate; a count that opens the next clause takes the verb of its own
      c.beforeDistance = Integer.MAX_VALUE;
    }
    takeNearer(s, c);
  }

  /**
   * The cues that may govern one count, as {@link #findEvent} weighs them: the one before it and
   * the one after it, each a token (or -1) and a distance ({@link Integer#MAX_VALUE} for none).
   */
  private static final class Candidates {
    /** The count's first token, or its noun's when the noun stands before it. */
    int first;
    /** Where the cue before ends, or -1. */
    int end;
    /** The first token after the count and its noun. */
    int afterStart;
    int before = -1;
    Match<Event> beforeMatch;
    int beforeDistance = Integer.MAX_VALUE;
    int after;
    int afterDistance;

    /** Drops the cue before. */
    void noBefore() {
      before = -1;
      beforeMatch = null;
      beforeDistance = Integer.MAX_VALUE;
    }
  }

  /**
   * «بينما وصل عددهم في حماة إلى 29 شخصا»: in Arabic, a toll of them ({@link TollReach}) after a
   * casualty count takes that count's event.
   *
   * @return whether it did
   */
  private boolean tollOfThem(CountSlot s, CountSlot previous) {
    if (language == Language.AR && previous != null && SentenceView.isCasualty(previous.event)
        && TollReach.tollOfThem(v, s.from) >= 0) {
      s.event = previous.event;
      s.cueFrom = TollReach.tollOfThem(v, s.from);
      s.cueTo = s.from;
      return true;
    }
    return false;
  }

  /** The nearest cue before the count, within its window, and after it ({@link CueAfterCount}). */
  private Candidates nearestCues(CountSlot s) {
    Candidates c = new Candidates();
    c.first = s.nounFrom >= 0 ? Math.min(s.from, s.nounFrom) : s.from;
    c.end = beforeCount.find(s, c.first);
    if (c.end >= 0) {
      int cueStart = ArrestApart.cueStartEndingAt(v, c.end, c.first); // (ar29act) «القبض أمس على»
      c.before = cueStart >= 0 ? cueStart : v.nounStartEndingAt(c.end);
      c.beforeMatch = cueStart >= 0 ? ArrestApart.cueAt(v, cueStart) : v.nounAt(c.before);
      // (en24of) "the toll had risen to 62 with the death of four": a toll verb joins its noun
      c.beforeDistance = language == Language.EN && v.tollVerbEndsAt(s.from)
          || ArrestApart.nounAt(v, c.end, c.first) ? 0 : c.first - 1 - c.end; // (ar29act)
    }
    c.afterStart = s.end();
    c.after = afterCount.find(s, c.afterStart);
    c.afterDistance = c.after < 0 ? Integer.MAX_VALUE
        : c.after - c.afterStart - afterCount.skipped() + (v.startsClause(c.after) ? 2 : 0);
    return c;
  }

  /**
   * English: when the cue after the count stands in a relative clause, the main verb after it is
   * the count's ({@link RelativeClauseVerb}); the distance stays that of the cue in the clause.
   */
  private void mainVerbAfterRelative(Candidates c) {
    if (c.after > c.afterStart && w.isWord(c.afterStart)
        && v.isRelative(c.afterStart) && v.cueAt(c.after) != null) {
      // "two men who had been hospitalized ... have died": the main verb after the relative clause
      int main = RelativeClauseVerb.mainVerb(v, Math.min(to, c.after + v.cueAt(c.after).words()));
      if (main >= 0) {
        c.after = main;
      }
    }
  }

  /**
   * English: a cue before the count that says what someone did or meant to do, or a verb that
   * takes no object, tells nothing that befell the count: it is dropped.
   */
  private void noCueOfWhatBefell(Candidates c) {
    if (c.before >= 0 && v.cueAt(c.before) != null && v.accusedAct(c.before, from)
        && SentenceView.isCasualty(v.cueAt(c.before).value())) {
      // (issue 16) "threatened to kill one", "accused of killing 5": what someone did or meant to
      // do, no count of the dead; (en28mine) a deployment planned is one ("plans to pull out
      // 30,000 troops")
      c.noBefore();
    }
    if (c.before >= 0 && beforeCount.noObjectVerb(c.before, c.end) && !joinedBy(c.first)) {
      c.noBefore(); // "4 Militants Die in Gaza Fighting Four Palestinian militants": no object
    }
  }

  /**
   * With no cue near the count, one further off: in English the verb of its clause after a long
   * post-modifier; in Arabic a casualty verb later in its clause, or a verb far back in it; else
   * the cue of the clause that reports it.
   */
  private void cueFurtherOff(CountSlot s, Candidates c) {
    if (c.before < 0 && c.after < 0 && language == Language.EN && (s.nounTo > 0 || !s.numeral)
        && (s.subject == null || s.subject.isKindOf(Subject.PERSON))) {
      // "two fans attending a concert staged by a film star were killed" (EnglishClauseVerb)
      c.after = EnglishClauseVerb.laterVerb(v, c.afterStart);
      c.afterDistance = c.after < 0 ? Integer.MAX_VALUE : AFTER_WINDOW;
    }
    if (c.before < 0 && c.after < 0 && language == Language.EN
        && (s.subject == null || s.subject.isKindOf(Subject.PERSON))) {
      c.after = SizeApposition.headVerb(v, s.from, c.afterStart); // ", comprising 22 companies,"
      c.afterDistance = c.after < 0 ? Integer.MAX_VALUE : AFTER_WINDOW;
      Subject head = c.after < 0 || s.nounTo > 0 ? null : SizeApposition.headSubject(v, s.from);
      if (head != null) {
        s.subject = head; // "the forces, totaling around 15,000, have been deployed"
        s.subjectKnown = true;
      }
    }
    if (c.before < 0 && c.after < 0 && language == Language.AR) {
      c.after = afterCount.verbLaterInClause(c.afterStart, afterCount.limit());
      c.afterDistance = c.after < 0 ? Integer.MAX_VALUE : AFTER_WINDOW;
    }
    if (c.before < 0 && c.after < 0 && language == Language.AR) {
      // hook (issue 16): a verb far back in the count's clause, VSO with a long subject (ClauseBounds)
      c.before = ClauseBounds.verbEarlierInClause(v, c.first);
      c.beforeMatch = c.before < 0 ? null : v.cueAt(c.before);
      c.beforeDistance = 0;
    }
    if (c.before < 0 && c.after < 0 && beforeCount.reportedEnd() >= 0) {
      // (issue 16) the cue of the reporting clause, when the report has none of its own
      int cueStart = v.cueStartEndingAt(beforeCount.reportedEnd());
      c.before = cueStart >= 0 ? cueStart : v.nounStartEndingAt(beforeCount.reportedEnd());
      c.beforeMatch = cueStart >= 0 ? v.cueAt(cueStart) : v.nounAt(c.before);
      c.beforeDistance = 0;
      s.reportedCue = true;
    }
  }

  /**
   * Gives the count the nearer of the two cues (the one before on a tie); two casualty cues joined
   * right before it count a total of both: OTHER.
   */
  private void takeNearer(CountSlot s, Candidates c) {
    int cue = c.beforeDistance <= c.afterDistance ? c.before : c.after;
    Match<Event> m = cue == c.before ? c.beforeMatch
        : v.cueAt(cue) != null ? v.cueAt(cue) : v.nounAt(cue);
    s.event = m.value();
    s.cueFrom = cue;
    s.cueTo = Math.min(to, cue + m.words());
    if (cue == c.before && beforeCount.combinedCasualties(cue)) {
      s.event = Event.OTHER;
    }
  }

  /**
   * (issue 16) The toll construction ({@link TollReach}): the number after «إلى» takes the event
   * of the toll noun after a toll verb, however far back.
   */
  private boolean tollReached(CountSlot s) {
    int toll = language == Language.AR ? TollReach.tollEvent(v, s.from) : -1;
    if (toll < 0) { // (issue 16) «ارتفع إلى 72 عدد القتلى»: the toll written verb first
      return language == Language.AR && TollReach.reachInverted(v, s);
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
    if (s.event == null || language != Language.AR) {
      return;
    }
    int at = OneOf.countStart(v, s); // (issue 16) «توفي أحد المصابين»: one of the injured died
    if (at < 0) {
      return;
    }
    int verb = ClauseBounds.verbRightBefore(v, at);
    verb = verb < 0 ? OneOf.casualtyNounBefore(v, s, at) : verb; // «مقتل أحد الأسرى»
    if (verb >= 0 && v.cueAt(verb).value() != s.event) {
      s.event = v.cueAt(verb).value();
      s.cueFrom = verb;
      s.cueTo = at;
    }
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

}
