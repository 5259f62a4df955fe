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
 * ("not one of the over 800 arrested ... has been booked"): all are left alone.
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
      if (whole.cueFrom >= 0 && whole.cueFrom < part.from) {
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

  /** Whether the whole stands right after the part's "of" and a determiner ("of the", "of these"). */
  private static boolean wholeAfter(SentenceView v, CountSlot part, CountSlot whole) {
    int of = part.to;
    return of + 2 <= whole.from && whole.from <= of + 3 && v.w.isWord(of) && v.w.isWord(of + 1)
        && v.lex.words.of.has(v.w, of) && v.lex.words.partitiveDeterminers.has(v.w, of + 1);
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
