package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.claims.numbers.QuantityMention;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the claims of one sentence: for each quantity (a numeral phrase, or a dual or singular
 * noun, «مثلها», «أحدهم»), the counted noun after it, the event cue that governs it, the
 * attribution, place, time and modality of the sentence. One instance per sentence; not shared.
 *
 * <p>The rules live in one small reader per family, over one shared {@link SentenceView} (the
 * per-token lexicon matches, the word tests, the quantity marks); this class only declares their
 * order, and why:
 *
 * <ol>
 *   <li>{@link SentenceView}: the lexicon matches of every token, once, before any rule.
 *   <li>The numeral quantities are laid on their tokens, then {@link CountLinkReader} merges a
 *       number restated in brackets («(12) اثنا عشر شخصا»): both before the implicit counts, so
 *       that a word inside a numeral phrase is never read as a count of its own.
 *   <li>{@link ImplicitCountReader}: the counts with no numeral (duals, singular nouns, «مثلها»,
 *       «أحدهم»), merged into text order, since every later rule links a count to the one before.
 *   <li>{@link AttributionReader}: the sentence's sources, read before the counts because reading
 *       one may ask for the attribution carried from the sentence before.
 *   <li>For each count in text order ({@link #resolve}): {@link NoCountReader} drops ratios and
 *       day labels, {@link SuperlativeOne} an English one that ranks; {@link CountedNounReader}
 *       finds the counted noun (which may also name the event: قتلى), then {@link TollUpTo} reads
 *       "gone up to 27" as exact; {@link EventCueReader} finds the governing cue when the noun did
 *       not, a part takes its own verb and a captive no arrest, and an English plural no lexicon
 *       knows stays a count of people only with a verb tied to it ({@link UnknownPluralRule});
 *       {@link CountLinkReader} then lets breakdowns, lists and coordinated counts take what the
 *       count before them took; counts of rates are dropped.
 *   <li>Over all counts, {@link CountLinkReader}: a count joined to the next shares the verb after
 *       both (needs every count's own cue first), then the doer is told from the victim (needs the
 *       final events of both).
 *   <li>For each claim: {@link NoCountReader#agree} makes event and subject agree; {@link
 *       ModalityReader}, {@link AttributionReader} and {@link PlaceTimeReader} (read once, at the
 *       first claim) complete it.
 * </ol>
 *
 * <p>Where each rule family's rules are listed: the class Javadoc of its reader.
 */
final class SentenceReader {
  /** No attribution to carry. */
  static final Supplier<String> NONE = () -> null;

  /**
   * The per-token arrays of a reader, kept by a caller that reads many sentences so that they are
   * reused; one per reader alive at a time. Not thread-safe.
   */
  static final class Buffers {
    Match<Event>[] cueAt;
    Match<Lexicon.SubjectForm>[] subjectAt;
    Match<Event>[] nounAt;
    int[] cueStartEndingAt;
    int[] nounStartEndingAt;
    boolean[] inQuantity;
    /** The constructions' match at each token, filled by the view as rules ask (null: not yet). */
    Match<Construction>[] constructionAt;

    Buffers() {
      grow(64);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of a generic type
    private void grow(int n) {
      cueAt = new Match[n];
      subjectAt = new Match[n];
      nounAt = new Match[n];
      cueStartEndingAt = new int[n];
      nounStartEndingAt = new int[n];
      inQuantity = new boolean[n];
      constructionAt = new Match[n];
    }

    /**
     * Readies the arrays for a sentence of {@code n} tokens; the matches ({@link #cueAt}, {@link
     * #subjectAt}, {@link #nounAt}) are left for the view to write at every token.
     */
    void clear(int n) {
      if (cueAt.length < n) {
        grow(Math.max(n, cueAt.length * 2));
      } else {
        Arrays.fill(inQuantity, 0, n, false);
        Arrays.fill(constructionAt, 0, n, null);
      }
      Arrays.fill(cueStartEndingAt, 0, n, -1);
      Arrays.fill(nounStartEndingAt, 0, n, -1);
    }

    /** Whether the arrays have grown past {@code limit} tokens. */
    boolean larger(int limit) {
      return cueAt.length > limit;
    }
  }

  private final SentenceView v;
  private final String documentId;
  private final ImplicitCountReader implicit;
  private final NoCountReader noCount;
  private final CountedNounReader nouns;
  private final EventCueReader events;
  private final CountLinkReader links;
  private final ModalityReader modality;
  /** The extractor's numeral grammar, whose units of time mark ages ({@link AgesInList}). */
  private final NumeralRecognizer numerals;

  /**
   * A reader of tokens {@code [from, to)} of a sentence, with its per-token arrays from {@code
   * buffers}, which it uses until {@link #read} returns, and the extractor's numeral grammar.
   */
  SentenceReader(Lexicon lex, Language language, TokenWords words, int from, int to,
      String original, String documentId, Buffers buffers, NumeralRecognizer numerals) {
    this.v = new SentenceView(lex, language, words, from, to, original, buffers);
    this.documentId = documentId;
    this.implicit = new ImplicitCountReader(v);
    this.noCount = new NoCountReader(v);
    this.nouns = new CountedNounReader(v);
    this.events = new EventCueReader(v);
    this.links = new CountLinkReader(v);
    this.modality = new ModalityReader(v);
    this.numerals = numerals;
  }

  /**
   * Whether a sentence with no count phrase may yield an implicit count; see {@link
   * ImplicitCountReader#mayCountWithoutNumerals}. {@link ClaimExtractor} reads no sentence for
   * which this is false unless it carries an attribution that a later sentence needs.
   */
  static boolean mayCountWithoutNumerals(Lexicon lex, long[] words, boolean[] waw, int n) {
    return ImplicitCountReader.mayCountWithoutNumerals(lex, words, waw, n);
  }

  /**
   * Reads the claims.
   *
   * @param quantities the quantity phrases of the sentence, in text order, with their token ranges
   * @param carried    the attribution carried from the sentence before (its text may be null),
   *     asked for only when a rule of this sentence needs it
   * @param out        where the claims go
   * @return the attribution this sentence leaves for the next (its own, or the carried one)
   */
  Supplier<String> read(List<QuantityMention> quantities, int[] qFrom, int[] qTo,
      Supplier<String> carried, List<Claim> out) {
    List<CountSlot> slots = layOut(quantities, qFrom, qTo);
    links.mergeRestatements(slots);
    implicit.addImplicitCounts(slots);
    slots.sort((a, b) -> Integer.compare(a.from, b.from));

    AttributionReader attributions = new AttributionReader(v, carried);
    CountSlot previous = null;
    List<CountSlot> counts = new ArrayList<>(slots.size());
    for (CountSlot s : slots) {
      if (s.numeral && (noCount.ratio(s) || noCount.dayLabel(s) || noCount.postposed(s)
          || AgesInList.bareAge(v, s, numerals) // hook (issue 16): «سعيد 47 سائق» among «58 سنة»
          || v.language == Language.EN && SuperlativeOne.ranks(v, s))) {
        continue; // postposed: hook (issue 16), «في مدن عدة», «بالتعادل 2-2» (Postposed);
                  // "in one of the deadliest attacks" ranks, counts nothing
      }
      if (AgesInList.afterAge(v, s, numerals)) {
        continue; // hook (issue 16): «هيثم 28 سنة عامل وتوفى», a named person's job (ar29prec)
      }
      resolve(s, previous);
      events.livesTaken(s);
      if (v.language == Language.AR) {
        Captives.apply(v, s); // hook (issue 16): «أسر المسلحون 40 شخصا» (ar28court)
      }
      if (s.quantity == null || noCount.rate(s) || HeldPair.restates(s, counts)) {
        continue; // HeldPair: hook (issue 16), «القبض على مواطنين اثنين ... المقبوض عليهما»
      }
      previous = s;
      counts.add(s);
    }
    links.shareVerbAfter(counts);
    links.agents(counts);
    PartOfTheWhole.read(v, counts); // (en21mine) "two of the three militants ... were killed"
    PlaceTimeReader placeTime = null; // the sentence's place and time, read for its first claim
    CountSlot last = null;
    Event lastEvent = null;
    for (CountSlot s : counts) {
      Event event = eventOf(s);
      if (event == null) {
        continue;
      }
      if (placeTime == null) {
        placeTime = new PlaceTimeReader(v);
      }
      if (event == lastEvent && links.restatedNoun(last, s)) {
        out.remove(out.size() - 1); // (ar29prec) «قُتل مدنيان اثنان»: one count, the numeral's
      }
      out.add(claim(s, event, attributions.of(s), placeTime));
      last = s;
      lastEvent = event;
    }
    return attributions.leftForNext(carried);
  }

  /** The numeral quantities, each on its tokens, with where its numerals end. */
  private List<CountSlot> layOut(List<QuantityMention> quantities, int[] qFrom, int[] qTo) {
    List<CountSlot> slots = new ArrayList<>();
    for (int k = 0; k < quantities.size(); k++) {
      QuantityMention m = quantities.get(k);
      v.markQuantity(qFrom[k], qTo[k]);
      CountSlot slot = new CountSlot(qFrom[k], qTo[k], m.quantity(), m.span(), true);
      if (!m.numerals().isEmpty()) {
        // in original offsets: a token starts before the numeral's end in the normalized text
        // exactly when it does in the original
        int last = m.numerals().get(m.numerals().size() - 1).span().end();
        int c = qFrom[k];
        while (c < qTo[k] && v.w.spanStart(c) < last) {
          c++;
        }
        slot.countTo = Math.max(c, qFrom[k] + 1);
      }
      slots.add(slot);
    }
    return slots;
  }

  /**
   * The event a count claims, made to agree with its subject, or null for no claim: a count of
   * protesters with no other event is a crowd size (one protester is no crowd); a count of
   * something we cannot name, with no event, is no claim.
   */
  private Event eventOf(CountSlot s) {
    Event event = s.event;
    if (event == null) {
      event = s.subject == Subject.PROTESTER && s.quantity.low() >= 2 ? Event.PARTICIPATED : null;
    }
    event = ClashSides.event(v, s, event); // hook (issue 16): «اشتباكات بين آلاف»
    event = Carriers.purpose(v, s, event); // hook (issue 16): «حافلات استخدمت في نقل أعضاء» (Carriers)
    Event sent = ResponseCounts.dispatched(v, s, event); // hook (issue 16): «توجيه 3 فرق إسعافية»
    if (sent != null || ServicePersonnel.atWork(v, s, event)) { // hook (issue 16): «آلاف من رجال الإطفاء»
      return Event.DEPLOYED;
    }
    event = ForcesPosted.event(v, s, event); // hook (issue 16): «استنفار مليون جندي» (ForcesPosted)
    if (event == null) {
      if (!s.subjectKnown) {
        return null;
      }
      event = Event.OTHER;
    }
    event = noCount.notCasualty(event, s); // hook (issue 16): DiseaseCases, Releases
    event = TakenToHospital.event(v, event, s); // hook (issue 16): «نقل 38 إلى المستشفى»
    nouns.unknownVictims(event, s); // hook (issue 16): «مصرع 2 أشقياء» (UnknownVictims)
    event = ResponseCounts.cases(v, s, event); // hook (issue 16): «استقبل المستشفى 14 حالة»
    event = NoCountReader.agree(event, s);
    // (en20strong) "the 50-strong contingent" with no event is no claim: StrengthCount
    return event == Event.OTHER && (!s.subjectKnown || StrengthCount.told(v, s)) ? null : event;
  }

  /** The claim of a count: its span covers the number, its noun and its cue. */
  private Claim claim(CountSlot s, Event event, String attribution, PlaceTimeReader placeTime) {
    TokenWords w = v.w;
    Subject subject = s.subject != null ? s.subject : Subject.PERSON;
    int start = s.quantitySpan.start();
    int end = s.quantitySpan.end();
    if (s.nounTo > 0) {
      end = Math.max(end, w.spanEnd(s.nounTo - 1));
    }
    if (s.cueFrom >= 0) {
      start = Math.min(start, w.spanStart(s.cueFrom));
      end = Math.max(end, w.spanEnd(s.cueTo - 1));
    }
    Span span = new Span(start, end);
    return new Claim(documentId, span, span.of(v.original), s.quantity, event, subject,
        attribution, placeTime.place(), placeTime.time(),
        v.language == Language.EN ? Language.EN : Language.AR, modality.of(s));
  }

  /**
   * Resolves one count, in the order its rules depend on: the quantity it inherits («مثلها»);
   * its counted noun (which may name the event too); a one or two that only describes a noun
   * drops out; a bound after the noun; «أحدهم» takes the count before it; a bare "one" after
   * counted people is one of them; «آخرين» keeps the subject before; then the event, from the
   * noun, the nearest cue, the count it is conjoined to, or the whole it breaks down.
   */
  private void resolve(CountSlot s, CountSlot previous) {
    s.before = previous;
    if (s.inheritsQuantity) {
      if (previous == null) {
        s.quantity = null;
        return;
      }
      s.quantity = previous.quantity;
    }
    nouns.findNoun(s);
    ThingCompound.apply(v, s); // (en28prec) "12 police station areas": areas, no police
    GroupMembers.bothGroups(v, s); // hook (issue 16): «138 من المتظاهرين ورجال الأمن»
    if (nouns.adjectivalOne(s)) {
      s.quantity = null; // أسرة واحدة: "one" describing a noun that is counted by nothing
      return;
    }
    nouns.boundAfterNoun(s);
    if (v.language == Language.EN && s.numeral) {
      s.quantity = TollUpTo.exactAfterRise(v, s); // "has gone up to 27"
      s.quantity = TollUpTo.moreThanAfterPassing(v, s); // "has crossed the 250 mark"
    } else if (s.numeral) {
      s.quantity = TollReach.exactReached(v, s); // hook (issue 16): «لتصل إلى 40 قتيلا»
      s.quantity = TollReach.morePassed(v, s); // hook (issue 16): «تجاوز عدد القتلى 100»
    }
    boolean partitive = links.partitive(s);
    if (partitive && previous != null) {
      s.whole = previous.whole != null ? previous.whole : previous;
    }
    if (s.inheritsAll) {
      oneOfThoseBefore(s, previous);
      return;
    }
    subjectOfThoseBefore(s, previous);
    ownEvent(s, previous);
    eventOfThoseBefore(s, previous);
    takeWholesEvent(s, previous, partitive);
    GroupMembers.tollOfGroup(v, s); // hook (issue 16): «عدد مصابي الشرطة إلى 120»
    GroupMembers.partOfGroup(v, s, partitive); // hook (issue 16): «17 ضابطا، منهم 3 مصابين»
    GroupMembers.leaderOfGroup(v, s); // hook (issue 16): «قتل قيادي بارز في تنظيم داعش» (ar29prec)
  }

  /**
   * «أحدهم»: one of the count before, with its event and subject, unless a verb of its own says
   * what befell it; with nothing counted before, only such a verb makes it a claim.
   */
  private void oneOfThoseBefore(CountSlot s, CountSlot previous) {
    if (previous == null) {
      links.ownVerbOfOne(s); // «تم القبض على أحدهم»
      if (s.event == null) {
        s.quantity = null; // «أحدهما هرب» with nothing counted before: no claim
      }
      return;
    }
    s.event = previous.event;
    if (s.subject == null) {
      s.subject = previous.subject;
      s.subjectKnown = previous.subjectKnown;
    }
    links.ownVerbOfOne(s);
  }

  /**
   * A count with no noun of its own that counts of those counted before: a bare "one", and
   * "others" of the whole.
   */
  private void subjectOfThoseBefore(CountSlot s, CountSlot previous) {
    if (s.numeral && s.subject == null && s.nounFrom < 0 && previous != null
        && previous.subjectKnown && links.isOneWord(s.from) && s.to == s.from + 1) {
      // "two policemen were killed and one was injured": one of those counted before
      s.subject = previous.subject;
      s.subjectKnown = true;
    }
    if (s.others && previous != null && s.subject == null) {
      // hook (issue 16): others of the whole, not of its part ("including a boy, and injured two
      // others", «قتل 8 مدنيين بينهم طفل وأصيب 15 آخرون»)
      CountSlot whole = wholeOfItem(previous);
      CountSlot base = v.language == Language.EN ? links.wholeOfPart(previous)
          : whole != null && !fewer(whole, previous) ? whole : previous;
      s.subject = base.subject;
      s.subjectKnown = base.subjectKnown;
      s.othersOf = base;
    }
  }

  /**
   * (ar28implicit) The whole of a breakdown whose item {@code p} is: the part's own whole, or the
   * whole of the part a later item is joined to by «و» («بينهم 7 نساء و9 أطفال و4 آخرين»: the
   * others are of the whole, not children); {@code null} when {@code p} is no item of a breakdown.
   */
  private CountSlot wholeOfItem(CountSlot p) {
    CountSlot q = p;
    while (q.whole == null && q.before != null && q.from > v.from && (Agreement.wawOnWord(v.w, q.from)
        || v.w.isWord(q.from - 1) && v.lex.words.and.has(v.w, q.from - 1))) {
      q = q.before;
    }
    return q.whole;
  }

  /**
   * Whether count {@code a} holds fewer than count {@code b} can: then {@code a} is no whole of
   * {@code b} («فأصيب مجند ... فأصيب ثلاثة منهم»: the three are of others, not of the one).
   */
  private static boolean fewer(CountSlot a, CountSlot b) {
    return a.quantity != null && b.quantity != null && a.quantity.high() != null
        && a.quantity.high() < b.quantity.low();
  }

  /**
   * The count's own event ({@link EventCueReader}): refugees hit by a casualty, a verb right
   * before it, a list item, else the cue that governs it; then a part's own verb, captivity, and a
   * plural no lexicon knows with no verb of its own.
   */
  private void ownEvent(CountSlot s, CountSlot previous) {
    events.casualtyOfRefugees(s);
    RefugeesHit.apply(v, s); // hook (issue 16): «أربعة لاجئين قضوا»
    events.verbRightBefore(s); // hook (issue 16): «توفي 2 من المصابين» (ClauseBounds)
    links.listItem(s, previous); // hook (issue 16): «3 لمستشفى قصر العيني و10 للمنيرة»
    if (s.event == null) {
      events.findEvent(s, previous);
    }
    events.ownVerbOfPart(s);
    EventNounBeforeSubject.afterCue(v, s, nouns); // hook (en29prec): "five slain police officers"
    DiedOfInjuries.read(v, s, previous); // hook (en20strong): "one of whom later succumbed"
    events.captivity(s);
    if (s.pluralGuess && !UnknownPluralRule.tiedToVerb(v, s)) {
      s.subject = Subject.OTHER; // a plural no lexicon knows, no verb of its own
    }
  }

  /**
   * The event a count takes from the count before ({@link CountLinkReader}): listed people,
   * a conjoined count, an elided list item, or a count that inherits its event.
   */
  private void eventOfThoseBefore(CountSlot s, CountSlot previous) {
    links.listedPeople(s, previous); // hook (issue 16): «9 سائحين من هونج كونج و4 يابانيين»
    if (s.event == null && previous != null && previous.event != null && (links.conjoined(previous, s)
        || SentList.afterWords(v, previous, s))) { // hook (issue 16): «بـ10 سيارات أمن مركزي و3 مصفحات»
      s.event = previous.event; // "eight children and 14 women": the second count shares the first's event
    }
    OneCaseInList.apply(v, previous, s); // hook (ar29cas): «5 حالات في بورسعيد، وحالة واحدة بالقاهرة»
    if (previous != null && previous.event != null && s.cueFrom >= 0 && s.cueFrom == previous.cueFrom
        && s.cueFrom < s.from && links.elidedItem(previous, s)) {
      s.subject = previous.subject; // hook (issue 16): "arrested in naroda, 18 in gulberg"
      s.subjectKnown = previous.subjectKnown;
    } else if (s.event == null && previous != null && previous.event != null
        && links.elidedItem(previous, s)) {
      s.event = previous.event; // hook (issue 16): "..., 18 in the gulberg society incident and 46 in ..."
      s.cueFrom = previous.cueFrom;
      s.cueTo = previous.cueTo;
      if (s.subject == null) {
        s.subject = previous.subject;
        s.subjectKnown = previous.subjectKnown;
      }
    }
    CountSlot shared = s.listedAfter != null ? s.listedAfter : previous; // hook (issue 16): TitledList
    if (s.inheritsEvent && shared != null && shared.event != null) {
      s.event = shared.event;
      s.cueFrom = -1;
      s.cueTo = -1;
    }
  }

  /**
   * A breakdown counts what its whole counts, unless its event comes from its own noun or from a
   * verb of its own right before it.
   */
  private void takeWholesEvent(CountSlot s, CountSlot previous, boolean partitive) {
    boolean eventFromNoun = s.event != null && s.cueFrom == s.nounFrom && s.cueFrom >= 0;
    // «وأصيب اثنان منهم»: a verb of its own right before the count wins over the whole's event
    boolean ownVerb = s.event != null && s.cueFrom >= 0 && s.cueTo == s.from && !links.partitiveBefore(s)
        && (v.language == Language.EN || SentenceView.isCasualty(s.event)); // (issue 16) «تم نقل 3 منهم»
    if (partitive && previous != null && previous.event != null && !eventFromNoun && !ownVerb
        && !DiedOfInjuries.kept(v, s, previous)) { // (en20strong) "one of whom later succumbed"
      s.event = previous.event; // a breakdown counts what its whole counts
      s.cueFrom = -1;
      s.cueTo = -1;
      if (s.subject == null || v.language == Language.AR && !s.subjectKnown
          && s.subject == Subject.OTHER && previous.subjectKnown) {
        // (issue 16) «بينهم ثلاثة إصاباتهم بالغة»: the unknown word after the part is its state
        s.subject = previous.subject;
        s.subjectKnown = previous.subjectKnown;
      }
    }
  }

}

