package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * The counted-noun rule family: what a count counts.
 *
 * <ul>
 *   <li>The noun right after the number, or after the partitive «من» / "of" (8 من القوات الأمنية;
 *       dozens of protesters); an event noun there (قتلى، جرحى) is both the counted thing and the
 *       event. With no noun the count is of people ({@link #findNoun}).
 *   <li>«آخرين/آخرون» (others) keeps the subject of the count before it.
 *   <li>An unknown noun in a sound masculine or nisba plural (مصريين، مسعفين) counts people.
 *   <li>«N X من Y»: a generic or unknown noun X taken from a known group Y counts members of Y (20
 *       تشكيلا من قوات الأمن).
 *   <li>Arabic puts one and two after the noun (شخص واحد); a one that only describes a noun counts
 *       nothing (أسرة واحدة; {@link #adjectivalOne}).
 *   <li>A bound after the noun (خمسة أشخاص على الأقل) bounds the count ({@link #boundAfterNoun}).
 *   <li>English: up to two describing words before the noun ({@link EnglishModifiers}: "12 U.S.
 *       soldiers"); the head of a compound ("49 army recruits"); a determiner after "of" ("one of
 *       the soldiers"); describing words before the group of «N X of Y» ("two companies of the
 *       state armed police"); an unknown plural, of one or two words, is a guess of people that
 *       {@link UnknownPluralRule} keeps only with a verb tied to it; a count right before its cue
 *       ("one killed in firing") is no describing one.
 * </ul>
 *
 * <p>Hook point for a new noun construction: {@link #findNoun}, before its fallback to an
 * unknown word.
 */
final class CountedNounReader extends RuleReader {

  CountedNounReader(SentenceView view) {
    super(view);
  }

  /**
   * Whether a one or two written in words follows a noun it only describes (من أسرة واحدة، في
   * يوم واحد): not a count. After a counted noun (شخص واحد), a cue (وأصيب اثنان) or «منهم» it
   * counts.
   */
  boolean adjectivalOne(CountSlot s) {
    if (!s.numeral || s.quantity.value() == null || s.quantity.value() > 2 || s.subjectKnown
        || s.from == from || !w.isWord(s.from - 1) || !w.isWord(s.from)) {
      return false;
    }
    if (language == Language.EN && EnglishBareCount.beforeItsVerb(v, s)) {
      return false; // "... paralysed, one killed in firing": English puts a count before its verb
    }
    int j = s.from - 1;
    return v.subjectAt(j) == null && v.nounStartEndingAt(j) < 0
        && v.cueStartEndingAt(j) < 0 && v.match(lex.functionWords, j) == null
        && v.match(lex.partitive, j) == null && v.match(lex.conjunctions, j) == null
        && v.match(lex.attribution, j) == null;
  }

  /** «خمسة أشخاص على الأقل»: a bound written after the counted noun. */
  void boundAfterNoun(CountSlot s) {
    int i = s.end();
    if (i >= to || !w.isWord(i) || s.quantity.kind() != QuantityKind.EXACT) {
      return;
    }
    Match<QuantityKind> m = v.match(lex.boundsAfterNoun, i);
    if (m == null || i + m.words() < to && v.inQuantity(i + m.words())) {
      return; // (en26dev8) "kills 18 at least 18 miners": the bound opens the next count
    }
    long v = s.quantity.value();
    s.quantity = m.value() == QuantityKind.AT_LEAST ? Quantity.atLeast(v) : Quantity.approximate(v);
    s.nounTo = Math.max(s.nounTo, i + m.words());
  }

  /**
   * Finds the counted noun of a count: after its numerals (past a bound between: «13 على الأقل من
   * أفراد الجيش»), before a one or two written in words (شخص واحد), or the noun of an implicit
   * count itself.
   */
  void findNoun(CountSlot s) {
    if (s.inheritsAll) {
      return; // «أحدهم» names its noun by the count before
    }
    int i = s.numeral ? s.countTo : s.from;
    if (i < s.to && (!w.isWord(i) || v.match(lex.functionWords, i) != null)) {
      i = s.to; // «13 على الأقل من أفراد الجيش»: the bound stands between number and noun
    }
    if (!s.numeral && s.inheritsQuantity) {
      i = s.to;
    }
    if (!s.numeral && !s.inheritsQuantity && !s.inheritsAll) {
      implicitNoun(s, i);
      return;
    }
    if (Agreement.readDescribed(v, s, this) || Agreement.readDefinite(v, s, this)) {
      return; // (issue 16) «جندي أمريكي واحد»، «الجنود الثلاثة»: the noun before agrees (Agreement)
    }
    if (s.numeral && s.from > from && w.isWord(s.from - 1) && v.subjectAt(s.from - 1) != null
        && !v.inQuantity(s.from - 1) && s.quantity.value() != null && s.quantity.value() <= 2
        && !Agreement.wawOnWord(w, s.from)) {
      // (issue 16) «خمسة عسكريين واثنين من المهاجمين»: with «و», a count of its own
      // Arabic puts one and two after the noun as adjectives: شخص واحد، مجندين اثنين
      Match<SubjectForm> m = v.subjectAt(s.from - 1);
      setSubject(s, s.from - 1, m);
      s.nounFrom = s.from - 1;
      return;
    }
    if (oneAfterEventNoun(s)) {
      return; // hook (issue 16): «حالة إصابة واحدة»، «وفاة واحدة»
    }
    nounAfter(s, QuotedNoun.skip(w, from, to, s, i)); // «7» متوفين; (issue 16) 141 "شهيداً"
  }

  /**
   * (issue 16, {@link UnknownVictims}) «مصرع 2 أشقياء»: an unknown noun right after a cue of
   * killing or injury counts people.
   */
  void unknownVictims(Event event, CountSlot s) {
    if (!s.subjectKnown && s.subject == Subject.OTHER && language == Language.AR
        && UnknownVictims.victims(v, event, s.cueFrom, s.cueTo, s.from, s.nounFrom)) {
      s.subject = Subject.PERSON;
    }
  }


  /**
   * (issue 16) «حالة إصابة واحدة»، «وفاة واحدة»: a one or two written as one word right after an
   * event noun counts people of that event, with the noun as its cue.
   */
  private boolean oneAfterEventNoun(CountSlot s) {
    if (!s.numeral || language != Language.AR || s.from == from || !w.isWord(s.from - 1)
        || v.nounStartEndingAt(s.from - 1) < 0 || v.inQuantity(s.from - 1)
        || s.quantity.value() == null || s.quantity.value() > 2 || s.to != s.from + 1
        || !w.isWord(s.from) || Agreement.wawOnWord(w, s.from)) {
      return false;
    }
    int n = v.nounStartEndingAt(s.from - 1);
    s.event = v.nounAt(n).value();
    s.cueFrom = n;
    s.cueTo = s.from;
    s.nounFrom = n;
    s.nounTo = s.from;
    s.subject = Subject.PERSON;
    s.subjectKnown = true;
    return true;
  }

  /**
   * The noun of a count read from word {@code i} on: a lexicon noun, «آخرين», a noun after «من» /
   * "of", in English one describing word or two later, else an unknown word, counted as people
   * when it has the form of a human plural.
   */
  private void nounAfter(CountSlot s, int i) {
    i = language == Language.EN ? StrengthCount.nounAfterHyphen(v, i) : i; // a 2,800-strong force
    i = language == Language.EN ? EnglishNounHead.unitAfterMore(v, i) : i; // (en29recall)
    if (i >= to || !w.isWord(i) || v.startsClause(i)) {
      return; // مقتل العشرات وإصابة المئات: what follows و is the next clause, not the noun
    }
    if (language == Language.AR && GroupMembers.read(this, v, s, i)) {
      return; // hook (issue 16): «12 من عناصر القوات المسلحة»، «3 آخرين من الشرطة» (GroupMembers)
    }
    if (language == Language.EN) {
      i = EnglishNounHead.compoundHead(v, i);
    }
    if (nounHere(s, i)) {
      if (s.subject == Subject.PERSON && s.cueFrom != s.nounFrom) {
        GroupMembers.memberOf(v, s, s.nounTo); // 20 شخصا من المتظاهرين
      }
      return;
    }
    Match<Boolean> others = v.match(lex.others, i);
    if (others != null) {
      s.others = true;
      // "20 others were injured": the event is looked for after the word, as after a noun
      s.nounFrom = s.nounFrom < 0 ? i : s.nounFrom;
      s.nounTo = Math.max(s.nounTo, i + others.words());
      int next = i + others.words();
      if (language == Language.EN && next < to && w.isWord(next) && v.subjectAt(next) != null
          && v.nounAt(next) == null && !v.is(next, Construction.LIFE_NOUN)) {
        // (issue 16) "two other policemen", "two more soldiers": the noun after the word is the
        // count's own subject, not the count's before it
        int nounFrom = s.nounFrom;
        setSubject(s, next, v.subjectAt(next));
        s.nounFrom = nounFrom;
        s.nounTo = next + v.subjectAt(next).words();
      }
      return;
    }
    boolean partitiveOf = lex.words.of.has(w, i);
    if (partitiveOf && i + 1 < to && w.isWord(i + 1)) {
      if (nounHere(s, i + 1) || EnglishModifiers.ofWord(v, i + 1) && nounAfterModifiers(s, i + 1)) {
        return; // (en19crowd) "hundreds of Iraqi troops": describing words after "of"
      }
      if (language == Language.EN && lex.words.partitiveDeterminers.has(w, i + 1) && i + 2 < to
          && w.isWord(i + 2) && (v.subjectAt(i + 2) != null || v.nounAt(i + 2) != null)
          && nounHere(s, i + 2)) {
        return; // "one of the soldiers", "three of these bodies": the partitive with a determiner
      }
      if (language == Language.EN && partOfCount(s, i + 1)) {
        return; // "one of the three wounded": a part of the count after it
      }
      Match<Boolean> ofOthers = v.match(lex.others, i + 1);
      if (ofOthers != null) {
        s.others = true; // "dozens of others were injured"
        s.nounFrom = i;
        s.nounTo = i + 1 + ofOthers.words();
        return;
      }
      int thing = language == Language.EN ? PartitiveThings.head(v, i + 1) : -1;
      if (thing >= 0) {
        // "destroyed hundreds of houses", (en28prec) "one of the major mosques": no people
        s.nounFrom = i + 1;
        s.nounTo = thing + v.match(lex.nonHumanPlurals, thing).words();
        s.subject = Subject.OTHER;
        s.subjectKnown = false;
        return;
      }
    }
    if (language == Language.EN && nounAfterModifiers(s, i)) {
      return;
    }
    if (v.cueAt(i) != null || v.match(lex.functionWords, i) != null
        || v.match(lex.partitive, i) != null || v.match(lex.conjunctions, i) != null) {
      return; // no noun: قتل 3 وأصيب 10; مقتل 23 وجرح 21 إضافة إلى ...
    }
    if (v.prepositionalPhrase(i)) {
      return; // إصابة 7 بالخرطوش، مصرع 3 للمرة: a preposition with the article opens no noun
    }
    unknownNoun(s, i);
  }

  /**
   * "one of the three wounded": after "of" and a determiner, a count and its event noun; the part
   * counts from that noun, and takes an event only from a verb of its own after it ({@link
   * EventCueReader#ownVerbOfPart}): "34 of the 54 bodies have been identified" counts no dead.
   *
   * @param k the token after "of"
   * @return whether the noun was found
   */
  private boolean partOfCount(CountSlot s, int k) {
    int q = lex.words.partitiveDeterminers.has(w, k) ? k + 1 : k;
    if (q >= to || !v.inQuantity(q)) {
      return false;
    }
    int e = q;
    while (e < to && v.inQuantity(e)) {
      e++;
    }
    if (e < to && w.isWord(e) && v.nounAt(e) != null && nounHere(s, e)) {
      s.partOfCount = true;
      return true;
    }
    return false;
  }

  /**
   * An English noun after up to two describing words ("12 U.S. soldiers", "three high-ranking\Iraqi
   * officers": {@link EnglishModifiers} reads the abbreviations and line breaks of wire copy).
   *
   * @return whether a noun was found
   */
  private boolean nounAfterModifiers(CountSlot s, int i) {
    int j = i;
    for (int k = 1; k <= 2 && j < to && w.isWord(j); k++) {
      if (v.cueAt(j) != null || v.match(lex.functionWords, j) != null) {
        return false;
      }
      int next = EnglishModifiers.after(v, j);
      if (next + 1 < to && lex.words.and.has(w, next) && !v.humanPlural(j) && w.isWord(next + 1)
          && !v.inQuantity(next + 1) && v.cueAt(next + 1) == null
          && v.match(lex.functionWords, next + 1) == null && v.match(lex.others, next + 1) == null) {
        next++; // "150 bjp and vhp workers": two describing words joined
      }
      if (next < to && w.isWord(next) && nounHere(s, next)) {
        return true;
      }
      j = next;
    }
    return false;
  }

  /**
   * An unknown word as the noun: a member of a known group after it; in English no noun right
   * after a toll verb (the toll counts the dead); a person if it has the form of a human plural (in
   * English a guess {@link UnknownPluralRule} checks, also for a noun of two or three words: "81
   * kar sevaks"), otherwise something else.
   */
  void unknownNoun(CountSlot s, int i) {
    s.nounFrom = i;
    s.nounTo = i + 1;
    if (GroupMembers.memberOf(v, s, i + 1)) {
      return; // 20 تشكيلا من قوات الأمن، 330 فردا من القوات المسلحة
    }
    if (language == Language.EN && s.from > from
        && (TollUpTo.tollRightBefore(v, s) || HeadlineCount.noNoun(v, s, i))) { // (issue 16)
      s.nounFrom = -1; // "the death toll rises to 1,500 Relief supplies ...": a toll counts the dead
      s.nounTo = -1;
    } else if (v.humanPlural(i) || nisbaAfterHundreds(s, i)) {
      s.subject = Subject.PERSON;
      s.subjectKnown = false;
      s.pluralGuess = language == Language.EN; // UnknownPluralRule, once the event is found
    } else if (language == Language.EN && EnglishNounHead.unknownHead(v, i) > 0) {
      // UnknownPluralRule: a noun of two or three words no lexicon knows ("81 kar sevaks",
      // "eight Roman Catholic priests")
      s.nounTo = EnglishNounHead.unknownHead(v, i) + 1;
      s.subject = Subject.PERSON;
      s.subjectKnown = false;
      s.pluralGuess = true;
    } else {
      s.subject = Subject.OTHER;
      s.subjectKnown = false;
    }
  }

  /**
   * (issue 16) «أكثر من 400 شيعي قتلوا»: after a round hundred or thousand Arabic counts with a
   * singular noun, and a singular in «ي» no lexicon knows is a nisba of people (شيعي، سني، قروي),
   * read as people as a plural form is: only a cue makes it a claim.
   */
  private boolean nisbaAfterHundreds(CountSlot s, int i) {
    Long n = s.quantity == null ? null : s.quantity.value();
    int len = w.length(i);
    return language == Language.AR && n != null && n >= 100 && n % 100 == 0 && len >= 4
        && w.charAt(i, len - 1) == '\u064A' && w.charAt(i, len - 2) != '\u064A'
        && v.match(lex.nonHumanPlurals, i) == null;
  }

  /** The implicit count is the noun itself: a dual or singular subject, or an event noun (جثة طفل). */
  private void implicitNoun(CountSlot s, int i) {
    if (i >= to) {
      return;
    }
    Match<SubjectForm> m = v.subjectAt(i);
    if (m == null && v.nounAt(i) != null) {
      nounHere(s, i); // a dual event noun, or a singular one (وجود قتيل)
      int next = s.nounTo;
      if (next < to && w.isWord(next) && v.subjectAt(next) != null
          && v.subjectAt(next).value().number() == Lexicon.Number.SINGULAR
          && v.subjectAt(next).value().subject().root() == Subject.PERSON) {
        setSubject(s, next, v.subjectAt(next)); // جثة طفل
      }
      return;
    }
    setSubject(s, i, m);
    if (language == Language.AR && s.subject == Subject.PERSON && s.nounTo > 0) {
      GroupMembers.memberOf(v, s, s.nounTo); // (issue 16) «مقتل عنصرين من الشرطة»: two of the police
    }
  }

  boolean nounHere(CountSlot s, int i) {
    Match<SubjectForm> m = v.subjectAt(i);
    Match<Event> noun = v.nounAt(i);
    if (noun != null && (m == null || noun.words() >= m.words())) {
      s.event = noun.value();
      s.cueFrom = i;
      s.cueTo = i + noun.words();
      s.nounFrom = i;
      s.nounTo = i + noun.words();
      s.subject = Subject.PERSON;
      s.subjectKnown = true;
      EventNounBeforeSubject.apply(v, s, this); // hook (en29prec): "four injured policemen"
      int j = s.nounTo;
      int r = GroupMembers.ranks(v, j); // (ar29prec) «في صفوف»، «من صفوف»
      int k = j + (r > 0 ? r : j < to && lex.words.among.has(w, j) ? 1 : 0);
      if (k > j && k < to && w.isWord(k) && v.subjectAt(k) != null) {
        setSubject(s, k, v.subjectAt(k)); // «قتلى من المدنيين»، «13 قتيلا في صفوف العسكريين»
      }
      return true;
    }
    if (m != null) {
      setSubject(s, i, m);
      return true;
    }
    return false;
  }

  void setSubject(CountSlot s, int i, Match<SubjectForm> m) {
    if (m == null) {
      return;
    }
    s.subject = m.value().subject();
    s.subjectKnown = true;
    s.nounFrom = Math.min(i, s.nounFrom < 0 ? i : s.nounFrom);
    s.nounTo = Math.max(i + m.words(), s.nounTo);
    int j = s.nounTo;
    if (s.event == null && j + 1 < to && lex.words.eventOf.has(w, j) && w.isWord(j + 1)
        && v.nounAt(j + 1) != null) {
      // 7 حالات من المصابين: the event noun after من names what the count is
      Match<Event> noun = v.nounAt(j + 1);
      s.event = noun.value();
      s.cueFrom = j + 1;
      s.cueTo = j + 1 + noun.words();
      s.nounTo = s.cueTo;
    }
  }

}
