package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * The cue before a count, for {@link EventCueReader}: where the nearest cue or event noun before
 * the count ends, within a window ({@link #find}), and what that cue is worth.
 *
 * <ul>
 *   <li><b>Window.</b> {@link #BEFORE_WINDOW} tokens back from the count (or its noun before it);
 *       after a toll verb right before the number, {@link #TOLL_WINDOW} (in English counted from
 *       the verb's first word: "had reached an all-time high of"); in Arabic a toll's event word
 *       («إجمالي الضحايا») may stand as far back, but not past another count ({@link
 *       TollReach#ofTollNoun}).
 *   <li><b>Stops.</b> A clause opener (بينما), «، كما» and a complementizer that opens a clause
 *       of its own ({@link ClauseBounds}); in English another act joined to the clause with an
 *       object of its own ({@link CoordinatedAct}), a headline's break, and a count that opens
 *       the lead after its headline ({@link BodyStartCount}).
 *   <li><b>Not a cue.</b> A verb that takes no object right before a toll's number ("the toll had
 *       reached 50": {@link #noObjectVerb}), an English month before a date.
 *   <li><b>Reported.</b> Past a complementizer that refers back («وقالت إنها»), the cue of the
 *       reporting clause is only a fallback ({@link #reportedEnd}).
 *   <li><b>Totals.</b> Two different casualty cues joined by و right before the number (مصرع
 *       وإصابة 6) count a total of both ({@link #combinedCasualties}).
 * </ul>
 *
 * <p>One per sentence reader; {@link #find} leaves the reporting clause's cue for its caller.
 */
final class CueBeforeCount extends RuleReader {
  /** How many tokens before a count its cue may stand. */
  private static final int BEFORE_WINDOW = 8;
  /** How far back a toll verb right before the number looks for its toll noun. */
  private static final int TOLL_WINDOW = 20;

  /** The search after the count, whose test of a month this search shares. */
  private final CueAfterCount afterCount;
  /** Set by {@link #find}: where the cue of a reporting clause before «إنها» ends, or -1. */
  private int reportedEnd;

  CueBeforeCount(SentenceView view, CueAfterCount afterCount) {
    super(view);
    this.afterCount = afterCount;
  }

  /** Where the cue of a reporting clause before «إنها» ends, as the last {@link #find} set it. */
  int reportedEnd() {
    return reportedEnd;
  }

  /**
   * The token where the nearest cue or event noun before a count ends, within the window (wider
   * after a toll verb), not across a clause opener; -1 if none.
   */
  int find(CountSlot s, int first) {
    int verb = v.tollVerbStart(s.from); // (en28late) an English toll's window counts from its verb
    int window = verb < 0 ? BEFORE_WINDOW
        : TOLL_WINDOW + (language == Language.EN ? s.from - verb : 0);
    int reach = language == Language.AR ? Math.max(window, TOLL_WINDOW) : window; // TollReach.ofTollNoun
    boolean reported = false;
    reportedEnd = -1;
    if (language == Language.EN && BodyStartCount.opensLead(v, s, first)) {
      return -1; // "17 Detained Hundreds of Iraqi troops", "quake kills 18 Dozens of": the headline's cue
    }
    boolean counted = false;
    for (int j = first - 1; j >= Math.max(from, first - reach); j--) {
      counted |= v.inQuantity(j);
      if (first - j > window && counted) {
        return -1; // hook (ar28total): a toll noun's reach ends at another count
      }
      if (w.isWord(j) && v.match(lex.clauseOpeners, j) != null) {
        return -1; // «لقي مصرعه بينما تمكن 2 من الهرب»: a verb before بينما governs its own clause
      }
      if (language == Language.AR && ClauseBounds.closesBackwardScan(v, j)) {
        return -1; // hook (issue 16): «، كما» opens a clause of its own (ClauseBounds)
      }
      if (language == Language.EN && CoordinatedAct.ownObject(v, j, Math.max(from, first - window))) {
        return -1; // (en28prec) "killing one man and capturing 15 others": the act's own count
      }
      if (language == Language.EN && v.headlineBreak(j)) {
        return -1; // (issue 16) "3 soldiers killed in Iraq BAGHDAD: At least 16 people": a headline's verb
      }
      if (language == Language.AR && ClauseBounds.complementizer(v, j)) {
        if (!ClauseBounds.refersBack(v, j)) {
          return -1; // hook (issue 16): «وأضاف أن» opens a clause of its own (ClauseBounds)
        }
        reported = true; // «وقالت إنها»: the cue before is a fallback only
      }
      if (verb >= 0 && j == first - 1 && v.cueStartEndingAt(j) >= 0
          && noObjectVerb(v.cueStartEndingAt(j), j)) {
        continue; // (issue 16) "the toll had reached 50": an arrival that is a toll verb
      }
      if (v.cueStartEndingAt(j) >= 0 && afterCount.dateWord(v.cueStartEndingAt(j))) {
        continue; // (issue 16) "on march 15, 5000 people": a month, no cue
      }
      if (ArrestApart.cueStartEndingAt(v, j, first) >= 0
          || v.nounStartEndingAt(j) >= 0 && !v.inQuantity(j)) {
        if (first - j > window && (reported || !TollReach.ofTollNoun(v, s, j))) {
          return -1; // hook (ar28total): past the window only a toll's event word («إجمالي الضحايا»)
        }
        if (reported) {
          reportedEnd = j;
          return -1;
        }
        return j;
      }
    }
    return -1;
  }

  /**
   * English: whether the cue at {@code [cue, end]} is a verb that takes no object ({@code
   * constructions.NO_OBJECT_CUE}: "die", "died"), so that a count after it is not what befell.
   */
  boolean noObjectVerb(int cue, int end) {
    Match<Construction> m = w.isWord(cue) ? v.match(lex.constructions, cue) : null;
    return m != null && m.value() == Construction.NO_OBJECT_CUE && cue + m.words() == end + 1
        && v.cueAt(cue) != null;
  }

  /**
   * «مصرع وإصابة 6»: two verbal nouns of different casualty events joined by و right before the
   * number count both together, which is no single event.
   */
  boolean combinedCasualties(int cue) {
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
