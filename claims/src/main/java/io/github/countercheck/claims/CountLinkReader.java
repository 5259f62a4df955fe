package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;
import java.util.List;

/**
 * The count-link rule family: how a count takes from the counts around it. Each rule from the
 * grammar of news, not from a sentence:
 *
 * <ul>
 *   <li><b>Restatements.</b> A number restated in brackets right before or after another of the
 *       same value is one count («(12) اثنا عشر شخصا», "twelve (12) people").
 *   <li><b>Breakdowns.</b> A count introduced or followed by «منهم/بينهم» (of them) takes the event
 *       of the count before it ({@link #partitive}); a verb of its own right before it wins.
 *   <li><b>Lists and coordination.</b> Items of a list after a comma and counts joined by و share
 *       the event of the first (4 صينيين، 2 فرنسيين ومصري; {@link #conjoined}); a count joined to
 *       the next takes the verb after both (5 أطفال و3 نساء قتلوا; {@link #shareVerbAfter}).
 *   <li><b>One of them.</b> «توفي أحدهم»: one of them with a casualty verb of its own takes that
 *       verb ({@link #ownVerbOfOne}); a bare "one" after counted people is one of them.
 *   <li><b>Doer and victim.</b> A count before an active casualty verb whose object is a later
 *       count of people names the doer, not a victim («7 متهمين قتلوا 3»; "a bomber killed 18";
 *       {@link #agents}).
 * </ul>
 *
 * <p>Hook point for a new link between counts: a method here, called from {@link
 * SentenceReader#read} (whole-sentence passes) or its {@code resolve} (per count).
 */
final class CountLinkReader extends RuleReader {

  CountLinkReader(SentenceView view) {
    super(view);
  }

  /**
   * «(12) اثنا عشر شخصا», «اثنا عشر (12) شخصا», "twelve (12) people": a number restated in
   * brackets right before or after another of the same value is one count, not two. The bracketed
   * one is dropped and the other stretches over it, so that its noun is looked for after both.
   */
  void mergeRestatements(List<CountSlot> slots) {
    for (int k = slots.size() - 2; k >= 0; k--) {
      CountSlot a = slots.get(k);
      CountSlot b = slots.get(k + 1);
      if (!a.numeral || !b.numeral || !sameValue(a.quantity, b.quantity)) {
        continue;
      }
      if (b.from == a.to + 1 && v.isMark(a.to, '(') && b.to < to && v.isMark(b.to, ')')) {
        // twelve (12) people
        v.markQuantity(a.to, b.to + 1);
        a.to = b.to + 1;
        a.countTo = a.to;
        slots.remove(k + 1);
      } else if (a.from > from && v.isMark(a.from - 1, '(') && b.from == a.to + 1
          && v.isMark(a.to, ')')) {
        // (12) اثنا عشر شخصا
        v.markQuantity(a.from - 1, b.from);
        b.from = a.from - 1;
        slots.remove(k);
      }
    }
  }

  /**
   * (issue 16, ar29prec) «قُتل مدنيان اثنان», «احتجزت شخصين اثنين», «قتيل واحد على الأقل»: a count
   * a noun states by its own form (a dual, a singular) and a numeral of the same value right after
   * that noun restate each other, one count, when both make a claim of the same event (the caller
   * checks the events and keeps the numeral's claim, which reads the noun before it; issue 16:
   * «the same claim twice when digits and words repeat each other»). A «واحدة» that only
   * describes its noun («وحالة واحدة») makes no claim, and the noun's count stays.
   *
   * @param noun    the claim made before, or null
   * @param numeral the count after it
   * @return whether {@code numeral} restates the implicit count {@code noun}
   */
  boolean restatedNoun(CountSlot noun, CountSlot numeral) {
    return noun != null && !noun.numeral && numeral.numeral && numeral.from > noun.from
        && numeral.from == nounEnd(noun) && noun.quantity != null && numeral.quantity != null
        && noun.quantity.value() != null && noun.quantity.value().equals(numeral.quantity.value());
  }

  /** The token after the noun of an implicit count that starts at its first token. */
  private int nounEnd(CountSlot a) {
    Match<Lexicon.SubjectForm> subject = v.subjectAt(a.from);
    Match<Event> noun = v.nounAt(a.from);
    int words = subject != null ? subject.words() : noun != null ? noun.words() : 1;
    return Math.max(a.to, a.from + words);
  }

  private static boolean sameValue(Quantity x, Quantity y) {
    return x != null && y != null && x.low() == y.low()
        && java.util.Objects.equals(x.high(), y.high());
  }

  /**
   * «8 أطفال و14 امرأة قتلوا»; "eight police and two civilians were among the dead": a count
   * joined to the next one shares the verb that follows them both. Runs once every count has its
   * own cue, from the last count back, so that a chain of joined counts takes the one verb.
   */
  void shareVerbAfter(List<CountSlot> counts) {
    for (int k = counts.size() - 2; k >= 0; k--) {
      CountSlot s = counts.get(k);
      CountSlot next = counts.get(k + 1);
      boolean people = next.subjectKnown
          || language == Language.AR && (next.subject == null || next.subject == Subject.PERSON)
          && SentenceView.isCasualty(next.event); // (issue 16) «و3 من المارة أصيبوا»
      if (s.event == null && next.event != null && people
          && next.cueFrom >= next.end() && (conjoined(s, next) || conjoinedAfterComplement(s, next))) {
        s.event = next.event;
        if (language == Language.AR && !s.subjectKnown && s.subject == Subject.OTHER
            && SentenceView.isCasualty(next.event) && pluralVerb(next.cueFrom)) {
          s.subject = Subject.PERSON; // (issue 16) «3 قادة و12 مسلحا قتلوا»: the verb's people
        }
      }
      if (s.event == null && next.event != null && (next.cueFrom >= next.end()
          || language == Language.EN && next.cueFrom < 0 && HeadCounts.peopleHead(s, next))
          && (language == Language.AR || HeadCounts.peopleHead(s, next))
          && HeadCounts.breakdownFollows(v, s.end(), next.from)) {
        // hook (issue 16): «157 شخصا بينهم 39 طفلا حصيلة الضحايا»; "Seven people including two
        // soldiers died" (HeadCounts); in English the part may have its verb from the list it opens
        // ("16 people including one US Marine and three Polish soldiers were killed")
        s.event = next.event;
      }
    }
  }

  /**
   * (issue 16, {@link ListedCounts}) «3 لمستشفى قصر العيني و10 للمنيرة»: a bare count joined by «و»
   * after the count before and its place, with no event word of its own after it, is the next item
   * of that count's list: it counts what that count counts. Read before the count's own cue.
   */
  void listItem(CountSlot s, CountSlot previous) {
    if (s.event == null && previous != null && previous.event != null && language == Language.AR
        && s.numeral && (s.nounFrom < 0 || ListedCounts.placeAsNoun(v, s) // (ar25att) «و11 بطنطا»
            || ListedCounts.stateOfPart(v, s, previous)) // (ar25att) «بينها واحدة خطيرة، و8 متوسطة»
        && !ListedCounts.placeAsNoun(v, previous) && ListedCounts.nextItem(v, previous.end(), s.from)
        && !ListedCounts.ownEventAfter(v, s.to)) {
      if (s.nounFrom >= 0 && ListedCounts.placeAsNoun(v, s)) {
        s.nounFrom = -1; // its place, no noun («و11 بطنطا»)
        s.nounTo = -1;
      }
      s.event = previous.event;
      s.subject = previous.subject;
      s.subjectKnown = previous.subjectKnown;
    }
  }

  /**
   * (issue 16, {@link ListedCounts}) «منهم 9 سائحين من هونج كونج و4 يابانيين»: a count of people
   * with no cue of its own that is the next item of the list before takes its event. And «تم نقل
   * 30 مصابا ... ونقل 19 آخرين»: others of the injured, moved, are injured still.
   */
  void listedPeople(CountSlot s, CountSlot previous) {
    if (previous == null || previous.event == null || language != Language.AR) {
      return;
    }
    if (s.event == null && s.numeral && s.subjectKnown && s.subject.root() == Subject.PERSON
        && ListedCounts.nextItem(v, previous.end(), s.from)) {
      s.event = previous.event;
    }
    if (s.others && SentenceView.isCasualty(previous.event) && s.event != null
        && !SentenceView.isCasualty(s.event) && s.event != Event.DISPLACED) {
      s.event = previous.event;
    }
  }

  /**
   * The doer is not the victim: a count before an active verb whose object is a later count of
   * people («7 متهمين قتلوا 3»، «مسلحين قتلوا ثلاثة أشخاص»; "a suicide bomber killed at least 18
   * people") names who did it, so the verb's event is not its own. "Others" counted after such a
   * doer are not of its kind ("a gunman killed a guitarist and three others").
   */
  void agents(List<CountSlot> counts) {
    for (int a = 0; a < counts.size(); a++) {
      CountSlot s = counts.get(a);
      if (s.event == null || s.cueFrom < s.end() || s.cueFrom == s.nounFrom
          || !SentenceView.isCasualty(s.event) || passive(s.cueFrom)) {
        continue;
      }
      for (int b = a + 1; b < counts.size(); b++) {
        CountSlot t = counts.get(b);
        if (t.cueFrom == s.cueFrom && t.from >= s.cueTo && t.event == s.event && !t.reportedCue
            && (t.subject == null || t.subject.root() == Subject.PERSON)
            && !markBetween(s.cueTo, t.from)) {
          s.event = null;
          s.cueFrom = -1;
          s.cueTo = -1;
          for (int c = a + 1; c < counts.size(); c++) {
            CountSlot o = counts.get(c);
            if (o.othersOf == s) {
              o.subject = Subject.PERSON;
              o.subjectKnown = true;
            }
          }
          break;
        }
      }
    }
  }

  /**
   * (en28mine) Whether a mark stands in tokens {@code [a, b)}: a verb's object follows it in its
   * clause, so a count after a comma is none ("out of the 286 people killed, 41 were hindus": the
   * participle is the first count's).
   */
  private boolean markBetween(int a, int b) {
    for (int j = a; j < b; j++) {
      if (w.isPunctuation(j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cue at {@code j} is an English passive ("were killed", "have been arrested"). */
  private boolean passive(int j) {
    if (language != Language.EN) {
      return false;
    }
    return isAuxiliary(j) || j > from && isAuxiliary(j - 1)
        || lex.words.tenseAuxiliaries.has(w, j) && j + 1 < to && isAuxiliary(j + 1); // "have been arrested"
  }

  private boolean isAuxiliary(int j) {
    return lex.words.auxiliaries.has(w, j);
  }

  /** Whether word {@code i} is one written as a word alone ({@code words.bareOne}): "and one was". */
  boolean isOneWord(int i) {
    return lex.words.bareOne.has(w, i);
  }

  /**
   * «توفي أحدهم», «أحدهم أصيب»: one of them with a casualty verb of its own right before or after
   * it takes that verb's event rather than the event of the count before.
   */
  void ownVerbOfOne(CountSlot s) {
    int cue = s.from > from ? v.cueStartEndingAt(s.from - 1) : -1;
    if (cue < 0 && s.to < to && v.cueAt(s.to) != null) {
      cue = s.to;
    }
    if (cue >= 0 && SentenceView.isCasualty(v.cueAt(cue).value())) {
      s.event = v.cueAt(cue).value();
      s.cueFrom = cue;
      s.cueTo = Math.min(to, cue + v.cueAt(cue).words());
    }
  }

  /**
   * Whether {@code s} follows {@code previous} joined only by a conjunction (و، بالإضافة إلى; and,
   * as well as), perhaps after a comma.
   */
  /** How many words an English elided list item's place may have ("in the gulberg society incident"). */
  private static final int ELIDED_ITEM_WORDS = 8;

  /**
   * (issue 16) English ellipsis: "29 persons have been arrested in naroda, 18 in the gulberg society
   * incident and 46 in sardarpura": a bare number after a comma or "and", followed by a preposition
   * (a function word), is the next item of the count before when that one also stands before its
   * place (a function word after it or after its cue) and nothing but a comma, "and" and the words
   * of one place (no cue, number or other mark) stands between.
   */
  boolean elidedItem(CountSlot previous, CountSlot s) {
    if (language != Language.EN || !s.numeral || s.nounFrom >= 0 || s.to >= to || s.from <= from
        || !w.isWord(s.to) || v.match(lex.functionWords, s.to) == null) {
      return false;
    }
    int k = s.from - 1;
    if (!(w.is(k, ",") || w.isWord(k) && lex.words.and.has(w, k))) {
      return false;
    }
    int start = Math.max(previous.end(), previous.cueTo);
    if (start >= k || k - start > ELIDED_ITEM_WORDS || !w.isWord(start)
        || v.match(lex.functionWords, start) == null) {
      return false;
    }
    for (int j = start; j < k; j++) {
      if (v.inQuantity(j) || v.cueAt(j) != null || !w.isWord(j) && !w.is(j, ",")) {
        return false;
      }
    }
    return true;
  }

  boolean conjoined(CountSlot previous, CountSlot s) {
    int j = previous.end();
    if (listItem(j, s.from)) {
      return true;
    }
    if (j < s.from && w.isPunctuation(j) && w.is(j, ",")) {
      j++;
    }
    if (j == s.from && s.numeral && w.isWord(j) && w.charAt(j, 0) == '\u0648'
        && (w.stemMask(j) & 2) != 0) {
      return true; // «ستة أطفال وثماني سيدات»: the و is glued to the number word
    }
    if (j >= s.from || !w.isWord(j)) {
      return false;
    }
    Match<Boolean> c = v.match(lex.conjunctions, j);
    return c != null && j + c.words() == s.from;
  }

  /**
   * (issue 16) «أربعة من قادة الحزب ونحو ثلاثين متمردا قتلوا»: an Arabic count whose noun has a
   * complement of its own (up to {@link #COMPLEMENT_WORDS} plain words: no cue, event noun, number,
   * function word or mark) before the «و» that joins the next count is joined to it all the same.
   */
  private boolean conjoinedAfterComplement(CountSlot previous, CountSlot s) {
    if (language != Language.AR) {
      return false;
    }
    int start = previous.end();
    if (previous.nounTo < 0 && start + 1 < s.from && lex.words.of.has(w, start)) {
      start++; // «3 من قادة التنظيم»: the partitive before a noun no lexicon knows
    } else if (previous.nounTo < 0) {
      return false;
    }
    int j = start;
    for (int k = 0; k < COMPLEMENT_WORDS && j < s.from; k++, j++) {
      if (!w.isWord(j) || v.inQuantity(j) || v.cueAt(j) != null || v.nounAt(j) != null
          || v.match(lex.functionWords, j) != null || v.match(lex.conjunctions, j) != null
          || v.startsClause(j) || v.match(lex.attribution, j) != null) {
        break;
      }
    }
    if (j == start || j > s.from) {
      return false;
    }
    CountSlot shifted = new CountSlot(previous.from, j, previous.quantity, null, previous.numeral);
    return conjoined(shifted, s);
  }

  /** Whether the Arabic cue at {@code j} is a plural verb of people, in «وا»: قتلوا، أصيبوا. */
  private boolean pluralVerb(int j) {
    int n = j >= 0 && w.isWord(j) ? w.length(j) : 0;
    return n > 3 && w.charAt(j, n - 1) == '\u0627' && w.charAt(j, n - 2) == '\u0648';
  }

  /** How many words of a noun's complement may stand between a count and the «و» of the next. */
  private static final int COMPLEMENT_WORDS = 3;

  /**
   * Whether a count follows the one before as the next item of a list, after a comma, the words
   * of the item before (at most three, none of them a cue) standing between: «4 صينيين، 4 من هونج
   * كونج، 2 فرنسيين».
   */
  private boolean listItem(int previousEnd, int next) {
    if (next - 1 < previousEnd || next - 1 - previousEnd > 3 || !w.isPunctuation(next - 1)
        || !w.is(next - 1, ",")) {
      return false;
    }
    for (int j = previousEnd; j < next - 1; j++) {
      if (!w.isWord(j) || v.inQuantity(j) || v.cueAt(j) != null
          || v.nounAt(j) != null || v.match(lex.conjunctions, j) != null) {
        return false;
      }
    }
    return true;
  }

  /** Whether the count is a breakdown: «بينهم أربعة أطفال», «ستة منهم». */
  boolean partitive(CountSlot s) {
    return partitiveBefore(s) || s.to < to && w.isWord(s.to) && v.match(lex.partitive, s.to) != null
        || PartByDegree.apply(v, s); // (en30total) "150 were injured, 30 seriously"
  }

  /** How many tokens before a part its partitive word may stand ("including a 4-year-old boy"). */
  private static final int PART_REACH = 6;

  /**
   * (issue 16) English: the count whose others a later "others" counts. When {@code p} is a part
   * after a partitive word ("including a 4-year-old boy"), between it and the count before it,
   * that is the whole ("killed 14 people, including a boy, and injured two others": the two are
   * people, not children); otherwise {@code p}.
   */
  CountSlot wholeOfPart(CountSlot p) {
    CountSlot whole = p.before;
    if (whole == null) {
      return p;
    }
    for (int k = p.from - 1; k >= Math.max(whole.end(), p.from - PART_REACH); k--) {
      if (w.isWord(k) && v.match(lex.partitive, k) != null) {
        return whole;
      }
      if (w.isPunctuation(k) && !w.is(k, "-")) {
        return p;
      }
    }
    return p;
  }

  boolean partitiveBefore(CountSlot s) {
    if (s.from > from && w.isWord(s.from - 1) && v.match(lex.partitive, s.from - 1) != null) {
      return true;
    }
    int k = s.from - 2;
    if (k >= from && v.match(lex.partitive, k) != null && v.match(lex.partitive, k).words() == 2) {
      return true;
    }
    if (language == Language.AR && HeadCounts.laterItem(v, s.from)) {
      return true; // hook (issue 16)
    }
    // (issue 16) "including a 4-year-old boy": an implicit English count after its article and age
    return language == Language.EN && !s.numeral && s.before != null && wholeOfPart(s) != s;
  }

}
