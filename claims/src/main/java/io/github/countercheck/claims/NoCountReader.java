package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * The no-count and agreement rule family: numbers that are no claims, and the event made to fit
 * what is counted.
 *
 * <ul>
 *   <li><b>Ratios.</b> A term of a ratio is no count: «1 من 800», «واحد من كل عشرة», "one in
 *       800", the base after «لكل» / "per" ({@link #ratio}).
 *   <li><b>Day labels.</b> «اليوم 3 من الاحتجاجات», "day 3 of the protests": a number between a
 *       day word and «من» / "of" names a day, unless people follow; a number before «من الشهر»
 *       names a day of the month; a number opening the sentence before «-» or «)» numbers a list
 *       item; a number of two digits after a war's name is its year («حرب 56»; {@link #dayLabel}).
 *   <li><b>Rates.</b> An event named as a rate (نسبة الوفيات، "the death rate"; 3 حالات لكل ألف) is
 *       no count ({@link #rate}).
 *   <li><b>Event and subject agree.</b> Deployments are of forces, aircraft and vehicles; a crowd
 *       of forces is a deployment; casualties are people ({@link #agree}).
 * </ul>
 *
 * <p>Hook point for a new kind of number that is no count: a test here, called where {@link
 * SentenceReader#read} drops {@code ratio} and {@code dayLabel} (before resolution) or {@code rate}
 * (after it).
 */
final class NoCountReader {
  private final SentenceView v;
  private final TokenWords w;
  private final Lexicon lex;
  private final int from;
  private final int to;

  NoCountReader(SentenceView view) {
    this.v = view;
    this.w = view.w;
    this.lex = view.lex;
    this.from = view.from;
    this.to = view.to;
  }

  /**
   * (issue 16, {@link Postposed}) Whether an Arabic number only describes or scores: «في مدن عدة»,
   * «بالتعادل 2-2».
   */
  boolean postposed(CountSlot s) {
    return v.language == Language.AR
        && (Postposed.severalAfterNoun(v, s.from, s.to) || Postposed.score(v, s.from, s.to));
  }

  /**
   * (issue 16) The event a casualty count claims when it counts no casualties: infections («300
   * إصابة بالحصبة», «تصيب الملاريا 200 مليون شخص», {@link DiseaseCases}), releases and rescues
   * («إخلاء سبيل 8 من المقبوض عليهم», «إنقاذ شخصين من الغرق», "the release of 500 prisoners",
   * {@link Releases}), the dead and injured together («عشرات القتلى والجرحى», {@link
   * MixedCasualties}), competitors taking part («عدد المشاركين 130 لاعبا», {@link #competitors}),
   * people taking part in what is no crowd («شارك 5000 عامل في الحفر», {@link TakingPart}),
   * crowds released («الإفراج عن 12 متظاهرا»),
   * people staying in relief camps ("nearly 100,000 refugees at the relief camps", {@link
   * CampCounts}), a family's size, the kin of victims and a cue in an idiom of another sense («أم
   * لثلاثة أطفال», «العشرات من أهالي الضحايا», "wound their way", {@link KinCounts}), and people
   * trapped or held hostage («احتجاز شخصين بداخل بئر»), a loss that is no one missing («فقدان
   * اللاعب ... وعيه», {@link Trapped}) and, in Arabic, a crowd of a handful («سجن 4 متظاهرين»,
   * {@link TakingPart#tooFew}) are OTHER. In English a
   * release is no arrest only when the count has no verb of its own after its noun ("release nine
   * men arrested" is one).
   */
  Event notCasualty(Event event, CountSlot s) {
    if (event == Event.ARRESTED && s.cueFrom >= from && s.cueFrom <= s.from
        && (s.cueFrom > from && w.isWord(s.cueFrom - 1)
                && v.is(s.cueFrom - 1, Construction.ARREST_PENDING) // «جاري ضبطهما» (HeldPair)
            || v.is(s.cueFrom, Construction.ARREST_PURPOSE) // (ar29prec) «جهودها للقبض على 7»
            || s.cueFrom < s.from && (warrant(s) || ArrestOrdered.ordered(v, s)
                || InAbsentia.ordered(v, s)))) {
      return Event.OTHER; // «بسرعة ضبط المتهم الهارب», «وجار ضبط الجناة»: no arrest made yet
    }
    if (event == Event.PARTICIPATED && TakingPart.buried(v, s)) {
      return NoCountReader.agree(Event.KILLED, s); // «تشييع جنازات خمسة»: the dead buried
    }
    if ((event == Event.ARRESTED || event == Event.PARTICIPATED) && Releases.released(v, s.from)
            && (v.language == Language.AR || s.cueFrom < Math.max(s.to, s.nounTo))
        || event == Event.ARRESTED && DetaineesMoved.moved(v, s) // (ar29dev9) «معتقلين نقلوا»
        || (event == Event.KILLED || event == Event.MISSING || event == Event.PARTICIPATED)
            && Releases.rescued(v, s.from)
        || event == Event.PARTICIPATED && (competitors(s) || TakingPart.noCrowd(v, s)
            || TakingPart.crowdsCounted(v, s)) // (ar28people) «نظمت 5 مظاهرات»
        || event == Event.KILLED && sentenced(s)
        || event != Event.OTHER && (KinCounts.familySize(v, s) || KinCounts.relatives(v, s)
            || KinCounts.idiom(v, s))
        || event == Event.KILLED && KinCounts.pastDeathOfKin(v, s)) {
      return Event.OTHER; // KinCounts: «أم لثلاثة أطفال», «العشرات من أهالي الضحايا», "wound their way"
    }
    if (v.language != Language.AR) {
      return SentenceView.isCasualty(event) && (MixedCasualties.pairedCues(v, s)
          || Possibility.possible(v, s)) // (en28prec) "what if 10 were killed"
          || event != Event.OTHER && OneAfterCopula.member(v, s) // (en29prec) "he was one of"
          || event == Event.PARTICIPATED && AttackingForce.attacking(v, s) // (en29prec) "200 fighters stormed"
          || event != Event.OTHER && CueAdjectiveOfThings.ofThings(v, s) // (en29prec) "58,000 missing ballots"
          || SentenceView.isCasualty(event) && DoerBeforeObject.doer(v, s) // (en29prec) "a policeman arrested the suspect"
          || CampCounts.inCamps(v, s, event) ? Event.OTHER : event; // (en28prec) in relief camps
    }
    if (SentenceView.isCasualty(event) && (accusedOf(s) || Possibility.possible(v, s)
        || Defendants.acrossTrial(v, s))
        || event == Event.ARRESTED && Trapped.trapped(v, s) // «احتجاز شخصين بداخل بئر»
        || event == Event.MISSING && Trapped.lostThing(v, s) // «فقدان اللاعب ... وعيه»
        || event == Event.KILLED && Trapped.heard(v, s) // «تنتهي من سماع 6 من ضحايا»
        || event == Event.PARTICIPATED && TakingPart.tooFew(s) // «سجن 4 متظاهرين»: no crowd
        || event == Event.INJURED && (DiseaseCases.infection(v, s.countTo, s.nounTo)
            || DiseaseCases.carrier(v, s) || WoundsOfOne.of(v, s)) // «أصيب تاجر بعدة إصابات»
        || (event == Event.KILLED || event == Event.INJURED) && DiseaseCases.ownDisease(v, s)
        || SentenceView.isCasualty(event) && (MixedCasualties.mixed(v, s.end())
            || MixedCasualties.joinedNouns(v, s) || MixedCasualties.pairedVerbs(v, s)
            || MixedTolls.pairedNouns(v, s) // hook (ar29cas)
            || MixedTolls.splitAfterVerb(v, s) // hook (ar29cas): «21 شخصا سقطوا ما بين قتيل وجريح»
            || s.numeral && MixedCasualties.possessed(v, s.from))) {
      return Event.OTHER; // (issue 16) «50 شخصا بين قتيل وجريح»: MixedCasualties
    }
    return event;
  }

  /**
   * (issue 16) «أمرت النيابة بضبط وإحضار 28 متهما»: a word of a warrant (the lexicon's {@code
   * constructions.ARREST_WARRANT}: «وإحضار») right after the count's arrest cue, alone or after a
   * «و» of its own («ضبط و إحضار»), and before the count: an arrest ordered, none made.
   */
  private boolean warrant(CountSlot s) {
    int k = s.cueFrom + 1;
    if (k < s.from && w.isWord(k) && !v.is(k, Construction.ARREST_WARRANT)
        && v.lex.words.and.has(w, k)) {
      k++; // «ضبط و إحضار»
    }
    return k < s.from && w.isWord(k) && v.is(k, Construction.ARREST_WARRANT);
  }

  /** How many words before an execution cue a sentence may stand («قضت محكمة جنايات بورسعيد بإعدام»). */
  static final int SENTENCE_REACH = 6;

  /**
   * «قضت محكمة جنايات بورسعيد بإعدام 21 متهما», "sentenced five nurses to death": the count's cue
   * puts to death (the lexicon's {@code constructions.EXECUTION}) and a sentence or a demand
   * ({@code constructions.SENTENCE}) stands at most {@link #SENTENCE_REACH} words before it, with
   * no mark between: the people counted are sentenced, no dead («أعدمت السلطات 3 مدانين» are).
   * (issue 16) So are those a verdict is given to: a lone «ل» right before the count, after the
   * execution cue (a headline's «الإعدام لـ21 متهما والسجن لـ5 آخرين»).
   */
  private boolean sentenced(CountSlot s) {
    if (s.cueFrom < 0 || !v.is(s.cueFrom, Construction.EXECUTION)) {
      return false;
    }
    if (s.cueFrom < s.from - 1 && w.isWord(s.from - 1) && w.length(s.from - 1) == 1
        && w.charAt(s.from - 1, 0) == '\u0644') {
      return true; // (issue 16) «الإعدام لـ21 متهما والسجن لـ5»: a verdict given to the people
    }
    for (int k = s.cueFrom - 1; k >= Math.max(from, s.cueFrom - SENTENCE_REACH); k--) {
      if (!w.isWord(k)) {
        return false;
      }
      if (v.is(k, Construction.SENTENCE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «12 متهما بقتل المتظاهرين», «5 أشخاص بتهمة قتل شرطي»: the cue after a count follows an
   * accusation (the lexicon's {@code constructions.ACCUSATION}: «متهم، بتهمة، للاشتباه في»), which
   * may be the count's own noun: it says what the people counted are charged with, no fate of
   * theirs.
   */
  private boolean accusedOf(CountSlot s) {
    if (s.cueFrom < s.to) {
      return false;
    }
    int start = s.nounFrom >= s.to ? s.nounFrom : s.to;
    return v.accusedAct(s.cueFrom, start);
  }

  /**
   * Whether the claim of a count names competitors (the lexicon's {@code constructions.PLAYER}:
   * «لاعب، متسابق»; "players", "athletes") among its words or right before its number: a team or
   * a field taking part, no crowd («وانضم اللاعبون الـ4»، "120 athletes took part").
   */
  private boolean competitors(CountSlot s) {
    int lo = s.cueFrom >= 0 ? Math.min(s.from, s.cueFrom) : s.from;
    int hi = Math.max(s.end(), s.cueTo);
    for (int j = Math.max(from, lo - 1); j < Math.min(to, hi); j++) {
      if (w.isWord(j) && v.is(j, Construction.PLAYER)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a number is a term of a ratio, not a count: «1 من 800», «واحد من كل عشرة», "one in
   * 800", or the base after «لكل», "per".
   */
  boolean ratio(CountSlot s) {
    for (int i = s.from; i + 2 < s.to; i++) {
      if (isOne(i) && isOutOf(i + 1) && v.inQuantity(i + 2)) {
        return true; // a range read across two ratios: «بين 1 من 800 إلى 1 من 1000»
      }
    }
    int j = s.to;
    if (s.quantity.value() != null && s.quantity.value() == 1 && j + 1 < to && isOutOf(j)) {
      j++;
      if (j + 1 < to && isEvery(j)) {
        j++;
      }
      if (v.inQuantity(j)) {
        return true;
      }
    }
    int k = s.from - 1;
    if (k < from) {
      return false;
    }
    if (isOutOf(s.from) && v.inQuantity(k)) {
      k = s.from; // a range that opens with «من»: «1 من 800 إلى 1 من 1000»
    }
    if (!w.isWord(k)) {
      return false;
    }
    if (lex.words.per.has(w, k)) {
      return true; // لكل 100 ألف
    }
    if (isEvery(k)) {
      k--;
    }
    if (k - 1 < from || !isOutOf(k) || !v.inQuantity(k - 1)) {
      return false;
    }
    return isOne(k - 1);
  }

  private boolean isOne(int i) {
    return lex.words.ratioOne.has(w, i);
  }

  private boolean isOutOf(int j) {
    return lex.words.outOf.has(w, j);
  }

  private boolean isEvery(int j) {
    return lex.words.every.has(w, j);
  }

  /**
   * «اليوم 3 من الاحتجاجات», "on day 3 of the protests": a number between a day word and «من» /
   * "of" names a day of the event, unless people follow («قتل اليوم 3 من المتظاهرين»).
   */
  boolean dayLabel(CountSlot s) {
    if (dayOfMonth(s) || itemLabel(s) || warYear(s)) {
      return true;
    }
    if (s.from == from || !w.isWord(s.from - 1) || s.to + 1 >= to
        || !lex.words.of.has(w, s.to)) {
      return false;
    }
    Match<Construction> m = v.match(lex.constructions, s.from - 1);
    if (m == null || m.value() != Construction.LABEL_BEFORE_OF || m.words() != 1) {
      return false;
    }
    int j = s.to + 1;
    if (j + 1 < to && lex.words.article.has(w, j)) {
      j++;
    }
    return w.isWord(j) && v.subjectAt(j) == null && !v.humanPlural(j)
        && v.match(lex.others, j) == null;
  }

  /**
   * (issue 16) «واستشهد في حرب 56»، «لصالح ضحايا نكسة 67»: a lone number of two digits right after a
   * war's name (the lexicon's {@code constructions.WAR_NAME}), with no noun of people after it,
   * names the war's year, no count.
   */
  private boolean warYear(CountSlot s) {
    Long value = s.quantity.value();
    if (s.from == from || s.to != s.from + 1 || value == null || value < 10 || value > 99
        || !w.isWord(s.from - 1) || !v.is(s.from - 1, Construction.WAR_NAME)) {
      return false;
    }
    return s.to >= to || !w.isWord(s.to) || v.subjectAt(s.to) == null && !v.humanPlural(s.to);
  }

  /**
   * «2- التعامل غير الإنساني مع التظاهرات», «3) الاعتقالات العشوائية»: a lone number that opens the
   * sentence, right before «-» or «)» and a word, numbers an item of a list, no count.
   */
  private boolean itemLabel(CountSlot s) {
    return s.from == from && s.to == s.from + 1 && s.to + 1 < to
        && (v.isMark(s.to, '-') || v.isMark(s.to, ')') || v.isMark(s.to, '\u2013'))
        && w.isWord(s.to + 1) && !StrengthCount.oddAfter(v, s.to); // (en25mine) "300-odd people"
  }

  /**
   * «حتى الـ 24 من الشهر الجاري»: a number right before «من» and a month word (the lexicon's
   * {@code constructions.MONTH_AFTER_OF}) names a day of the month, no count.
   */
  private boolean dayOfMonth(CountSlot s) {
    int j = s.to;
    if (j + 1 >= to || !lex.words.of.has(w, j) || !w.isWord(j + 1)) {
      return false;
    }
    Match<Construction> m = v.match(lex.constructions, j + 1);
    return m != null && m.value() == Construction.MONTH_AFTER_OF;
  }

  /** Whether the event of a count is named as a rate: «نسبة الوفيات», "the death rate". */
  boolean rate(CountSlot s) {
    for (int j = s.end(); j < Math.min(to, s.end() + 2); j++) {
      if (lex.words.per.has(w, j)) {
        return true; // 3 حالات لكل ألف; 3 deaths per 1,000
      }
    }
    if (s.cueFrom < 0) {
      return false;
    }
    return s.cueFrom > from && w.isWord(s.cueFrom - 1) && v.match(lex.rates, s.cueFrom - 1) != null
        || s.cueTo < to && w.isWord(s.cueTo) && v.match(lex.rates, s.cueTo) != null;
  }

  /** Makes the event fit what is counted. */
  static Event agree(Event event, CountSlot s) {
    Subject subject = s.subject != null ? s.subject : Subject.PERSON;
    boolean forces = subject.isKindOf(Subject.SECURITY_FORCES) || subject == Subject.AIRCRAFT
        || subject == Subject.VEHICLE;
    switch (event) {
      case DEPLOYED:
        return forces ? event : Event.OTHER;
      case PARTICIPATED:
        if (forces) {
          return Event.DEPLOYED;
        }
        return subject.root() == Subject.PERSON ? event : Event.OTHER;
      case KILLED:
      case INJURED:
      case ARRESTED:
      case MISSING:
      case DISPLACED:
        return subject.root() == Subject.PERSON ? event : Event.OTHER;
      default:
        return event;
    }
  }

}
