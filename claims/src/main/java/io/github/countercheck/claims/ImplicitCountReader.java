package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import java.util.List;

/**
 * The implicit-count rule family: counts written with no numeral, and the sentence filter derived
 * from them.
 *
 * <ul>
 *   <li>«مثلها»; "as many": the quantity of the count before.
 *   <li>«أحدهم»: one, with the event and subject of the count before; «وإصابة آخر» after a
 *       casualty cue: one more.
 *   <li>A dual event noun (سقط قتيلان) counts two; a singular one of the constructions (وجود قتيل)
 *       counts one by itself, not in a breakdown nor after «كل».
 *   <li>A dual subject noun counts two near a cue (قتل شرطيان) or after «بينهم», or joined by و to
 *       a count before (وشخصين).
 *   <li>A singular person noun counts one right after a casualty cue (مقتل جندي), after «بينهم»,
 *       joined by و (مصرع طالبين وعامل), before a casualty verb of one person in its clause
 *       (المسلح، الذي لقي مصرعه), or in English after "a"/"an" with a casualty cue close after.
 * </ul>
 *
 * <p>Hook point for a new implicit count: {@link #addImplicitCounts}, and, so that the extractor
 * reads the sentences it can occur in, {@link #mayCountWithoutNumerals}.
 */
final class ImplicitCountReader extends RuleReader {
  ImplicitCountReader(SentenceView view) {
    super(view);
  }

  /**
   * Whether a sentence with no count phrase may yield an implicit count, judged from the
   * {@link Lexicon} key bits of its words alone, before it is tokenized: whether some rule of
   * {@link ImplicitCountRule}, the table this reader applies, may hold at one of its words
   * ({@link ImplicitCountRule#mayApply}). {@link ClaimExtractor} reads no sentence for which this
   * is false unless it carries an attribution that a later sentence needs.
   *
   * @param lex   the sentence's lexicon
   * @param words the key bits of the sentence's words, in order
   * @param waw   for each word, whether it opens with a و that may be the conjunction
   * @param n     how many words
   * @return false if reading the sentence can find no count
   */
  static boolean mayCountWithoutNumerals(Lexicon lex, long[] words, boolean[] waw, int n) {
    return lex.implicitRules.mayCount(words, waw, n);
  }

  /**
   * Adds the implicit counts of the sentence, applying at each word the rules of {@link
   * ImplicitCountRule} in its order, each with its exact test and the table's windows.
   */
  void addImplicitCounts(List<CountSlot> slots) {
    for (int i = from; i < to; i++) {
      if (v.inQuantity(i) || w.keys(i) == 0) {
        dualByForm(i, slots); // hook (issue 16): «الشقيقان» (DualNouns)
        continue; // a word no index starts with counts nothing here, and neither does a non-word
      }
      if (countOfTheCountBefore(i, slots) || i > from && v.inQuantity(i - 1)
          || QuotedNoun.afterNumber(v, i) || oneMore(i, slots) // hook (ar28): «"100" قتيل»
          || eventNounCount(i, slots)) {
        continue;
      }
      Match<SubjectForm> subj = PersonHead.orSubject(v, i); // hook (issue 16): "including a Canadian"
      if (language == Language.AR && OneCase.caseNoun(v, i, slots)) { // hook (issue 16): «وحالة لمستشفى»
        slots.add(OneCase.slot(v, i, implicit(i, i, Quantity.exact(1), false)));
      } else if (subj != null) {
        subjectCount(i, subj, slots);
      } else if (language == Language.AR && ResponseCounts.serviceDual(v, i)) { // hook (issue 16)
        slots.add(ResponseCounts.dualNoun(v, i, implicit(i, i, Quantity.exact(2), false)));
      } else if (language == Language.AR && SentList.team(v, i, slots)) { // hook (issue 16): «وفرقة»
        Quantity q = Quantity.exact(DualNouns.mayBeDual(v, i) ? 2 : 1); // «وفرقتين»: two
        slots.add(SentList.teamSlot(v, i, implicit(i, i, q, false)));
      }
    }
    LaterVerbOfOne.add(v, slots, this::oneWithCue); // hook (ar30impl): «... مما أدى لوفاته»
  }

  /**
   * AS_MANY, ONE_OF_THEM: «مثلها», "as many", «أحدهم», which count by the count before them.
   *
   * @return whether the word at {@code i} is one (then no other rule reads it)
   */
  private boolean countOfTheCountBefore(int i, List<CountSlot> slots) {
    Match<?> asMany = v.match(ImplicitCountRule.AS_MANY.trigger(lex), i);
    if (asMany != null && !AsManyAs.boundOfNumber(v, i + asMany.words())) {
      slots.add(implicit(i, i + asMany.words(), null, true));
      return true;
    }
    Match<?> one = v.match(ImplicitCountRule.ONE_OF_THEM.trigger(lex), i);
    if (one != null && v.is(i, Construction.ONE_OF)) {
      oneOf(i, slots); // hook (issue 16): «مقتل أحد عناصر الشرطة» (OneOf)
      return true;
    }
    if (one != null && language == Language.AR && KinCounts.possessedOne(v, i)) {
      return true; // hook (precision): «سيارة أحدهم» names an owner, no one counted (KinCounts)
    }
    if (one != null) { // its cue is read by CountLinkReader.ownVerbOfOne
      CountSlot s = implicit(i, i + one.words(), Quantity.exact(1), false);
      s.inheritsAll = true;
      slots.add(s);
      return true;
    }
    return false;
  }

  /**
   * ANOTHER_ONE: «وإصابة آخر» after a casualty cue, «شخص إيراني وآخر لبناني» after a count of one.
   *
   * @return whether it counted one more at {@code i}
   */
  private boolean oneMore(int i, List<CountSlot> slots) {
    Match<?> another = v.match(ImplicitCountRule.ANOTHER_ONE.trigger(lex), i);
    int cue = i > from ? v.cueStartEndingAt(i - 1) : -1;
    if (another != null && (cue >= 0 && SentenceView.isCasualty(v.cueAt(cue).value())
        && (language != Language.AR || cue < i - 1 || !v.hasArticle(cue)) // (issue 16) «المصاب الثاني»
        && (!v.is(i, Construction.RANK_BEFORE_NOUN) || v.hasArticle(i)) // «قتل أول أمس»; «وفاة الأول»
        || language == Language.EN && !slots.isEmpty() && AnotherWithVerb.at(v, i))) {
      // وإصابة آخر: one more, of the kind counted before; (issue 16) "one was killed, another injured"
      CountSlot s = implicit(i, i + another.words(), Quantity.exact(1), false);
      s.others = true;
      slots.add(s);
      return true;
    }
    if (another != null && language == Language.AR && (anotherAfterOne(i, slots)
        || AnotherInList.afterCount(v, i, slots))) { // hook (issue 16): «وسائحة إنجليزية، وأخرى مجرية»
      // (issue 16) «شخص إيراني وآخر لبناني»: one more of the one just counted, same event
      CountSlot s = implicit(i, i + another.words(), Quantity.exact(1), false);
      s.others = true;
      s.inheritsEvent = true;
      slots.add(s);
      return true;
    }
    return false;
  }

  /**
   * DUAL_EVENT_NOUN, ONE_EVENT_NOUN: an event noun that is count and event in one word.
   *
   * @return whether the word at {@code i} counted
   */
  private boolean eventNounCount(int i, List<CountSlot> slots) {
    Match<?> dual = v.match(ImplicitCountRule.DUAL_EVENT_NOUN.trigger(lex), i);
    if (dual != null) {
      slots.add(implicit(i, i, Quantity.exact(2), false)); // سقط قتيلان: the noun is count and event
      return true;
    }
    if (oneEventNoun(i, slots)) { // ImplicitCountRule.ONE_EVENT_NOUN
      slots.add(implicit(i, i, Quantity.exact(1), false)); // وجود قتيل: the noun is count and event
      return true;
    }
    return false;
  }

  /** The subject rules, at the subject noun {@code subj} at {@code i}. */
  private void subjectCount(int i, Match<SubjectForm> subj, List<CountSlot> slots) {
    // the subject rules: DUAL_SUBJECT_NEAR_CUE, AFTER_PARTITIVE, COORDINATED, then for a singular
    // person PERSON_AFTER_CUE or PERSON_THEN_CUE (singularCounts) and PERSON_BEFORE_VERB
    Lexicon.Number number = ImplicitAgreement.number(v, i, subj); // (issue 16) «أن شابا ... توفي»
    int object = number == Lexicon.Number.PLURAL ? ImplicitAgreement.objectOfVerb(v, i, subj) : -1;
    if (number == Lexicon.Number.PLURAL) { // a plural counts nothing, unless an object or a dual
      slots.addAll(object >= 0 ? List.of(oneWithCue(i, object)) : DualByAgreement.at(v, i, subj)
          ? List.of(implicit(i, i, Quantity.exact(2), false)) : List.of()); // hook (issue 16)
      return; // «جنود يقتلون فلسطينيا»: one victim; no agreement test for a plural (most words)
    }
    if (ImplicitAgreement.describesOrIsDescribed(v, i, subj) || number == Lexicon.Number.DUAL
        && subj.value().subject() == Subject.PERSON && language == Language.AR && Enumerations.enumerated(v, i)) {
      return; // (issue 16) «جنديان أمريكيان»، «جندي أمريكي واحد»، «هم مالي ... وأوكرانيان»
    }
    int among = language == Language.AR ? AmongVictims.nounBefore(v, i) : -1;
    if (among >= 0 && subj.value().subject().root() == Subject.PERSON) { // hook (issue 16): «من بين القتلى طفل»
      CountSlot s = implicit(i, i, Quantity.exact(number == Lexicon.Number.DUAL ? 2 : 1), false);
      AmongVictims.takeEvent(v, s, among);
      slots.add(s);
      return;
    }
    if (number == Lexicon.Number.DUAL && v.is(i, Construction.NAME_LIKE_DUAL)
        && !(i > from && v.cueStartEndingAt(i - 1) >= 0) && !afterPartitive(i)) {
      return; // (issue 16) «زعيم طالبان توفي»: the group's name, not two students
    }
    if (number == Lexicon.Number.DUAL
        && (eventCueNear(i, i + subj.words(), ImplicitCountRule.DUAL_CUE_WINDOW) || afterPartitive(i))) {
      slots.add(implicit(i, i, Quantity.exact(2), false));
    } else if (number == Lexicon.Number.DUAL
        && (CoordinatedSingles.coordinated(v, i) || SentList.joined(v, i, slots))) {
      CountSlot s = implicit(i, i, Quantity.exact(2), false); // وشخصين: two more of the same event
      s.inheritsEvent = true;
      slots.add(s);
    } else if (number == Lexicon.Number.SINGULAR && !(i + subj.words() < to
        && v.inQuantity(i + subj.words()) && !WoundsOfOne.startsAt(v, i + subj.words()))) {
      boolean person = subj.value().subject().root() == Subject.PERSON;
      CountSlot listed = person ? TitledList.item(v, i, subj.words(), slots) : null; // hook (issue 16)
      boolean joined = CoordinatedSingles.coordinated(v, i)
          && !AdjectiveConjunct.describes(v, i, slots) // hook (ar28)
          || SentList.joined(v, i, slots) // hook (issue 16): «وطائرة إسعاف»
          || listed != null; // «، والمجند محمد»: TitledList
      if (person && (singularCounts(i, subj.words(), !slots.isEmpty())
          || afterPartitive(i) && !namedAfterPossessed(i, subj.words())) || joined) {
        CountSlot s = implicit(i, i, Quantity.exact(1), false);
        s.inheritsEvent = joined;
        s.listedAfter = listed;
        slots.add(s);
      } else if (person && language == Language.AR) {
        int verb = OneVictimVerb.after(v, i + subj.words());
        if (verb >= 0) {
          slots.add(oneWithCue(i, verb)); // المسلح، الذي لقي مصرعه
        }
      }
    }
  }

  /** A count of one at {@code i} whose event is that of the cue at {@code cue}. */
  private CountSlot oneWithCue(int i, int cue) {
    CountSlot s = implicit(i, i, Quantity.exact(1), false);
    s.event = v.cueAt(cue).value();
    s.cueFrom = cue;
    s.cueTo = Math.min(to, cue + v.cueAt(cue).words());
    return s;
  }

  /**
   * «وجود قتيل», «العثور على جثة طفل»: a singular event noun of the constructions that counts one
   * by itself; not after a number, not in a breakdown («بين قتيل وجريح»: after «بين» or before «و»
   * and another event noun) and not after «كل» (لكل قتيل: a rate).
   */
  private boolean oneEventNoun(int i, List<CountSlot> slots) {
    if (language == Language.EN || v.nounAt(i) == null) {
      return false;
    }
    Match<Construction> m = v.match(lex.constructions, i);
    if (m == null || i > from && v.inQuantity(i - 1) || !BareEventNouns.countsOne(m.value())) {
      return false;
    }
    if (m.value() == Construction.ONE_BARE_NOUN || m.value() == Construction.ONE_JOINED_NOUN) {
      return BareEventNouns.counts(v, i, m, slots) || DefiniteVictim.ofOwner(v, i, m); // hook (issue 16)
    }
    if (v.hasArticle(i)) {
      // «ونقلت الجثة إلى المشرحة»: the definite noun names one counted before in the sentence
      for (CountSlot s : slots) {
        if (s.from < i) {
          return false;
        }
      }
    }
    if (i > from && w.isWord(i - 1) && v.nounStartEndingAt(i - 1) >= 0
        && !BareEventNouns.afterOne(v, i, slots)) { // hook (issue 16): «قتيل وجريح»
      return false; // بين قتيل وجريح: the second of a breakdown
    }
    if (m.value() == Construction.ONE_BODY_NOUN && !BodiesFound.counts(v, i, m.words())) {
      return false; // a body counts a death where the sentence tells of one or finds it
    }
    if (i > from && w.isWord(i - 1) && lex.words.noSingleCountAfter.has(w, i - 1)) {
      return false; // بين قتيل، لكل قتيل
    }
    int next = i + m.words();
    return !(next < to && w.isWord(next) && w.charAt(next, 0) == '\u0648' && v.nounAt(next) != null)
        || BareEventNouns.joinsOne(v, next); // hook (issue 16): «سقوط قتيل ومصاب»
  }

  /**
   * (issue 16, {@link DualNouns}) A word no index knows that is the dual of a singular noun of
   * people («الشقيقان»، «سائقين»), next to an event cue, counts two of them.
   */
  private void dualByForm(int i, List<CountSlot> slots) {
    if (language != Language.AR || w.keys(i) != 0 || !DualNouns.mayBeDual(v, i) || v.inQuantity(i)
        || i > from && v.inQuantity(i - 1)) {
      return;
    }
    int among = AmongVictims.nounBefore(v, i); // hook (issue 16): «ومن بين المعتقلين القياديان»
    if (among < 0 && !eventCueNear(i, i + 1, 3) || Enumerations.enumerated(v, i)) {
      return; // the scan back for an enumeration last: most such words have no cue near
    }
    Subject dual = DualNouns.dualOf(v, i);
    if (dual == null) {
      return;
    }
    CountSlot s = implicit(i, i, Quantity.exact(2), false);
    s.subject = dual;
    s.subjectKnown = true;
    s.nounFrom = i;
    s.nounTo = i + 1;
    if (among >= 0) {
      AmongVictims.takeEvent(v, s, among);
    }
    slots.add(s);
  }

  /**
   * (issue 16, {@link OneOf}) «مقتل أحد عناصر الشرطة»: «أحد» before a plural of people, next to an
   * event cue, counts one of them.
   */
  private void oneOf(int i, List<CountSlot> slots) {
    int noun = OneOf.nounAfter(v, i);
    if (noun >= 0 && language == Language.AR && eventCueNear(i, noun + 1, 3)) {
      CountSlot s = implicit(noun, noun, Quantity.exact(1), false);
      s.quantitySpan = new Span(w.spanStart(i), w.spanEnd(noun));
      slots.add(OneOf.withPossessedSubject(v, s, noun)); // hook (issue 16): «مقتل أحد جنودها»
    }
  }

  private CountSlot implicit(int start, int end, Quantity q, boolean asMany) {
    Span span = new Span(w.spanStart(start), w.spanEnd(Math.max(start, end - 1)));
    CountSlot s = new CountSlot(start, end, q, span, false);
    s.inheritsQuantity = asMany;
    return s;
  }

  /**
   * Whether «وآخر» at {@code i} follows, with at most one describing word between, a count of one
   * just read (a singular noun: «شخص إيراني وآخر لبناني»).
   */
  private boolean anotherAfterOne(int i, List<CountSlot> slots) {
    if (slots.isEmpty() || w.charAt(i, 0) != '\u0648' || (w.stemMask(i) & 2) == 0) {
      return false;
    }
    CountSlot last = slots.get(slots.size() - 1);
    return last.quantity != null && last.quantity.value() != null && last.quantity.value() == 1
        && last.from < i && last.from >= i - 2 && w.isWord(i - 1);
  }

  /**
   * «من بينهم زوجته إيفون ريني»: a possessed noun (a pronoun suffix) followed by a word no lexicon
   * knows, a name, enumerates a named member of the count before, which is no count of its own.
   */
  private boolean namedAfterPossessed(int i, int words) {
    if (language == Language.EN || i + words >= to || !w.isWord(i + words)
        || w.keys(i + words) != 0) {
      return false;
    }
    return lex.words.possessiveSuffixes.endsOne(w, i);
  }

  /** «بينهم شرطي»: a singular noun right after "of them" is one of them. */
  private boolean afterPartitive(int i) {
    return i > from && w.isWord(i - 1) && v.match(lex.partitive, i - 1) != null;
  }

  /**
   * A dual noun is a count of two; it is a claim when an event cue governs it closely (قتل شرطيان،
   * الدفع بسيارتين).
   */
  private boolean eventCueNear(int nounFrom, int nounTo, int window) {
    int start = nounFrom;
    for (int j = nounFrom - 1; j >= Math.max(from, start - window); j--) {
      if (v.cueStartEndingAt(j) >= 0) {
        return true;
      }
      if (!w.isWord(j)) {
        int open = language == Language.AR && v.isComma(j) ? ClauseBounds.insertionStart(v, j) : -1;
        if (open < 0) {
          break;
        }
        start -= j - open + 1; // (issue 16) «ألقت القبض، أول من أمس، على شخصين»: skip the insertion
        j = open;
      }
    }
    for (int j = nounTo; j < Math.min(to, nounTo + window); j++) {
      if (v.cueAt(j) != null) {
        return true;
      }
      if (!w.isWord(j)) {
        break;
      }
    }
    return false;
  }

  /**
   * A singular person noun counts one when a casualty cue stands right before it (مقتل جندي،
   * أصيب شرطي), or, in English, after "a"/"an"/"one" with a casualty cue close after.
   */
  private boolean singularCounts(int i, int words, boolean countRead) {
    if (language == Language.EN) {
      return EnglishSingular.countsOne(v, i, words, countRead);
    }
    if (i == from) {
      return false;
    }
    int cueStart = v.cueStartEndingAt(AdverbBeforeSubject.cueEnd(v, i));
    return cueStart >= 0 && SentenceView.isCasualty(v.cueAt(cueStart).value())
        && !(i + words < to && w.isWord(i + words) && v.match(lex.others, i + words) != null
            && v.match(lex.anotherOne, i + words) == null); // (issue 16) «قتل جندي آخر» is one more
  }

}
