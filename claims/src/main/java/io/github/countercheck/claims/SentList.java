package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;
import java.util.List;

/**
 * (ar28deploy, issue 16) The items of a list of units sent, which news writes after one verb of
 * sending, each with its own words: «تم إرسال ست فرق إسعافية وفرقة من التدخل السريع وطائرة إسعاف
 * جوي وفرقتين من صحة الطائف»، «الدفع بـ20 سيارة إسعاف بالمناطق المحيطة بميدان التحرير و65 سيارة
 * إسعاف بمحافظة بورسعيد»، «بـ10 سيارات أمن مركزي و3 سيارات مصفحة». A unit is a team
 * ({@link Construction#TEAM_NOUN}), a vehicle or an aircraft, or, for a count in digits or words,
 * a count of forces too («و130 تشكيلا من قوات الأمن المركزي»). An item joined by «و» to the
 * unit counted just before it, with only that unit's own words (its service, its kind, a place;
 * no cue, no number, no mark but a comma) between, within {@link #WINDOW} tokens, takes its
 * event: a singular or dual noun counts one or two ({@link ImplicitCountReader}), a number shares
 * the deployment of the count before it ({@link SentenceReader}). The unit nouns keep it to lists
 * of things sent: «قتل 5 جنود بجروح خطيرة وضابط», a list of people, is left to the casualty rules.
 */
final class SentList {
  /** How many tokens from the count before (its first token) to the item a list may span. */
  static final int WINDOW = 10;

  private SentList() {}

  /**
   * Whether word {@code i}, a team, vehicle or aircraft noun with the conjunction «و» and no
   * article («وفرقة»، «وطائرة»، «ومدرعتين»), is one more item of the list of units counted just
   * before it.
   *
   * @param v     the sentence
   * @param i     the word
   * @param slots the counts read before it
   * @return whether it counts one or two of the list's event
   */
  static boolean joined(SentenceView v, int i, List<CountSlot> slots) {
    if (v.language != Language.AR || slots.isEmpty() || !Agreement.wawOnWord(v.w, i) // cheap tests first
        || v.hasArticle(i) || !unit(v, i) || v.is(i, Construction.TEAM_PLURAL)) {
      return false;
    }
    CountSlot last = null; // the count nearest before the word (numerals are laid out first)
    for (CountSlot c : slots) {
      if (c.from < i && (last == null || c.from > last.from)) {
        last = c;
      }
    }
    if (last == null || last.from < i - WINDOW) {
      return false;
    }
    int noun = last.numeral ? last.to : last.from;
    if (last.numeral && noun < i && v.w.isWord(noun) && v.lex.words.of.has(v.w, noun)) {
      noun++; // «3 من سيارات الإسعاف»
    }
    return noun < i && unit(v, noun) && ownWords(v, noun + 1, i);
  }

  /**
   * Whether word {@code i} is a team noun of {@link #joined} (the team rules of {@link
   * ResponseCounts} want a service after it, which an item of a list may leave out: «وفرقة من
   * التدخل السريع»).
   *
   * @param v     the sentence
   * @param i     the word
   * @param slots the counts read before it
   * @return whether it is a team counted in a list of units
   */
  static boolean team(SentenceView v, int i, List<CountSlot> slots) {
    return Agreement.wawOnWord(v.w, i) && v.is(i, Construction.TEAM_NOUN) && joined(v, i, slots);
  }

  /**
   * The count of a team of {@link #team}: two for a dual («وفرقتين»), else one; its noun is the
   * word, its event is the list's.
   *
   * @param v the sentence
   * @param i the team noun
   * @param s its count, of one or two
   * @return {@code s}
   */
  static CountSlot teamSlot(SentenceView v, int i, CountSlot s) {
    s.nounFrom = i;
    s.nounTo = i + 1;
    s.inheritsEvent = true;
    return s;
  }

  /**
   * Whether the count {@code s}, a number of units after «و», is one more item of the deployment
   * {@code previous} counted before it, whose words and place stand between them.
   *
   * @param v        the sentence
   * @param previous the count before it, with its event
   * @param s        the count
   * @return whether {@code s} shares the event of {@code previous}
   */
  static boolean afterWords(SentenceView v, CountSlot previous, CountSlot s) {
    if (v.language != Language.AR || previous.event != Event.DEPLOYED || !s.numeral
        || !unitCount(v, s) || !unitCount(v, previous) || s.from - previous.from > WINDOW) {
      return false;
    }
    int conj = s.from;
    if (!(Agreement.wawOnWord(v.w, s.from) && s.quantitySpan != null
        && s.quantitySpan.start() > v.w.spanStart(s.from))) {
      conj = s.from - 1; // «و 65 سيارة»: the conjunction a word of its own
      if (conj <= previous.end() || !v.w.isWord(conj) || !v.lex.words.and.has(v.w, conj)) {
        return false;
      }
    }
    return previous.end() <= conj && ownWords(v, previous.end(), conj);
  }

  /** Whether a count counts units: its noun a team, or its subject forces, vehicles or aircraft. */
  private static boolean unitCount(SentenceView v, CountSlot s) {
    Construction c = s.nounFrom >= 0 ? v.construction(s.nounFrom) : null;
    if (c == Construction.TEAM_NOUN || c == Construction.TEAM_PLURAL) {
      return true;
    }
    Subject subject = s.subject;
    return s.subjectKnown && subject != null && (subject == Subject.VEHICLE
        || subject == Subject.AIRCRAFT || subject.isKindOf(Subject.SECURITY_FORCES));
  }

  /** Whether word {@code j} names a team, a vehicle or an aircraft. */
  private static boolean unit(SentenceView v, int j) {
    if (!v.w.isWord(j)) {
      return false;
    }
    Construction c = v.construction(j);
    if (c == Construction.TEAM_NOUN || c == Construction.TEAM_PLURAL) {
      return true;
    }
    Match<SubjectForm> m = v.subjectAt(j);
    return m != null && (m.value().subject() == Subject.VEHICLE
        || m.value().subject() == Subject.AIRCRAFT);
  }

  /** Whether tokens {@code [from, to)} are words of no cue and no number, or commas. */
  private static boolean ownWords(SentenceView v, int from, int to) {
    for (int j = from; j < to; j++) {
      if (v.isComma(j)) {
        continue;
      }
      if (!v.w.isWord(j) || v.inQuantity(j) || v.cueAt(j) != null) {
        return false;
      }
    }
    return true;
  }
}
