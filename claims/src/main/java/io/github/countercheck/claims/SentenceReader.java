package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.AttributionRole;
import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.Lexicon.TimeRole;
import io.github.countercheck.claims.PhraseIndex.Match;
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
 * <p>The rules, each from the grammar of news rather than from a sentence:
 *
 * <ul>
 *   <li><b>Counted noun.</b> The noun right after the number, or after the partitive «من» / "of"
 *       (8 من القوات الأمنية; dozens of protesters); an event noun there (قتلى، جرحى) is both the
 *       counted thing and the event. With no noun the count is of people. «آخرين/آخرون» (others)
 *       keeps the subject of the claim before it. An unknown noun in a sound masculine or nisba
 *       plural (مصريين، مسعفين) counts people, since Arabic keeps those plurals for people.
 *   <li><b>Event.</b> The event cue nearest the quantity, before it (VSO: قتل 12 شرطيا) or after its
 *       noun (SVO and nominal: العشرات لقوا حتفهم), within a window; a tie goes to the cue before.
 *       Two different casualty cues joined by و right before the number (مصرع وإصابة 6) count a
 *       total of both, which is no single event: OTHER.
 *   <li><b>Breakdowns.</b> A count introduced or followed by «منهم/بينهم» (of them) takes the event
 *       of the count before it.
 *   <li><b>Lists and coordination.</b> Items of a list after a comma and nouns joined by و share
 *       the event of the first (4 صينيين، 2 فرنسيين ومصري); a count joined to the next takes the
 *       verb after both (5 أطفال و3 نساء قتلوا). «N X من Y» counts members of Y.
 *   <li><b>Clauses.</b> A verb after a count is the predicate of that count's clause: a count
 *       that opens the next coordinated clause takes a verb of its own after it rather than the
 *       one before the conjunction ("four were killed and dozens of others were injured"). A
 *       breakdown after a comma ends at a verb («23 شخصا، بينهم مدنيون وعسكريون قتلوا»).
 *   <li><b>Doer and victim.</b> A count before an active casualty verb whose object is a later
 *       count of people names the doer, not a victim («7 متهمين قتلوا 3»; "a bomber killed 18").
 *   <li><b>No count.</b> Ratios (1 من 800، لكل 100 ألف، one in 500) and events named as rates
 *       (نسبة الوفيات) are no claims.
 *   <li><b>Event and subject agree.</b> Deployments are of forces, aircraft and vehicles; a crowd
 *       of forces is a deployment; casualties are people. A count of protesters with no other
 *       event is a crowd size (PARTICIPATED).
 * </ul>
 */
final class SentenceReader {
  /** No attribution to carry. */
  static final Supplier<String> NONE = () -> null;

  private static final int BEFORE_WINDOW = 8;
  private static final int AFTER_WINDOW = 7;
  /** How far back a toll verb right before the number looks for its toll noun. */
  private static final int TOLL_WINDOW = 20;
  /** How many words an aside set off by commas between a count and its verb may have. */
  private static final int ASIDE_WORDS = 16;
  /** How far after a count with no nearer cue its verb may stand in the same clause. */
  private static final int CLAUSE_WINDOW = 14;
  /** How far after a singular person noun a casualty verb of one person may stand. */
  private static final int ONE_VICTIM_WINDOW = 8;

  /** One quantity of the sentence and what is learnt about it. */
  private static final class Slot {
    int from;
    int to;
    /** The end of the numerals: before {@code to} when a bound follows the noun (50 شخصا على الأقل). */
    int countTo;
    Quantity quantity;
    Span quantitySpan;
    final boolean numeral;
    Subject subject;
    boolean subjectKnown;
    boolean others;
    int nounFrom = -1;
    int nounTo = -1;
    Event event;
    int cueFrom = -1;
    int cueTo = -1;
    Slot parent;
    boolean inheritsQuantity;
    boolean inheritsAll;
    boolean inheritsEvent;
    /** The count whose subject «آخرين» / "others" took. */
    Slot othersOf;
    /** (issue 16) The cue is the reporting clause's, taken across «إنها»: no verb of this count. */
    boolean reportedCue;

    Slot(int from, int to, Quantity quantity, Span quantitySpan, boolean numeral) {
      this.from = from;
      this.to = to;
      this.countTo = to;
      this.quantity = quantity;
      this.quantitySpan = quantitySpan;
      this.numeral = numeral;
    }
  }

  private final Lexicon lex;
  private final Language language;
  private final TokenWords w;
  private final int from;
  private final int to;
  private final String original;
  private final String documentId;

  private final Match<Event>[] cueAt;
  private final int[] cueStartEndingAt;
  private final int[] nounStartEndingAt;
  private final Match<SubjectForm>[] subjectAt;
  private final Match<Event>[] nounAt;
  private final boolean[] inQuantity;
  /** The sentence as the rule classes of issue 16 read it ({@link TollReach} and others). */
  private final WordView view;
  private final ReaderTokens tokens;

  /**
   * The per-token arrays of a reader, kept by a caller that reads many sentences so that they are
   * reused; one per reader alive at a time. Not thread-safe.
   */
  static final class Buffers {
    Match<Event>[] cueAt;
    Match<SubjectForm>[] subjectAt;
    Match<Event>[] nounAt;
    int[] cueStartEndingAt;
    int[] nounStartEndingAt;
    boolean[] inQuantity;

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
    }

    /** Readies the arrays for a sentence of {@code n} tokens. */
    void clear(int n) {
      if (cueAt.length < n) {
        grow(Math.max(n, cueAt.length * 2));
      } else {
        Arrays.fill(cueAt, 0, n, null);
        Arrays.fill(subjectAt, 0, n, null);
        Arrays.fill(nounAt, 0, n, null);
        Arrays.fill(inQuantity, 0, n, false);
      }
      Arrays.fill(cueStartEndingAt, 0, n, -1);
      Arrays.fill(nounStartEndingAt, 0, n, -1);
    }

    /** Whether the arrays have grown past {@code limit} tokens. */
    boolean larger(int limit) {
      return cueAt.length > limit;
    }
  }

  /**
   * A reader of tokens {@code [from, to)} of a sentence, with its per-token arrays from {@code
   * buffers}, which it uses until {@link #read} returns.
   */
  SentenceReader(Lexicon lex, Language language, TokenWords words, int from, int to,
      String original, String documentId, Buffers buffers) {
    this.lex = lex;
    this.language = language;
    this.w = words;
    this.from = from;
    this.to = to;
    this.original = original;
    this.documentId = documentId;
    buffers.clear(to - from);
    cueAt = buffers.cueAt;
    subjectAt = buffers.subjectAt;
    nounAt = buffers.nounAt;
    cueStartEndingAt = buffers.cueStartEndingAt;
    nounStartEndingAt = buffers.nounStartEndingAt;
    inQuantity = buffers.inQuantity;
    view = new WordView(lex, words, from, to);
    tokens = newTokens();
    for (int i = from; i < to; i++) {
      if (w.keys(i) == 0) {
        continue;
      }
      Match<Event> cue = match(lex.eventCues, i);
      if (cue != null) {
        cueAt[i - from] = cue;
        int end = Math.min(to, i + cue.words()) - 1;
        if (cueStartEndingAt[end - from] < 0) {
          cueStartEndingAt[end - from] = i;
        }
      }
      subjectAt[i - from] = match(lex.subjects, i);
      Match<Event> noun = match(lex.eventNouns, i);
      nounAt[i - from] = noun;
      if (noun != null) {
        int end = Math.min(to, i + noun.words()) - 1;
        if (nounStartEndingAt[end - from] < 0) {
          nounStartEndingAt[end - from] = i;
        }
      }
    }
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
    List<Slot> slots = new ArrayList<>();
    for (int k = 0; k < quantities.size(); k++) {
      QuantityMention m = quantities.get(k);
      for (int i = qFrom[k]; i < qTo[k]; i++) {
        inQuantity[i - from] = true;
      }
      Slot slot = new Slot(qFrom[k], qTo[k], m.quantity(), m.span(), true);
      if (!m.numerals().isEmpty()) {
        // in original offsets: a token starts before the numeral's end in the normalized text
        // exactly when it does in the original
        int last = m.numerals().get(m.numerals().size() - 1).span().end();
        int c = qFrom[k];
        while (c < qTo[k] && w.spanStart(c) < last) {
          c++;
        }
        slot.countTo = Math.max(c, qFrom[k] + 1);
      }
      slots.add(slot);
    }
    mergeRestatements(slots);
    addImplicitCounts(slots);
    slots.sort((a, b) -> Integer.compare(a.from, b.from));

    List<Attribution> attributions = attributions(carried);
    int[] nextWhole = nextWholeSentence(attributions);
    int[] prevPlain = previousPlain(attributions);
    String time = null;
    String place = null;
    boolean placed = false; // the sentence's place and time, read for its first claim

    Slot previous = null;
    List<Slot> counts = new ArrayList<>(slots.size());
    for (Slot s : slots) {
      if (s.numeral && (ratio(s) || dayLabel(s))) {
        continue;
      }
      if (s.numeral && language == Language.AR
          && (Postposed.severalAfterNoun(view, s.from, s.to, tollTokens())
              || Postposed.score(view, s.from, s.to, tollTokens()))) {
        continue; // hook (issue 16): «في مدن عدة», «بالتعادل 2-2» (Postposed)
      }
      resolve(s, previous);
      livesTaken(s);
      if (s.quantity == null || rate(s)) {
        continue;
      }
      previous = s;
      counts.add(s);
    }
    for (int k = counts.size() - 2; k >= 0; k--) {
      // «8 أطفال و14 امرأة قتلوا»; "eight police and two civilians were among the dead": a count
      // joined to the next one shares the verb that follows them both
      Slot s = counts.get(k);
      Slot next = counts.get(k + 1);
      if (s.event == null && next.event != null && next.subjectKnown
          && next.cueFrom >= Math.max(next.to, next.nounTo) && conjoined(s, next)) {
        s.event = next.event;
      }
      if (s.event == null && next.event != null && language == Language.AR
          && next.cueFrom >= Math.max(next.to, next.nounTo)
          && HeadCounts.breakdownFollows(view, Math.max(s.to, s.nounTo), next.from)) {
        s.event = next.event; // hook (issue 16): «157 شخصا بينهم 39 طفلا حصيلة الضحايا» (HeadCounts)
      }
    }
    agents(counts);
    for (Slot s : counts) {
      Event event = s.event;
      if (event == null) {
        // a count of protesters with no other event is a crowd size; one protester is no crowd
        event = s.subject == Subject.PROTESTER && s.quantity.low() >= 2 ? Event.PARTICIPATED : null;
      }
      if (event == null) {
        if (!s.subjectKnown) {
          continue; // a count of something we cannot name, with no event: not a claim
        }
        event = Event.OTHER;
      }
      if (event == Event.INJURED && language == Language.AR && DiseaseCases.infection(view,
          s.countTo, s.nounTo)) {
        event = Event.OTHER; // hook (issue 16): «300 إصابة بالحصبة» counts infections (DiseaseCases)
      }
      if (event == Event.ARRESTED && language == Language.AR && Releases.released(view, s.from)) {
        event = Event.OTHER; // hook (issue 16): «إخلاء سبيل 8 من المقبوض عليهم» (Releases)
      }
      if (!s.subjectKnown && s.subject == Subject.OTHER && language == Language.AR
          && UnknownVictims.victims(view, event, s.cueFrom, s.cueTo, s.from, s.nounFrom)) {
        s.subject = Subject.PERSON; // hook (issue 16): «مصرع 2 أشقياء» (UnknownVictims)
      }
      event = agree(event, s);
      if (event == Event.OTHER && !s.subjectKnown) {
        continue;
      }
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
      String attribution = nearestAttribution(attributions, nextWhole, prevPlain, s);
      if (!placed) {
        time = timeExpression();
        place = place();
        placed = true;
      }
      out.add(new Claim(documentId, span, span.of(original), s.quantity, event, subject,
          attribution, place, time, language == Language.EN ? Language.EN : Language.AR,
          modality(s)));
    }
    for (Attribution a : attributions) {
      if (!a.carried) {
        String own = a.text;
        return () -> own;
      }
    }
    return continues() ? carried : NONE;
  }

  /**
   * «(12) اثنا عشر شخصا», «اثنا عشر (12) شخصا», "twelve (12) people": a number restated in
   * brackets right before or after another of the same value is one count, not two. The bracketed
   * one is dropped and the other stretches over it, so that its noun is looked for after both.
   */
  private void mergeRestatements(List<Slot> slots) {
    for (int k = slots.size() - 2; k >= 0; k--) {
      Slot a = slots.get(k);
      Slot b = slots.get(k + 1);
      if (!a.numeral || !b.numeral || !sameValue(a.quantity, b.quantity)) {
        continue;
      }
      if (b.from == a.to + 1 && isMark(a.to, '(') && b.to < to && isMark(b.to, ')')) {
        // twelve (12) people
        markQuantity(a.to, b.to + 1);
        a.to = b.to + 1;
        a.countTo = a.to;
        slots.remove(k + 1);
      } else if (a.from > from && isMark(a.from - 1, '(') && b.from == a.to + 1
          && isMark(a.to, ')')) {
        // (12) اثنا عشر شخصا
        markQuantity(a.from - 1, b.from);
        b.from = a.from - 1;
        slots.remove(k);
      }
    }
  }

  private static boolean sameValue(Quantity x, Quantity y) {
    return x != null && y != null && x.low() == y.low()
        && java.util.Objects.equals(x.high(), y.high());
  }

  private boolean isMark(int j, char c) {
    return j >= from && j < to && w.isPunctuation(j) && w.length(j) == 1 && w.charAt(j, 0) == c;
  }

  private void markQuantity(int a, int b) {
    for (int i = a; i < b; i++) {
      inQuantity[i - from] = true;
    }
  }

  /**
   * The doer is not the victim: a count before an active verb whose object is a later count of
   * people («7 متهمين قتلوا 3»، «مسلحين قتلوا ثلاثة أشخاص»; "a suicide bomber killed at least 18
   * people") names who did it, so the verb's event is not its own. "Others" counted after such a
   * doer are not of its kind ("a gunman killed a guitarist and three others").
   */
  private void agents(List<Slot> counts) {
    for (int a = 0; a < counts.size(); a++) {
      Slot s = counts.get(a);
      if (s.event == null || s.cueFrom < Math.max(s.to, s.nounTo) || s.cueFrom == s.nounFrom
          || !isCasualty(s.event) || passive(s.cueFrom)) {
        continue;
      }
      for (int b = a + 1; b < counts.size(); b++) {
        Slot t = counts.get(b);
        if (t.cueFrom == s.cueFrom && t.from >= s.cueTo && t.event == s.event && !t.reportedCue
            && (t.subject == null || t.subject.root() == Subject.PERSON)) {
          s.event = null;
          s.cueFrom = -1;
          s.cueTo = -1;
          for (int c = a + 1; c < counts.size(); c++) {
            Slot o = counts.get(c);
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

  /** Whether the cue at {@code j} is an English passive ("were killed", "was shot dead"). */
  private boolean passive(int j) {
    if (language != Language.EN) {
      return false;
    }
    return isAuxiliary(j) || j > from && isAuxiliary(j - 1);
  }

  private boolean isAuxiliary(int j) {
    return w.is(j, "were") || w.is(j, "was") || w.is(j, "been") || w.is(j, "are") || w.is(j, "is")
        || w.is(j, "be") || w.is(j, "being");
  }

  /**
   * Whether a number is a term of a ratio, not a count: «1 من 800», «واحد من كل عشرة», "one in
   * 800", or the base after «لكل», "per".
   */
  private boolean ratio(Slot s) {
    for (int i = s.from; i + 2 < s.to; i++) {
      if (isOne(i) && isOutOf(i + 1) && inQuantity[i + 2 - from]) {
        return true; // a range read across two ratios: «بين 1 من 800 إلى 1 من 1000»
      }
    }
    int j = s.to;
    if (s.quantity.value() != null && s.quantity.value() == 1 && j + 1 < to && isOutOf(j)) {
      j++;
      if (j + 1 < to && isEvery(j)) {
        j++;
      }
      if (inQuantity[j - from]) {
        return true;
      }
    }
    int k = s.from - 1;
    if (k < from) {
      return false;
    }
    if (isOutOf(s.from) && inQuantity[k - from]) {
      k = s.from; // a range that opens with «من»: «1 من 800 إلى 1 من 1000»
    }
    if (!w.isWord(k)) {
      return false;
    }
    if (w.is(k, "\u0644\u0643\u0644") || w.is(k, "per")) {
      return true; // لكل 100 ألف
    }
    if (isEvery(k)) {
      k--;
    }
    if (k - 1 < from || !isOutOf(k) || !inQuantity[k - 1 - from]) {
      return false;
    }
    return isOne(k - 1);
  }

  private boolean isOneWord(int i) {
    return w.is(i, "one") || w.is(i, "\u0648\u0627\u062d\u062f") || w.is(i, "\u0648\u0627\u062d\u062f\u0647");
  }

  private boolean isOne(int i) {
    return w.is(i, "1") || w.is(i, "\u0648\u0627\u062d\u062f") || w.is(i, "one");
  }

  private boolean isOutOf(int j) {
    return w.is(j, "\u0645\u0646") || w.is(j, "in");
  }

  private boolean isEvery(int j) {
    return w.is(j, "\u0643\u0644") || w.is(j, "every");
  }

  /**
   * «اليوم 3 من الاحتجاجات», "on day 3 of the protests": a number between a day word and «من» /
   * "of" names a day of the event, unless people follow («قتل اليوم 3 من المتظاهرين»).
   */
  private boolean dayLabel(Slot s) {
    if (s.from == from || !w.isWord(s.from - 1) || s.to + 1 >= to
        || !(w.is(s.to, "\u0645\u0646") || w.is(s.to, "of"))) {
      return false;
    }
    Match<Construction> m = match(lex.constructions, s.from - 1);
    if (m == null || m.value() != Construction.LABEL_BEFORE_OF || m.words() != 1) {
      return false;
    }
    int j = s.to + 1;
    if (j + 1 < to && w.is(j, "the")) {
      j++;
    }
    return w.isWord(j) && subjectAt[j - from] == null && !humanPlural(j)
        && match(lex.others, j) == null;
  }

  /**
   * "claimed over 250 lives", "cost 12 lives": lives counted right after a verb that takes them
   * are the dead; lives with no such verb ("saved 30 lives") are no deaths.
   */
  private void livesTaken(Slot s) {
    if (s.quantity == null || !s.numeral || s.nounFrom < 0 || s.nounFrom >= to) {
      return;
    }
    Match<Construction> noun = match(lex.constructions, s.nounFrom);
    if (noun == null || noun.value() != Construction.LIFE_NOUN) {
      return;
    }
    for (int k = s.from - 1; k >= Math.max(from, s.from - 3); k--) {
      Match<Construction> m = w.isWord(k) ? match(lex.constructions, k) : null;
      if (m != null && m.value() == Construction.LIFE_TAKER && k + m.words() == s.from) {
        s.event = Event.KILLED;
        s.cueFrom = k;
        s.cueTo = s.from;
        s.subject = Subject.PERSON;
        s.subjectKnown = true;
        return;
      }
    }
  }

  /**
   * «مقتل 5 لاجئين», "the massacre of 150 refugees": refugees (a counted noun of displacement)
   * right after a casualty cue are who was hit, and the cue's event is theirs.
   */
  private void casualtyOfRefugees(Slot s) {
    if (!s.numeral || s.event != Event.DISPLACED || s.cueFrom != s.nounFrom || s.from == from) {
      return;
    }
    int c = cueStartEndingAt[s.from - 1 - from];
    if (c >= 0 && isCasualty(cueAt[c - from].value())) {
      s.event = cueAt[c - from].value();
      s.cueFrom = c;
      s.cueTo = s.from;
    }
  }

  /** Whether the event of a count is named as a rate: «نسبة الوفيات», "the death rate". */
  private boolean rate(Slot s) {
    for (int j = Math.max(s.to, s.nounTo); j < Math.min(to, Math.max(s.to, s.nounTo) + 2); j++) {
      if (w.is(j, "\u0644\u0643\u0644") || w.is(j, "per")) {
        return true; // 3 حالات لكل ألف; 3 deaths per 1,000
      }
    }
    if (s.cueFrom < 0) {
      return false;
    }
    return s.cueFrom > from && w.isWord(s.cueFrom - 1) && match(lex.rates, s.cueFrom - 1) != null
        || s.cueTo < to && w.isWord(s.cueTo) && match(lex.rates, s.cueTo) != null;
  }

  /** Looks up an index at word {@code i}, at the cost of a bit test when no entry starts there. */
  private <V> Match<V> match(PhraseIndex<V> index, int i) {
    return i < from || i >= to || (w.keys(i) & index.bit()) == 0 ? null : index.match(w, i);
  }

  // ---------------------------------------------------------------- implicit counts

  /**
   * Whether a sentence with no count phrase may yield an implicit count, judged from the
   * {@link Lexicon} key bits of its words alone, before it is tokenized: the conditions of
   * {@link #addImplicitCounts}, each weakened to the key bits it needs within a window of words
   * wide enough for the longest lexicon entry (word positions, which skip punctuation, only make
   * a window wider than the same tokens would). A dual event noun counts alone; a dual subject
   * needs an event cue ending up to three words before it or starting up to three after it; a
   * singular person needs one ending right before it (in English, one shortly after it: "a
   * policeman was killed"); either counts after a partitive («بينهم شرطي»), or when it is
   * coordinated with a noun just before it (a subject, «آخرين» or an event noun; in Arabic the
   * word opens with the conjunction و); «أحدهم» and «آخر» need an event cue next to them;
   * «مثلها» needs a count before it in the same sentence, which only the others make. A plural
   * subject noun counts nothing by itself. {@link ClaimExtractor} reads no sentence for which
   * this is false unless it carries an attribution that a later sentence needs.
   *
   * @param lex   the sentence's lexicon
   * @param words the key bits of the sentence's words, in order
   * @param waw   for each word, whether it opens with a و that may be the conjunction
   * @param n     how many words
   * @return false if reading the sentence can find no count
   */
  static boolean mayCountWithoutNumerals(Lexicon lex, int[] words, boolean[] waw, int n) {
    int cue = lex.eventCues.bit();
    int countable = lex.countableSubjects.bit();
    int dualSubject = lex.dualSubjects.bit();
    int person = lex.personSingulars.bit();
    int partitive = lex.partitive.bit();
    int coordinate = lex.subjects.bit() | lex.others.bit();
    int noun = lex.eventNouns.bit();
    int one = lex.oneOfThem.bit() | lex.anotherOne.bit();
    int dual = lex.eventDuals.bit();
    int cueWords = lex.eventCues.maxWords();
    int subjectWords = lex.subjects.maxWords();
    int nounWords = lex.eventNouns.maxWords();
    int oneWords = Math.max(lex.oneOfThem.maxWords(), lex.anotherOne.maxWords());
    boolean english = lex.language() == Language.EN;
    for (int i = 0; i < n; i++) {
      int b = words[i];
      if ((b & dual) != 0 || !english && (b & lex.constructions.bit()) != 0 && (b & noun) != 0) {
        return true; // a dual event noun; a singular one that counts one (وجود قتيل)
      }
      if ((b & one) != 0 && any(words, n, i - cueWords, i + oneWords, cue)) {
        return true;
      }
      if ((b & countable) == 0) {
        continue;
      }
      if (i > 0 && (words[i - 1] & partitive) != 0) {
        return true; // after «بينهم», "among them"
      }
      if ((english || waw[i]) && (any(words, n, i - 3, i - 1, coordinate)
          || any(words, n, i - 2 - nounWords, i - 1, noun))) {
        return true; // «شخصين وطفل», "two men and a woman"
      }
      if ((b & dualSubject) != 0 && any(words, n, i - 2 - cueWords, i + subjectWords + 2, cue)) {
        return true; // «قتل شرطيان»
      }
      if ((b & person) != 0 && (english ? any(words, n, i + 1, i + subjectWords + 3, cue)
          : any(words, n, i - cueWords, i - 1, cue)
              || any(words, n, i + 1, i + subjectWords + ONE_VICTIM_WINDOW, cue))) {
        return true; // «مقتل جندي», "a policeman was killed", «المسلح الذي لقي مصرعه»
      }
    }
    return false;
  }

  /** Whether a word in {@code [from, to]} (clipped to the sentence) has one of {@code bits}. */
  private static boolean any(int[] words, int n, int from, int to, int bits) {
    for (int j = Math.max(0, from), end = Math.min(n - 1, to); j <= end; j++) {
      if ((words[j] & bits) != 0) {
        return true;
      }
    }
    return false;
  }

  private void addImplicitCounts(List<Slot> slots) {
    for (int i = from; i < to; i++) {
      if (language == Language.AR && w.keys(i) == 0 && DualNouns.mayBeDual(view, i)
          && !inQuantity[i - from]
          && subjectAt[i - from] == null && nounAt[i - from] == null
          && !(i > from && inQuantity[i - 1 - from]) && eventCueNear(i, i + 1, 3)) {
        Subject dual = DualNouns.dualOf(view, i); // hook (issue 16): «الشقيقان» (DualNouns)
        if (dual != null) {
          Slot s = implicit(i, i, Quantity.exact(2), false);
          s.subject = dual;
          s.subjectKnown = true;
          s.nounFrom = i;
          s.nounTo = i + 1;
          slots.add(s);
          continue;
        }
      }
      if (inQuantity[i - from] || w.keys(i) == 0) {
        continue; // a word no index starts with counts nothing here, and neither does a non-word
      }
      boolean afterNumber = i > from && inQuantity[i - 1 - from];
      Match<Boolean> asMany = match(lex.asMany, i);
      if (asMany != null) {
        slots.add(implicit(i, i + asMany.words(), null, true));
        continue;
      }
      Match<Boolean> one = match(lex.oneOfThem, i);
      if (one != null && view.is(i, Construction.ONE_OF)) {
        // hook (issue 16): «مقتل أحد عناصر الشرطة» counts one of them (OneOf)
        int noun = OneOf.nounAfter(view, i, j -> subjectAt[j - from], this::humanPlural);
        if (noun >= 0 && language == Language.AR && eventCueNear(i, noun + 1, 3)) {
          Slot s = implicit(noun, noun, Quantity.exact(1), false);
          s.quantitySpan = new Span(w.spanStart(i), w.spanEnd(noun));
          slots.add(s);
        }
        continue;
      }
      if (one != null) {
        Slot s = implicit(i, i + one.words(), Quantity.exact(1), false);
        s.inheritsAll = true;
        slots.add(s);
        continue;
      }
      if (afterNumber) {
        continue;
      }
      Match<Boolean> another = match(lex.anotherOne, i);
      if (another != null && i > from && cueStartEndingAt[i - 1 - from] >= 0
          && isCasualty(cueAt[cueStartEndingAt[i - 1 - from] - from].value())) {
        // وإصابة آخر: one more, of the kind counted before
        Slot s = implicit(i, i + another.words(), Quantity.exact(1), false);
        s.others = true;
        slots.add(s);
        continue;
      }
      Match<Event> dual = match(lex.eventDuals, i);
      if (dual != null) {
        slots.add(implicit(i, i, Quantity.exact(2), false)); // سقط قتيلان: the noun is count and event
        continue;
      }
      if (oneEventNoun(i, slots)) {
        slots.add(implicit(i, i, Quantity.exact(1), false)); // وجود قتيل: the noun is count and event
        continue;
      }
      Match<SubjectForm> subj = subjectAt[i - from];
      if (subj == null) {
        continue;
      }
      Lexicon.Number number = subj.value().number();
      if (number == Lexicon.Number.DUAL
          && (eventCueNear(i, i + subj.words(), 3) || afterPartitive(i))) {
        slots.add(implicit(i, i, Quantity.exact(2), false));
      } else if (number == Lexicon.Number.DUAL && coordinated(i)) {
        Slot s = implicit(i, i, Quantity.exact(2), false); // وشخصين: two more of the same event
        s.inheritsEvent = true;
        slots.add(s);
      } else if (number == Lexicon.Number.SINGULAR
          && !(i + subj.words() < to && inQuantity[i + subj.words() - from])) {
        boolean person = subj.value().subject().root() == Subject.PERSON;
        boolean joined = coordinated(i);
        if (person && (singularCounts(i, subj.words())
            || afterPartitive(i) && !namedAfterPossessed(i, subj.words())) || joined) {
          Slot s = implicit(i, i, Quantity.exact(1), false);
          s.inheritsEvent = joined;
          slots.add(s);
        } else if (person && language == Language.AR) {
          int verb = oneVictimVerbAfter(i + subj.words());
          if (verb >= 0) {
            Slot s = implicit(i, i, Quantity.exact(1), false); // المسلح، الذي لقي مصرعه
            s.event = cueAt[verb - from].value();
            s.cueFrom = verb;
            s.cueTo = Math.min(to, verb + cueAt[verb - from].words());
            slots.add(s);
          }
        }
      }
    }
  }

  /**
   * «وجود قتيل», «العثور على جثة طفل»: a singular event noun of the constructions that counts one
   * by itself; not after a number, not in a breakdown («بين قتيل وجريح»: after «بين» or before «و»
   * and another event noun) and not after «كل» (لكل قتيل: a rate).
   */
  private boolean oneEventNoun(int i, List<Slot> slots) {
    if (language == Language.EN || nounAt[i - from] == null) {
      return false;
    }
    Match<Construction> m = match(lex.constructions, i);
    if (m == null || i > from && inQuantity[i - 1 - from]
        || m.value() != Construction.ONE_EVENT_NOUN && m.value() != Construction.ONE_BODY_NOUN) {
      return false;
    }
    if (hasArticle(i)) {
      // «ونقلت الجثة إلى المشرحة»: the definite noun names one counted before in the sentence
      for (Slot s : slots) {
        if (s.from < i) {
          return false;
        }
      }
    }
    if (i > from && w.isWord(i - 1) && nounStartEndingAt[i - 1 - from] >= 0) {
      return false; // بين قتيل وجريح: the second of a breakdown
    }
    if (m.value() == Construction.ONE_BODY_NOUN && !killedCueElsewhere(i, i + m.words())) {
      return false; // a body counts a death only where the sentence tells of one (ملابسات مقتله)
    }
    if (i > from && w.isWord(i - 1) && (w.is(i - 1, "\u0628\u064a\u0646")
        || w.is(i - 1, "\u0643\u0644") || w.is(i - 1, "\u0644\u0643\u0644"))) {
      return false; // بين قتيل، لكل قتيل
    }
    int next = i + m.words();
    return !(next < to && w.isWord(next) && w.charAt(next, 0) == '\u0648' && nounAt[next - from] != null);
  }

  /** Whether a KILLED cue of the sentence lies wholly outside tokens {@code [a, b)}. */
  private boolean killedCueElsewhere(int a, int b) {
    for (int j = from; j < to; j++) {
      Match<Event> cue = cueAt[j - from];
      if (cue != null && cue.value() == Event.KILLED && (j + cue.words() <= a || j >= b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «المسلح، الذي لقي مصرعه», «الشاب المسحول تم القبض عليه», «شابا في العقد الثالث من العمر،
   * توفي»: a casualty verb of one person a few words after a singular person noun, in its clause
   * (one comma allowed; no other number, person noun, cue or mark between).
   *
   * @return the verb's token, or -1
   */
  private int oneVictimVerbAfter(int start) {
    boolean comma = false;
    for (int j = start; j < Math.min(to, start + ONE_VICTIM_WINDOW); j++) {
      if (w.isPunctuation(j)) {
        if (comma || !w.is(j, ",")) {
          return -1;
        }
        comma = true;
        continue;
      }
      Match<Construction> m = match(lex.constructions, j);
      if (m != null && m.value() == Construction.ONE_VICTIM_VERB) {
        Match<Event> cue = cueAt[j - from];
        return cue != null && isCasualty(cue.value()) ? j : -1;
      }
      if (inQuantity[j - from] || cueAt[j - from] != null || subjectAt[j - from] != null
          || match(lex.clauseOpeners, j) != null || match(lex.attribution, j) != null
          || match(lex.attributionStops, j) != null) {
        return -1; // «الطبيب إن الرئيس الذي توفي»: a complementizer opens another clause
      }
    }
    return -1;
  }

  private Slot implicit(int start, int end, Quantity q, boolean asMany) {
    Span span = new Span(w.spanStart(start), w.spanEnd(Math.max(start, end - 1)));
    Slot s = new Slot(start, end, q, span, false);
    s.inheritsQuantity = asMany;
    return s;
  }

  /**
   * «مصرع طالبين وعامل»: a singular person noun joined by و to the counted noun before it is one
   * more of the same event.
   */
  private boolean coordinated(int i) {
    if (language == Language.EN) {
      // "two men and a woman"
      return i - 2 >= from && isArticle(i - 1) && !w.is(i - 1, "one")
          && w.is(i - 2, "and") && i - 3 >= from
          && (subjectAt[i - 3 - from] != null || inQuantity[i - 3 - from]);
    }
    if (i == from || w.charAt(i, 0) != '\u0648' || (w.stemMask(i) & 2) == 0
        || hasArticle(i)) {
      return false; // «والسوري» agrees with a definite noun before it: an adjective, not a count
    }
    int j = i - 1;
    if (j > from && w.isPunctuation(j) && w.is(j, ",")) {
      j--; // a list: «6 سيارات، ومدرعتين، وسيارة إطفاء»
    }
    if (!w.isWord(j)) {
      return false;
    }
    if (j > from && inQuantity[j - 1 - from] && subjectAt[j - from] != null
        && subjectAt[j - from].value().number() == Lexicon.Number.SINGULAR) {
      return false; // «ثلاثة آلاف شرطي وجندي»: both nouns are counted by the number before
    }
    if (subjectAt[j - from] == null && j > from && w.isWord(j - 1) && subjectAt[j - 1 - from] != null
        && cueAt[j - from] == null && nounAt[j - from] == null) {
      j--; // the noun before has a word of its own: «10 سيارات إسعاف، ومدرعتين»
    }
    return subjectAt[j - from] != null || inQuantity[j - from] || match(lex.others, j) != null
        || nounStartEndingAt[j - from] >= 0 && !isCue(j);
  }

  /** Whether word {@code i} is «ب/ل/ك» with the article glued on: بالخرطوش، للمستشفى، كالعادة. */
  private boolean prepositionalPhrase(int i) {
    if (language == Language.EN || !hasArticle(i)) {
      return false;
    }
    int k = w.charAt(i, 0) == '\u0648' || w.charAt(i, 0) == '\u0641' ? 1 : 0;
    if (w.length(i) < k + 4) {
      return false;
    }
    char p = w.charAt(i, k);
    return (p == '\u0628' || p == '\u0643') && w.startsWith(i, "\u0627\u0644", k + 1)
        || p == '\u0644' && w.charAt(i, k + 1) == '\u0644';
  }

  /** Whether the matcher read an article off word {@code i} (والسوري; not وألماني). */
  private boolean hasArticle(int i) {
    // a stem that opens with ال, and the same stem without it: both suffixes of the word
    int mask = w.stemMask(i);
    for (int m = mask; m != 0; m &= m - 1) {
      int k = Integer.numberOfTrailingZeros(m);
      if (w.length(i) - k > 3 && w.startsWith(i, "\u0627\u0644", k) && k + 2 < 32
          && (mask & 1 << (k + 2)) != 0) {
        return true;
      }
    }
    return false;
  }

  private boolean isCue(int j) {
    return cueStartEndingAt[j - from] >= 0;
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
    return w.endsWith(i, "\u0647") || w.endsWith(i, "\u0647\u0627")
        || w.endsWith(i, "\u0647\u0645");
  }

  /** «بينهم شرطي»: a singular noun right after "of them" is one of them. */
  private boolean afterPartitive(int i) {
    return i > from && w.isWord(i - 1) && match(lex.partitive, i - 1) != null;
  }

  /**
   * A dual noun is a count of two; it is a claim when an event cue governs it closely (قتل شرطيان،
   * الدفع بسيارتين).
   */
  private boolean eventCueNear(int nounFrom, int nounTo, int window) {
    for (int j = nounFrom - 1; j >= Math.max(from, nounFrom - window); j--) {
      if (cueStartEndingAt[j - from] >= 0) {
        return true;
      }
      if (!w.isWord(j)) {
        break;
      }
    }
    for (int j = nounTo; j < Math.min(to, nounTo + window); j++) {
      if (cueAt[j - from] != null) {
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
  private boolean singularCounts(int i, int words) {
    if (language == Language.EN) {
      if (i == from) {
        return false;
      }
      int d = i - 1;
      if (!isArticle(d) && d > from && w.isWord(d) && subjectAt[d - from] == null
          && cueAt[d - from] == null && match(lex.functionWords, d) == null) {
        d--; // one describing word: "a British tourist"
      }
      if (!isArticle(d)) {
        return false;
      }
      for (int j = i + words; j < Math.min(to, i + words + 4); j++) {
        Match<Event> cue = cueAt[j - from];
        if (cue != null && isCasualty(cue.value())) {
          return true;
        }
      }
      return false;
    }
    if (i == from) {
      return false;
    }
    int cueStart = cueStartEndingAt[i - 1 - from];
    return cueStart >= 0 && isCasualty(cueAt[cueStart - from].value())
        && !(i + words < to && w.isWord(i + words) && match(lex.others, i + words) != null);
  }

  /** "a", "an", "one", or a possessive ("his mother"): one person is meant. */
  private boolean isArticle(int j) {
    if (j < from || !w.isWord(j)) {
      return false;
    }
    return w.is(j, "a") || w.is(j, "an") || w.is(j, "one") || w.is(j, "his") || w.is(j, "her")
        || w.is(j, "their");
  }

  private static boolean isCasualty(Event e) {
    return e == Event.KILLED || e == Event.INJURED || e == Event.ARRESTED || e == Event.MISSING;
  }

  // ---------------------------------------------------------------- resolution

  private void resolve(Slot s, Slot previous) {
    if (s.inheritsQuantity) {
      if (previous == null) {
        s.quantity = null;
        return;
      }
      s.quantity = previous.quantity;
    }
    findNoun(s, previous);
    if (adjectivalOne(s)) {
      s.quantity = null; // أسرة واحدة: "one" describing a noun that is counted by nothing
      return;
    }
    boundAfterNoun(s);
    boolean partitive = partitive(s);
    if (s.inheritsAll && previous == null) {
      ownVerbOfOne(s); // «تم القبض على أحدهم»
      if (s.event == null) {
        s.quantity = null; // «أحدهما هرب» with nothing counted before: no claim
      }
      return;
    }
    if (s.inheritsAll) {
      s.event = previous.event;
      if (s.subject == null) {
        s.subject = previous.subject;
        s.subjectKnown = previous.subjectKnown;
      }
      ownVerbOfOne(s);
      return;
    }
    if (s.numeral && s.subject == null && s.nounFrom < 0 && previous != null
        && previous.subjectKnown && isOneWord(s.from) && s.to == s.from + 1) {
      // "two policemen were killed and one was injured": one of those counted before
      s.subject = previous.subject;
      s.subjectKnown = true;
    }
    if (s.others && previous != null && s.subject == null) {
      s.subject = previous.subject;
      s.subjectKnown = previous.subjectKnown;
      s.othersOf = previous;
    }
    casualtyOfRefugees(s);
    if (s.event != null && language == Language.AR && s.numeral && s.cueFrom > s.from) {
      int verb = ClauseBounds.verbRightBefore(view, s.from, tollTokens());
      if (verb >= 0 && cueAt[verb - from].value() != s.event) {
        // hook (issue 16): «توفي 2 من المصابين»: the verb before, not the group after (ClauseBounds)
        s.event = cueAt[verb - from].value();
        s.cueFrom = verb;
        s.cueTo = s.from;
      }
    }
    if (s.event == null && previous != null && previous.event != null && language == Language.AR
        && s.numeral && s.nounFrom < 0
        && ListedCounts.nextItem(view, Math.max(previous.to, previous.nounTo), s.from,
            tollTokens())
        && !ListedCounts.ownEventAfter(view, s.to, tollTokens())) {
      s.event = previous.event; // hook (issue 16): «3 لمستشفى قصر العيني و10 للمنيرة» (ListedCounts)
      s.subject = previous.subject;
      s.subjectKnown = previous.subjectKnown;
    }
    if (s.event == null) {
      findEvent(s, previous);
    }
    if (s.event == null && previous != null && previous.event != null && language == Language.AR
        && s.numeral && s.subjectKnown && s.subject.root() == Subject.PERSON
        && ListedCounts.nextItem(view, Math.max(previous.to, previous.nounTo), s.from,
            tollTokens())) {
      s.event = previous.event; // hook (issue 16): «9 سائحين من هونج كونج و4 يابانيين» (ListedCounts)
    }
    if (s.others && previous != null && previous.event != null && isCasualty(previous.event)
        && language == Language.AR && s.event != null && !isCasualty(s.event)
        && s.event != Event.DISPLACED) {
      // (issue 16) «تم نقل 30 مصابا ... ونقل 19 آخرين»: others of the injured, moved, are injured
      s.event = previous.event;
    }
    if (s.event == null && previous != null && previous.event != null && conjoined(previous, s)) {
      s.event = previous.event; // "eight children and 14 women": the second count shares the first's event
    }
    if (s.inheritsEvent && previous != null && previous.event != null) {
      s.event = previous.event;
      s.cueFrom = -1;
      s.cueTo = -1;
    }
    boolean eventFromNoun = s.event != null && s.cueFrom == s.nounFrom && s.cueFrom >= 0;
    // «وأصيب اثنان منهم»: a verb of its own right before the count wins over the whole's event
    boolean ownVerb = s.event != null && s.cueFrom >= 0 && s.cueTo == s.from && !partitiveBefore(s)
        && (language == Language.EN || isCasualty(s.event)); // (issue 16) «تم نقل 3 منهم»: no own event
    if (partitive && previous != null && previous.event != null && !eventFromNoun && !ownVerb) {
      s.event = previous.event; // a breakdown counts what its whole counts
      s.cueFrom = -1;
      s.cueTo = -1;
      if (s.subject == null || language == Language.AR && !s.subjectKnown
          && s.subject == Subject.OTHER && previous.subjectKnown) {
        // (issue 16) «بينهم ثلاثة إصاباتهم بالغة»: the unknown word after the part is its state
        s.subject = previous.subject;
        s.subjectKnown = previous.subjectKnown;
      }
    }
  }

  /**
   * «توفي أحدهم», «أحدهم أصيب»: one of them with a casualty verb of its own right before or after
   * it takes that verb's event rather than the event of the count before.
   */
  private void ownVerbOfOne(Slot s) {
    int cue = s.from > from ? cueStartEndingAt[s.from - 1 - from] : -1;
    if (cue < 0 && s.to < to && cueAt[s.to - from] != null) {
      cue = s.to;
    }
    if (cue >= 0 && isCasualty(cueAt[cue - from].value())) {
      s.event = cueAt[cue - from].value();
      s.cueFrom = cue;
      s.cueTo = Math.min(to, cue + cueAt[cue - from].words());
    }
  }

  /**
   * Whether a one or two written in words follows a noun it only describes (من أسرة واحدة، في
   * يوم واحد): not a count. After a counted noun (شخص واحد), a cue (وأصيب اثنان) or «منهم» it
   * counts.
   */
  private boolean adjectivalOne(Slot s) {
    if (!s.numeral || s.quantity.value() == null || s.quantity.value() > 2 || s.subjectKnown
        || s.from == from || !w.isWord(s.from - 1) || !w.isWord(s.from)) {
      return false;
    }
    int j = s.from - 1;
    return subjectAt[j - from] == null && nounStartEndingAt[j - from] < 0
        && cueStartEndingAt[j - from] < 0 && match(lex.functionWords, j) == null
        && match(lex.partitive, j) == null && match(lex.conjunctions, j) == null
        && match(lex.attribution, j) == null;
  }

  /** «خمسة أشخاص على الأقل»: a bound written after the counted noun. */
  private void boundAfterNoun(Slot s) {
    int i = Math.max(s.to, s.nounTo);
    if (i >= to || !w.isWord(i) || s.quantity.kind() != QuantityKind.EXACT) {
      return;
    }
    Match<QuantityKind> m = match(lex.boundsAfterNoun, i);
    if (m == null) {
      return;
    }
    long v = s.quantity.value();
    s.quantity = m.value() == QuantityKind.AT_LEAST ? Quantity.atLeast(v) : Quantity.approximate(v);
    s.nounTo = Math.max(s.nounTo, i + m.words());
  }

  /**
   * Whether {@code s} follows {@code previous} joined only by a conjunction (و، بالإضافة إلى; and,
   * as well as), perhaps after a comma.
   */
  private boolean conjoined(Slot previous, Slot s) {
    int j = Math.max(previous.to, previous.nounTo);
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
    Match<Boolean> c = match(lex.conjunctions, j);
    return c != null && j + c.words() == s.from;
  }

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
      if (!w.isWord(j) || inQuantity[j - from] || cueAt[j - from] != null
          || nounAt[j - from] != null || match(lex.conjunctions, j) != null) {
        return false;
      }
    }
    return true;
  }

  /** Whether the count is a breakdown: «بينهم أربعة أطفال», «ستة منهم». */
  private boolean partitive(Slot s) {
    return partitiveBefore(s) || s.to < to && w.isWord(s.to) && match(lex.partitive, s.to) != null;
  }

  private boolean partitiveBefore(Slot s) {
    if (s.from > from && w.isWord(s.from - 1) && match(lex.partitive, s.from - 1) != null) {
      return true;
    }
    int k = s.from - 2;
    return k >= from && match(lex.partitive, k) != null && match(lex.partitive, k).words() == 2;
  }

  private void findNoun(Slot s, Slot previous) {
    if (s.inheritsAll) {
      return; // «أحدهم» names its noun by the count before
    }
    int i = s.numeral ? s.countTo : s.from;
    if (i < s.to && (!w.isWord(i) || match(lex.functionWords, i) != null)) {
      i = s.to; // «13 على الأقل من أفراد الجيش»: the bound stands between number and noun
    }
    if (!s.numeral && s.inheritsQuantity) {
      i = s.to;
    }
    if (!s.numeral && !s.inheritsQuantity && !s.inheritsAll) {
      if (i >= to) {
        return;
      }
      // the implicit count is the noun itself
      Match<SubjectForm> m = subjectAt[i - from];
      if (m == null && nounAt[i - from] != null) {
        nounHere(s, i); // a dual event noun, or a singular one (وجود قتيل)
        int next = s.nounTo;
        if (next < to && w.isWord(next) && subjectAt[next - from] != null
            && subjectAt[next - from].value().number() == Lexicon.Number.SINGULAR
            && subjectAt[next - from].value().subject().root() == Subject.PERSON) {
          setSubject(s, next, subjectAt[next - from]); // جثة طفل
        }
        return;
      }
      setSubject(s, i, m);
      return;
    }
    if (s.numeral && s.from > from && w.isWord(s.from - 1) && subjectAt[s.from - 1 - from] != null
        && !inQuantity[s.from - 1 - from] && s.quantity.value() != null && s.quantity.value() <= 2
        && !(w.charAt(s.from, 0) == '\u0648' && (w.stemMask(s.from) & 2) != 0)) {
      // (issue 16: «خمسة عسكريين واثنين من المهاجمين»: a two joined by و is a count of its own)
      // Arabic puts one and two after the noun as adjectives: شخص واحد، مجندين اثنين
      Match<SubjectForm> m = subjectAt[s.from - 1 - from];
      setSubject(s, s.from - 1, m);
      s.nounFrom = s.from - 1;
      return;
    }
    if (s.numeral && language == Language.AR && s.from > from && w.isWord(s.from - 1)
        && nounStartEndingAt[s.from - 1 - from] >= 0 && !inQuantity[s.from - 1 - from]
        && s.quantity.value() != null && s.quantity.value() <= 2 && s.to == s.from + 1
        && w.isWord(s.from) && !(w.charAt(s.from, 0) == '\u0648'
            && (w.stemMask(s.from) & 2) != 0)) {
      // (issue 16) «حالة إصابة واحدة»، «وفاة واحدة»: one after the event noun it counts
      int n = nounStartEndingAt[s.from - 1 - from];
      s.event = nounAt[n - from].value();
      s.cueFrom = n;
      s.cueTo = s.from;
      s.nounFrom = n;
      s.nounTo = s.from;
      s.subject = Subject.PERSON;
      s.subjectKnown = true;
      return;
    }
    if (i + 1 < to && w.isPunctuation(i) && (w.is(i, "\"") || w.is(i, "\u00bb"))
        && w.isWord(i + 1) && s.from > from && w.isPunctuation(s.from - 1)
        && (w.is(s.from - 1, "\"") || w.is(s.from - 1, "\u00ab"))) {
      // «7» متوفين, "7" متوفين: the number set in quotation marks (the normalizer writes every
      // double quotation mark as "), the noun after them
      i++;
    }
    if (i >= to || !w.isWord(i) || startsClause(i)) {
      return; // مقتل العشرات وإصابة المئات: what follows و is the next clause, not the noun
    }
    if (memberOfGroup(s, i) || (w.is(i, "\u0645\u0646") && memberOfGroup(s, i + 1))) {
      return; // hook (issue 16): «12 من عناصر القوات المسلحة» (GroupMembers)
    }
    if (nounHere(s, i)) {
      if (s.subject == Subject.PERSON && s.cueFrom != s.nounFrom) {
        memberOf(s, s.nounTo); // 20 شخصا من المتظاهرين
      }
      return;
    }
    Match<Boolean> others = match(lex.others, i);
    if (others != null) {
      s.others = true;
      // "20 others were injured": the event is looked for after the word, as after a noun
      s.nounFrom = s.nounFrom < 0 ? i : s.nounFrom;
      s.nounTo = Math.max(s.nounTo, i + others.words());
      return;
    }
    boolean partitiveOf = w.is(i, "من") || w.is(i, "of");
    if (partitiveOf && i + 1 < to && w.isWord(i + 1)) {
      if (nounHere(s, i + 1)) {
        return;
      }
      Match<Boolean> ofOthers = match(lex.others, i + 1);
      if (ofOthers != null) {
        s.others = true; // "dozens of others were injured"
        s.nounFrom = i;
        s.nounTo = i + 1 + ofOthers.words();
        return;
      }
    }
    if (language == Language.EN) {
      for (int k = 1; k <= 2 && i + k < to && w.isWord(i + k - 1); k++) {
        if (cueAt[i + k - 1 - from] != null || match(lex.functionWords, i + k - 1) != null) {
          break;
        }
        if (w.isWord(i + k) && nounHere(s, i + k)) {
          return;
        }
      }
    }
    if (cueAt[i - from] != null || match(lex.functionWords, i) != null
        || match(lex.partitive, i) != null || match(lex.conjunctions, i) != null) {
      return; // no noun: قتل 3 وأصيب 10; مقتل 23 وجرح 21 إضافة إلى ...
    }
    if (prepositionalPhrase(i)) {
      return; // إصابة 7 بالخرطوش، مصرع 3 للمرة: a preposition with the article opens no noun
    }
    // an unknown word: a person if it has the form of a human plural, otherwise something else
    s.nounFrom = i;
    s.nounTo = i + 1;
    if (memberOf(s, i + 1)) {
      return; // 20 تشكيلا من قوات الأمن، 330 فردا من القوات المسلحة
    }
    if (humanPlural(i)) {
      s.subject = Subject.PERSON;
      s.subjectKnown = false;
    } else {
      s.subject = Subject.OTHER;
      s.subjectKnown = false;
    }
  }

  /**
   * «عناصر القوات المسلحة»: a member noun at {@code i} before the name of a group gives the group's
   * subject ({@link GroupMembers}).
   */
  private boolean memberOfGroup(Slot s, int i) {
    if (language != Language.AR || i >= to) {
      return false;
    }
    int g = GroupMembers.groupAfterMember(view, i, j -> subjectAt[j - from]);
    if (g < 0) {
      return false;
    }
    setSubject(s, g, subjectAt[g - from]);
    s.nounFrom = i;
    return true;
  }

  /** The reader's per-token knowledge, as the rule classes of issue 16 ask for it. */
  private ReaderTokens tollTokens() {
    return tokens;
  }

  private ReaderTokens newTokens() {
    return new ReaderTokens() {
      @Override
      public boolean inQuantity(int i) {
        return inQuantity[i - from];
      }

      @Override
      public boolean eventAt(int i) {
        return cueAt[i - from] != null || nounAt[i - from] != null;
      }

      @Override
      public Event cue(int i) {
        return cueAt[i - from] == null ? null : cueAt[i - from].value();
      }

      @Override
      public int cueEndingAt(int i) {
        return cueStartEndingAt[i - from];
      }

      @Override
      public boolean verbal(int i) {
        return match(lex.casualtyNouns, i) == null && !hasArticle(i)
            && !(i > from && w.isWord(i - 1) && match(lex.functionWords, i - 1) != null);
      }
    };
  }

  /**
   * «N X من Y»: a count of a generic or unknown noun X (أشخاص، أفراد، تشكيلا، عنصر) taken from a
   * known group Y counts members of Y; one describing word may stand between (عنصر إضافي من
   * الشرطة). Sets the subject and widens the noun when it applies.
   */
  private boolean memberOf(Slot s, int j) {
    if (j < to && w.isWord(j) && !isOf(j) && !inQuantity[j - from]
        && subjectAt[j - from] == null && cueAt[j - from] == null && nounAt[j - from] == null
        && match(lex.functionWords, j) == null && match(lex.partitive, j) == null
        && !startsClause(j)) {
      j++; // one adjective
    }
    if (j + 2 < to && w.is(j, "of") && w.is(j + 1, "the")) {
      j++; // "four companies of the paramilitary forces"
    }
    if (j + 1 >= to || !isOf(j) || !w.isWord(j + 1)
        || subjectAt[j + 1 - from] == null || nounAt[j + 1 - from] != null) {
      return false;
    }
    Match<SubjectForm> m = subjectAt[j + 1 - from];
    if (m.value().subject() == Subject.PERSON) {
      return false;
    }
    s.subject = m.value().subject();
    s.subjectKnown = true;
    s.nounTo = j + 1 + m.words();
    return true;
  }

  /** «من», "of" (or "the" after "of", read as the same link). */
  private boolean isOf(int j) {
    return w.is(j, "\u0645\u0646") || w.is(j, "of") || w.is(j, "the") && j > from && w.is(j - 1, "of");
  }

  private boolean humanPlural(int i) {
    if (match(lex.nonHumanPlurals, i) != null) {
      return false;
    }
    for (String ending : lex.humanPluralEndings) {
      if (w.length(i) >= ending.length() + 3 && w.endsWith(i, ending)) {
        return true;
      }
    }
    return false;
  }

  private boolean nounHere(Slot s, int i) {
    Match<SubjectForm> m = subjectAt[i - from];
    Match<Event> noun = nounAt[i - from];
    if (noun != null && (m == null || noun.words() >= m.words())) {
      s.event = noun.value();
      s.cueFrom = i;
      s.cueTo = i + noun.words();
      s.nounFrom = i;
      s.nounTo = i + noun.words();
      s.subject = Subject.PERSON;
      s.subjectKnown = true;
      int j = s.nounTo;
      if (j + 1 < to && (w.is(j, "من") || w.is(j, "among")) && w.isWord(j + 1)
          && subjectAt[j + 1 - from] != null) {
        setSubject(s, j + 1, subjectAt[j + 1 - from]);
      }
      return true;
    }
    if (m != null) {
      setSubject(s, i, m);
      return true;
    }
    return false;
  }

  private void setSubject(Slot s, int i, Match<SubjectForm> m) {
    if (m == null) {
      return;
    }
    s.subject = m.value().subject();
    s.subjectKnown = true;
    s.nounFrom = Math.min(i, s.nounFrom < 0 ? i : s.nounFrom);
    s.nounTo = Math.max(i + m.words(), s.nounTo);
    int j = s.nounTo;
    if (s.event == null && j + 1 < to && w.is(j, "\u0645\u0646") && w.isWord(j + 1)
        && nounAt[j + 1 - from] != null) {
      // 7 حالات من المصابين: the event noun after من names what the count is
      Match<Event> noun = nounAt[j + 1 - from];
      s.event = noun.value();
      s.cueFrom = j + 1;
      s.cueTo = j + 1 + noun.words();
      s.nounTo = s.cueTo;
    }
  }

  private void findEvent(Slot s, Slot previous) {
    // hook (issue 16): the toll construction reaches its number across asides (TollReach)
    int toll = language == Language.AR ? TollReach.tollEvent(view, s.from, tollTokens()) : -1;
    if (toll >= 0) {
      Match<Event> m = cueAt[toll - from] != null ? cueAt[toll - from] : nounAt[toll - from];
      s.event = m.value();
      s.cueFrom = toll;
      s.cueTo = Math.min(to, toll + m.words());
      return;
    }
    int before = -1;
    int beforeDistance = Integer.MAX_VALUE;
    Match<Event> beforeMatch = null;
    int first = s.nounFrom >= 0 ? Math.min(s.from, s.nounFrom) : s.from;
    int window = tollVerbBefore(s.from) ? TOLL_WINDOW : BEFORE_WINDOW;
    boolean reported = false;
    int fallback = -1;
    Match<Event> fallbackMatch = null;
    for (int j = first - 1; j >= Math.max(from, first - window); j--) {
      if (w.isWord(j) && match(lex.clauseOpeners, j) != null) {
        break; // «لقي مصرعه بينما تمكن 2 من الهرب»: a verb before بينما governs its own clause
      }
      if (language == Language.AR && ClauseBounds.closesBackwardScan(view, j)) {
        break; // hook (issue 16): «، كما» opens a clause of its own (ClauseBounds)
      }
      if (language == Language.AR && ClauseBounds.complementizer(view, j)) {
        if (!ClauseBounds.refersBack(view, j)) {
          break; // hook (issue 16): «وأضاف أن» opens a clause of its own (ClauseBounds)
        }
        reported = true; // «وقالت إنها»: the cue before is a fallback only
      }
      int cueStart = cueStartEndingAt[j - from];
      int nounStart = nounStartEndingAt[j - from];
      if (cueStart >= 0 || nounStart >= 0 && !inQuantity[j - from]) {
        before = cueStart >= 0 ? cueStart : nounStart;
        beforeMatch = cueStart >= 0 ? cueAt[cueStart - from] : nounAt[nounStart - from];
        beforeDistance = first - 1 - j;
        if (reported) {
          fallback = before;
          fallbackMatch = beforeMatch;
          before = -1;
          beforeMatch = null;
          beforeDistance = Integer.MAX_VALUE;
        }
        break;
      }
    }
    int afterStart = Math.max(s.to, s.nounTo);
    int after = -1;
    int afterDistance = Integer.MAX_VALUE;
    int limit = afterStart + AFTER_WINDOW;
    int skipped = 0;
    for (int j = afterStart; j < Math.min(to, limit); j++) {
      if (cueAt[j - from] != null || nounAt[j - from] != null && j > afterStart - 1 && s.nounTo > 0) {
        // a cue, or an event noun as predicate after the counted noun: 264 جنديا مفقودين
        after = j;
        afterDistance = j - afterStart - skipped + (startsClause(j) ? 2 : 0);
        break;
      }
      if (w.isPunctuation(j) && w.is(j, ",") && j + 1 < to && w.isWord(j + 1)
          && match(lex.partitive, j + 1) != null) {
        // "Seven people, including three children, were killed": skip the breakdown
        // («23 شخصا، بينهم مدنيون وعسكريون قتلوا»: a verb before the breakdown's comma ends it)
        int k = j + 2;
        while (k < to && !(w.isPunctuation(k) && w.is(k, ",")) && cueAt[k - from] == null) {
          k++;
        }
        if (k < to && cueAt[k - from] != null) {
          k--; // the cue is read next, as the count's own predicate
        }
        limit += k - j;
        skipped += k - j;
        j = k;
        continue;
      }
      if (w.isPunctuation(j) && w.is(j, ",") && j + 2 < to && w.isWord(j + 1)
          && cueAt[j + 2 - from] != null && isFloating(j + 1)) {
        // "three children, all admitted to hospital": «كلهم، جميعهم» after the comma
        limit += 2;
        skipped += 2;
        j++;
        continue;
      }
      if (language == Language.AR && s.nounTo > 0 && ClauseBounds.pluralVerbAfterComma(view, j)
          && cueAt[j + 1 - from] != null && isCasualty(cueAt[j + 1 - from].value())) {
        // hook (issue 16): «19 سائحا، لقوا مصرعهم»: the plural verb after the comma (ClauseBounds)
        after = j + 1;
        afterDistance = j + 1 - afterStart - skipped;
        break;
      }
      int aside = w.isPunctuation(j) && w.is(j, ",") ? asideEnd(j) : -1;
      if (aside > 0) {
        // "33 activists, led by their leader, were arrested": a comma-set aside between the count
        // and its verb is skipped when the verb follows its closing comma
        limit += aside - j;
        skipped += aside - j;
        j = aside;
        continue;
      }
      if (inQuantity[j - from] && j > afterStart || w.isPunctuation(j) && isClauseBreakMark(j)) {
        break; // a cue after the comma, or after another number, governs that clause
      }
    }
    if (before < 0 && after < 0 && language == Language.AR) {
      after = verbLaterInClause(afterStart, limit);
      afterDistance = after < 0 ? Integer.MAX_VALUE : AFTER_WINDOW;
    }
    if (before < 0 && after < 0 && language == Language.AR) {
      // hook (issue 16): a verb far back in the count's clause, VSO with a long subject (ClauseBounds)
      before = ClauseBounds.verbEarlierInClause(view, first, tollTokens());
      if (before >= 0) {
        beforeMatch = cueAt[before - from];
        beforeDistance = 0;
      }
    }
    if (before < 0 && after < 0 && fallback >= 0) {
      before = fallback; // the cue of the reporting clause, when the report has none of its own
      beforeMatch = fallbackMatch;
      beforeDistance = 0;
      s.reportedCue = true;
    }
    if (before >= 0 && after >= 0 && language == Language.AR && cueAt[after - from] != null
        && ClauseBounds.verbOfNextCount(view, after, cueAt[after - from].words(),
            startsClause(after), tollTokens())) {
      afterDistance = Integer.MAX_VALUE; // hook (issue 16): «وأصيب 12» is the next count's verb
    }
    if (before < 0 && after < 0) {
      return;
    }
    if (before >= 0 && after >= 0 && previous != null && previous.cueFrom == before
        && before >= Math.max(previous.to, previous.nounTo) && before < previous.to + AFTER_WINDOW
        && opensCoordinatedClause(first)) {
      // "four people were killed and dozens of others were injured": the verb after the first
      // count is its predicate; a count that opens the next clause takes the verb of its own
      beforeDistance = Integer.MAX_VALUE;
    }
    int cue = beforeDistance <= afterDistance ? before : after;
    Match<Event> m = cue == before ? beforeMatch
        : cueAt[cue - from] != null ? cueAt[cue - from] : nounAt[cue - from];
    s.event = m.value();
    s.cueFrom = cue;
    s.cueTo = Math.min(to, cue + m.words());
    if (cue == before && combinedCasualties(cue)) {
      s.event = Event.OTHER;
    }
  }

  /**
   * The closing comma of an aside that opens with the comma at {@code open} and is followed by an
   * event verb: up to {@link #ASIDE_WORDS} words with no number, cue, event noun or other mark
   * between the two commas ("33 activists, led by their leader, were arrested"); -1 if none.
   */
  private int asideEnd(int open) {
    for (int k = open + 1; k < Math.min(to, open + 2 + ASIDE_WORDS); k++) {
      if (w.isPunctuation(k)) {
        if (k == open + 1 || !w.is(k, ",")) {
          return -1;
        }
        if (k + 1 < to && cueAt[k + 1 - from] != null) {
          return k;
        }
        continue; // an aside of several parts: "led by X, an MP from Y, were arrested"
      }
      if (inQuantity[k - from] || cueAt[k - from] != null || nounAt[k - from] != null
          || match(lex.partitive, k) != null || match(lex.clauseOpeners, k) != null) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * «تسعة مواطنين من هونغ كونغ هم على الارجح بين السياح الذين قضوا»: with no cue before the count
   * nor within the window after it, an event verb further on in the same clause (no mark, number or
   * clause opener between, at most {@link #CLAUSE_WINDOW} words after the count) is its predicate.
   *
   * @return the verb's token, or -1
   */
  private int verbLaterInClause(int start, int windowEnd) {
    for (int j = start; j < Math.min(to, start + CLAUSE_WINDOW); j++) {
      if (w.isPunctuation(j) || inQuantity[j - from]
          || w.isWord(j) && match(lex.clauseOpeners, j) != null) {
        return -1;
      }
      Match<Event> cue = cueAt[j - from];
      if (j >= windowEnd && cue != null) {
        // a verb: no casualty noun (مقتل، إصابة), no article, not after a preposition (خلال تظاهرات)
        // or a verb after a relative (السياح الذين قضوا، الركاب الذين غرقوا)
        boolean relative = isRelative(j) || j > from && w.isWord(j - 1) && isRelative(j - 1);
        boolean verb = isCasualty(cue.value()) && match(lex.casualtyNouns, j) == null
            && (relative || !hasArticle(j)
                && !(j > from && w.isWord(j - 1) && match(lex.functionWords, j - 1) != null));
        return verb ? j : -1;
      }
    }
    return -1;
  }

  /** Whether word {@code j} is a floating quantifier of the constructions: all, both; جميعهم. */
  private boolean isFloating(int j) {
    Match<Construction> m = match(lex.constructions, j);
    return m != null && m.value() == Construction.FLOATING_QUANTIFIER && m.words() == 1;
  }

  /** Whether word {@code j} is a relative pronoun of the lexicon's constructions: الذي، الذين; who. */
  private boolean isRelative(int j) {
    Match<Construction> m = match(lex.constructions, j);
    return m != null && m.value() == Construction.RELATIVE;
  }

  /**
   * Whether a toll verb stands right before the number (حصيلة القتلى ... ارتفعت إلى 73; the toll
   * ... rose to 19): the toll noun it reports may stand far before it.
   */
  private boolean tollVerbBefore(int at) {
    for (int k = Math.max(from, at - 3); k < at; k++) {
      Match<Boolean> m = w.isWord(k) ? match(lex.tollVerbs, k) : null;
      if (m != null && k + m.words() == at) {
        return true;
      }
    }
    return false;
  }

  /** Whether the count at word {@code j} follows «و» or "and" (glued or alone). */
  private boolean opensCoordinatedClause(int j) {
    return startsClause(j);
  }

  /** Whether word {@code j} opens a coordinated clause: وأصيب، and. */
  private boolean startsClause(int j) {
    return (w.stemMask(j) & 2) != 0 && w.charAt(j, 0) == '\u0648' || j > from && (w.is(j - 1, "\u0648")
        || w.is(j - 1, "and"));
  }

  /** Whether token {@code j} is one of the marks {@code , ; : . ( ) ? !} that end a clause. */
  private boolean isClauseBreakMark(int j) {
    if (w.length(j) != 1) {
      return false;
    }
    return switch (w.charAt(j, 0)) {
      case ',', ';', ':', '.', '(', ')', '?', '!' -> true;
      default -> false;
    };
  }

  /**
   * «مصرع وإصابة 6»: two verbal nouns of different casualty events joined by و right before the
   * number count both together, which is no single event.
   */
  private boolean combinedCasualties(int cue) {
    Match<Event> second = cueAt[cue - from];
    if (second == null || !isCasualty(second.value()) || match(lex.casualtyNouns, cue) == null) {
      return false;
    }
    int j = cue - 1;
    if (j >= from && w.is(j, "\u0648")) {
      j--;
    } else if (!startsClause(cue)) {
      return false;
    }
    if (j < from || !w.isWord(j)) {
      return false;
    }
    int first = cueStartEndingAt[j - from];
    return first >= 0 && isCasualty(cueAt[first - from].value())
        && cueAt[first - from].value() != second.value()
        && match(lex.casualtyNouns, first) != null;
  }

  /** Makes the event fit what is counted. */
  private static Event agree(Event event, Slot s) {
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

  // ---------------------------------------------------------------- modality

  private Modality modality(Slot s) {
    int first = s.cueFrom >= 0 ? Math.min(s.cueFrom, s.from) : s.from;
    int limit = Math.max(s.from, s.cueFrom >= 0 && s.cueFrom < s.from ? s.cueTo : s.from);
    Modality found = Modality.ASSERTED;
    for (int i = Math.max(from, first - 10); i < limit; i++) {
      if (!w.isWord(i)) {
        continue;
      }
      Match<Modality> m = match(lex.modality, i);
      if (m != null) {
        found = m.value();
      }
    }
    return found;
  }

  // ---------------------------------------------------------------- attribution

  /**
   * An attribution of the sentence: where its cue stands, the source in original words, whether it
   * was carried from the sentence before, whether it covers the whole sentence (وفق X; according
   * to X) or only what follows its verb, and whether it is postposed: a reporting clause set off
   * after what it reports ("18 were killed, state television reported"; «قتل 12 شخصا، قالت
   * الشرطة»), which covers the clause before it instead.
   */
  private record Attribution(int at, String text, boolean carried, boolean wholeSentence,
      boolean postposed) {

    Attribution(int at, String text, boolean carried, boolean wholeSentence) {
      this(at, text, carried, wholeSentence, false);
    }
  }

  private boolean continues() {
    for (int i = from; i < Math.min(to, from + 3); i++) {
      if (w.isWord(i)) {
        Match<AttributionRole> m = match(lex.attribution, i);
        if (m != null && m.value() == AttributionRole.CONTINUATION) {
          return true;
        }
      }
    }
    return false;
  }

  private List<Attribution> attributions(Supplier<String> carried) {
    List<Attribution> list = new ArrayList<>(2);
    for (int i = from; i < to; i++) {
      if (!w.isWord(i)) {
        continue;
      }
      Match<AttributionRole> m = match(lex.attribution, i);
      if (m == null) {
        continue;
      }
      int next = i + m.words();
      switch (m.value()) {
        case CONTINUATION -> {
          // وأضاف أن، "adding that": the source named last in this sentence, else the one before
          String own = lastOwn(list);
          if (own != null && nextIsComplementizer(next)) {
            list.add(new Attribution(i, own, false, false));
          } else if (nextIsComplementizer(next) && carried.get() != null) {
            list.add(new Attribution(i, carried.get(), true, false));
          }
        }
        case PREPOSITION -> {
          // بحسب ما أعلنت الوزارة، حسبما ذكرت: the source follows the reporting verb
          Match<AttributionRole> verb = match(lex.attribution, next);
          if (verb != null && verb.value() == AttributionRole.VERB) {
            next += verb.words();
          }
          String source = sourceAfter(next, false);
          if (source != null) {
            list.add(new Attribution(i, source, false, true));
          }
        }
        case VERB -> {
          // English puts the source before its verb ("the ministry said"), Arabic after it
          // (قالت الوزارة); each falls back to the other order ("said the spokesman").
          boolean complementizer = nextIsComplementizer(next);
          boolean english = language == Language.EN;
          int clause = english ? sourceBeforeStart(i) : -1;
          String source = clause < 0 ? null : originalText(clause, i);
          if (source == null && !complementizer) {
            source = sourceAfter(next, match(lex.chainVerbs, i) != null);
            clause = i;
          }
          if (source == null && !english) {
            clause = sourceBeforeStart(i);
            source = clause < 0 ? null : originalText(clause, i);
          }
          if (source != null) {
            boolean postposed = clause > from && isClauseBreak(clause - 1) && !opensReport(next);
            list.add(new Attribution(i, source, false, false, postposed));
          } else if (nextIsComplementizer(next) && carried.get() != null) {
            list.add(new Attribution(i, carried.get(), true, false)); // وقال إن: the source said before
          }
        }
        default -> { }
      }
      i = next - 1;
    }
    return list;
  }

  private static String lastOwn(List<Attribution> list) {
    for (int k = list.size() - 1; k >= 0; k--) {
      if (!list.get(k).carried) {
        return list.get(k).text;
      }
    }
    return null;
  }

  private boolean nextIsComplementizer(int i) {
    if (i >= to || !w.isWord(i)) {
      return i < to && w.isPunctuation(i) && !w.is(i, "-");
    }
    return w.is(i, "ان") || w.is(i, "انه") || w.is(i, "انها") || w.is(i, "بان")
        || w.is(i, "بانه") || w.is(i, "that");
  }

  /**
   * The source named after a cue: up to six words (twelve through a reporting chain such as
   * نقلت الوكالات عن المتحدث), to the first stop word or punctuation; a hyphen inside a name
   * (إنترفاكس-كازاخستان) does not end it.
   */
  private String sourceAfter(int i, boolean chainVerb) {
    for (Match<TimeRole> t; i < to && w.isWord(i) && (t = match(lex.time, i)) != null; ) {
      i += t.words(); // said Tuesday; قالت اليوم الوزارة: a time is no source
    }
    int start = i;
    int end = i;
    boolean chain = false;
    while (end < to && end - start < (chain ? 14 : 6)) {
      if (!w.isWord(end)) {
        if (w.is(end, "-") && end > start && end + 1 < to && w.isWord(end + 1)) {
          end++;
          continue;
        }
        break;
      }
      if (chainVerb && !chain && end > start && (w.is(end, "عن") || w.is(end, "quoting"))) {
        chain = true;
        end++;
        continue;
      }
      if (match(lex.attributionStops, end) != null || cueAt[end - from] != null
          || end > start && match(lex.time, end) != null) {
        break;
      }
      end++;
    }
    while (end > start && !w.isWord(end - 1)) {
      end--;
    }
    return end == start ? null : originalText(start, end);
  }

  /**
   * The source before its verb, in a clause that opens with it: «وزارة الدفاع الروسية قالت إن»,
   * "Tokayev, President of Kazakhstan stated that".
   */
  private int sourceBeforeStart(int verb) {
    int start = verb;
    while (start > from && w.isWord(start - 1) && verb - start < 6
        && match(lex.functionWords, start - 1) == null) {
      start--;
    }
    boolean opensClause = start == from || !w.isWord(start - 1) && !w.is(start - 1, "-");
    return !opensClause || start == verb ? -1 : start;
  }

  /** Whether a report follows a verb: a complementizer (إن، that) or a colon. */
  private boolean opensReport(int i) {
    if (i >= to) {
      return false;
    }
    return w.isWord(i) ? nextIsComplementizer(i) : w.is(i, ":");
  }

  /** A comma-like mark that sets a reporting clause off from what it reports. */
  private boolean isClauseBreak(int i) {
    if (w.isWord(i)) {
      return false;
    }
    return w.is(i, ",") || w.is(i, "،") || w.is(i, "-") || w.is(i, "–") || w.is(i, "—");
  }

  /**
   * The attribution of a count: when no cue of the sentence that is not postposed stands before
   * it and the next cue is a postposed one, that one (or the source it cites); otherwise the last
   * cue at or before it that is not postposed, or the first whole-sentence cue after it, whichever
   * is closer (the one before on a tie); otherwise a postposed cue before it. {@code list} is in
   * text order; {@code nextWhole[k]} is the index of the first whole-sentence cue at or after
   * {@code k} and {@code prevPlain[k]} that of the last cue before {@code k} that is not
   * postposed, so that a long sentence with many counts and many cues stays linear.
   */
  private static String nearestAttribution(List<Attribution> list, int[] nextWhole,
      int[] prevPlain, Slot s) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).at <= s.from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Attribution before = prevPlain[lo] >= 0 ? list.get(prevPlain[lo]) : null;
    boolean ownBefore = before != null && !before.carried;
    if (!ownBefore && lo < list.size() && list.get(lo).postposed) {
      Attribution citing = lo + 1 < list.size() ? list.get(lo + 1) : null;
      // "18 were killed, state television reported, citing the interior ministry": the original
      return citing != null && citing.wholeSentence && citing.at - list.get(lo).at <= 3
          ? citing.text : list.get(lo).text;
    }
    Attribution after = lo < list.size() && nextWhole[lo] >= 0 ? list.get(nextWhole[lo]) : null;
    if (after != null && (before == null || after.at - s.from < s.from - before.at)) {
      return after.text;
    }
    if (before != null) {
      return before.text;
    }
    return lo > 0 ? list.get(lo - 1).text : null;
  }

  private static int[] previousPlain(List<Attribution> list) {
    int[] prev = new int[list.size() + 1];
    prev[0] = -1;
    for (int k = 1; k <= list.size(); k++) {
      prev[k] = list.get(k - 1).postposed ? prev[k - 1] : k - 1;
    }
    return prev;
  }

  private static int[] nextWholeSentence(List<Attribution> list) {
    int[] next = new int[list.size() + 1];
    next[list.size()] = -1;
    for (int k = list.size() - 1; k >= 0; k--) {
      next[k] = list.get(k).wholeSentence ? k : next[k + 1];
    }
    return next;
  }

  // ---------------------------------------------------------------- place and time

  /** The place of the sentence: a name after a place noun (مدينة ألماتي; in Almaty), else one of the gazetteer's. */
  private String place() {
    String named = placeAfterCue();
    return named != null ? named : knownPlace();
  }

  /**
   * The first place name of the lexicon's gazetteer that the sentence puts an event at: after a
   * locative word (في سوريا، قرب حلب; in Gaza), with the preposition glued on (بسوريا، وبغداد is
   * not: بغداد is a name of its own), or after a direction word that follows one (في شمال
   * سوريا; in central Gaza), which then belongs to the place.
   */
  private String knownPlace() {
    for (int i = from; i < to; i++) {
      if (!w.isWord(i)) {
        continue;
      }
      Match<Boolean> name = match(lex.places, i);
      if (name == null) {
        continue;
      }
      int start = i;
      Match<Boolean> dir = null;
      for (int d = Math.max(from, i - 2); d < i && dir == null; d++) {
        Match<Boolean> m = w.isWord(d) ? match(lex.placeDirections, d) : null;
        if (m != null && d + m.words() == i) {
          dir = m;
          start = d;
        }
      }
      if (locative(start)) {
        String text = originalText(start, i + name.words());
        if (!afterPreposition(start)) { // the preposition is glued on: بسوريا is سوريا
          text = text.substring(text.startsWith("وب") || text.startsWith("فب") ? 2 : 1);
        }
        return text;
      }
      i += name.words() - 1;
    }
    return null;
  }

  /** Whether word {@code i} follows a locative preposition of the lexicon: في، قرب; in, near. */
  private boolean afterPreposition(int i) {
    for (int d = Math.max(from, i - 3); d < i; d++) {
      Match<Boolean> m = w.isWord(d) ? match(lex.placePrepositions, d) : null;
      if (m != null && d + m.words() == i) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code i} follows a locative preposition or carries one glued on. */
  private boolean locative(int i) {
    if (afterPreposition(i)) {
      return true;
    }
    String f = w.form(i);
    if (lex.placeForms.contains(f)) {
      return false;
    }
    return f.startsWith("ب") || f.startsWith("وب") || f.startsWith("فب");
  }

  private String placeAfterCue() {
    for (int i = from; i < to - 1; i++) {
      if (!w.isWord(i) || match(lex.placeCues, i) == null) {
        continue;
      }
      if (language == Language.EN) {
        int j = i + 1;
        int end = j;
        while (end < to && w.isWord(end) && end - j < 3) {
          char c = original.charAt(w.spanStart(end));
          if (!Character.isUpperCase(c)) {
            break;
          }
          end++;
        }
        if (end > j) {
          return originalText(j, end);
        }
        continue;
      }
      if (definite(i)) {
        continue; // المدينة: a definite cue names no place after it (مدينة ألماتي does)
      }
      int j = i + 1;
      if (!w.isWord(j) || match(lex.placeStops, j) != null || match(lex.time, j) != null
          || startsClause(j) || cueAt[j - from] != null) {
        continue;
      }
      int end = j + 1;
      if (end < to && w.isWord(end) && match(lex.placeStops, end) == null
          && cueAt[end - from] == null && match(lex.time, end) == null
          && match(lex.attribution, end) == null && subjectAt[end - from] == null
          && w.length(end) > 2 && w.stemMask(end) == 1) {
        end++;
      }
      return originalText(j, end);
    }
    return null;
  }

  /** Whether an Arabic word carries the article, after any conjunction or preposition. */
  private boolean definite(int i) {
    for (int m = w.stemMask(i); m != 0; m &= m - 1) {
      int k = Integer.numberOfTrailingZeros(m);
      if (w.startsWith(i, "\u0627\u0644", k) && w.length(i) - k > 3) {
        return true;
      }
    }
    return w.startsWith(i, "\u0644\u0644", 0) && w.length(i) > 3;
  }

  private String timeExpression() {
    for (int i = from; i < to; i++) {
      if (!w.isWord(i)) {
        continue;
      }
      Match<TimeRole> m = match(lex.time, i);
      if (m == null || m.value() == TimeRole.MODIFIER && !dayFollows(i + m.words())) {
        continue;
      }
      int end = i + m.words();
      while (end < to && w.isWord(end)) {
        Match<TimeRole> next = match(lex.time, end);
        if (next == null) {
          break;
        }
        end += next.words();
      }
      return originalText(i, end);
    }
    return null;
  }

  private boolean dayFollows(int i) {
    if (i >= to || !w.isWord(i)) {
      return false;
    }
    Match<TimeRole> m = match(lex.time, i);
    return m != null && m.value() != TimeRole.MODIFIER;
  }

  private String originalText(int fromToken, int toToken) {
    return original.substring(w.spanStart(fromToken), w.spanEnd(toToken - 1));
  }
}
