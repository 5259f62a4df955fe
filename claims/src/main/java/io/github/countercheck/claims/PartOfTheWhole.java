package io.github.countercheck.claims;

import io.github.countercheck.core.Language;
import java.util.List;

/**
 * (en21mine, issue 16) English "N of the M ...": a part told of a whole the article names by
 * reference ("two of the three militants who attacked the shrine were killed", "police arrested
 * five of the nine men"). What the clause tells befell the part: the verb after the whole's noun
 * is the part's (the part takes the whole's event, cue and subject), and a cue before the part
 * is the part's too; the whole, named only to say whom the part is of, claims nothing. A verb
 * that opens a relative clause of the whole is the whole's own ("one of the two terrorists who
 * were shot dead"), and so is an event noun ("one of the three wounded later died", {@link
 * EventCueReader#ownVerbOfPart}), and so is a participle right after the whole that names it
 * ("not one of the over 800 arrested ... has been booked"): all are left alone. (en30total) A whole
 * that names its own event ("the 54 bodies", "the 20 people killed") is a count of its own: a
 * part of more than one before it ("34 of the 54 bodies", "12 out of the 20 people killed") with
 * no event of its own takes the whole's.
 *
 * <p>Called by {@link SentenceReader#read} over the resolved counts, after the verbs they share.
 */
final class PartOfTheWhole {
  /** How many tokens after a relative pronoun a cue of its own clause may start ("who were shot"). */
  static final int RELATIVE_VERB = 2;

  private PartOfTheWhole() {}

  /**
   * Gives each part before "of the" and its whole what befell it.
   *
   * @param v      the sentence
   * @param counts the resolved counts, in text order
   */
  static void read(SentenceView v, List<CountSlot> counts) {
    if (v.language != Language.EN) {
      return;
    }
    for (int k = 0; k + 1 < counts.size(); k++) {
      CountSlot part = counts.get(k);
      CountSlot whole = counts.get(k + 1);
      if (!part.numeral || !whole.numeral || whole.event == null || !wholeAfter(v, part, whole)) {
        continue;
      }
      if (namesItsEvent(v, whole) && (part.event == null || part.event == Event.OTHER)
          && part.quantity != null && part.quantity.low() > 1) {
        // (en30total) "34 of the 54 bodies", "12 out of the 20 people killed": both are counts
        // ("his aunt, one of the 58 victims" names one of them, counts no one)
        part.event = whole.event;
        if (part.subject == null || !part.subjectKnown) {
          part.subject = whole.subject;
          part.subjectKnown = whole.subjectKnown;
        }
      } else if (whole.cueFrom >= 0 && whole.cueFrom < part.from) {
        whole.event = null; // "arrested five of the nine men": the verb befell the five
      } else if (clauseVerb(v, whole) && !relativeVerb(v, whole)) {
        part.event = whole.event;
        part.cueFrom = whole.cueFrom;
        part.cueTo = whole.cueTo;
        part.nounTo = Math.max(whole.nounTo, whole.to);
        if (part.subject == null || !part.subjectKnown) {
          part.subject = whole.subject;
          part.subjectKnown = whole.subjectKnown;
        }
        whole.event = null; // "two of the three militants ... were killed": two were
      }
    }
  }

  /**
   * Whether the whole stands right after the part's "of" and a determiner ("of the", "of these"),
   * or (en30total) after "out of", with or without one ("12 out of the 20", "6 out of 300").
   */
  private static boolean wholeAfter(SentenceView v, CountSlot part, CountSlot whole) {
    TokenWords w = v.w;
    GrammarForms g = v.lex.words;
    int of = part.to;
    boolean out = of + 1 < whole.from && w.isWord(of) && g.partOut.has(w, of);
    if (out) {
      of++;
    }
    if (of >= whole.from || !w.isWord(of) || !g.of.has(w, of)) {
      return false;
    }
    if (w.isWord(of + 1)
        && (g.partitiveDeterminers.has(w, of + 1) || out && g.articles.has(w, of + 1))) {
      return of + 2 <= whole.from && whole.from <= of + 3;
    }
    return out && whole.from == of + 1;
  }

  /**
   * (en30total) Whether the whole's event is told by its own noun ("the 54 bodies", "300 deaths")
   * or by a participle right after it that names it ("the 20 people killed"): the whole is a count
   * of its own, and a part with no event of its own is a part of it.
   */
  private static boolean namesItsEvent(SentenceView v, CountSlot whole) {
    return whole.cueFrom >= whole.from && (whole.cueFrom == whole.nounFrom
        || whole.cueFrom <= Math.max(whole.to, whole.nounTo) && !clauseVerb(v, whole));
  }

  /**
   * Whether the whole's cue is a verb after it with words between or an auxiliary of its own
   * ("were killed"), not a participle right after it that names it ("the 800 arrested").
   */
  private static boolean clauseVerb(SentenceView v, CountSlot whole) {
    int end = Math.max(whole.to, whole.nounTo);
    return whole.cueFrom > end || whole.cueFrom == end && v.w.isWord(end)
        && (v.lex.words.auxiliaries.has(v.w, end) || v.lex.words.tenseAuxiliaries.has(v.w, end));
  }

  /** Whether the whole's cue opens a relative clause of the whole ("who were shot dead"). */
  private static boolean relativeVerb(SentenceView v, CountSlot whole) {
    for (int j = whole.cueFrom - 1; j >= Math.max(whole.from, whole.cueFrom - 1 - RELATIVE_VERB); j--) {
      if (v.w.isWord(j) && v.isRelative(j)) {
        return true;
      }
    }
    return false;
  }
}
