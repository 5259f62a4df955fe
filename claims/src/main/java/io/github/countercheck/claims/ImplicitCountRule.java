package io.github.countercheck.claims;

import io.github.countercheck.core.Language;
import java.util.List;
import java.util.function.Function;

/**
 * The implicit counts as data: each rule names the lexicon index its word is found in (the
 * trigger), the language it holds for, and the context it needs, as lexicon indexes within a
 * window of words around the trigger. {@link ImplicitCountReader} applies each rule's exact test
 * with these windows; {@link #mayApply} reads the same table at the level of the key bits of a
 * sentence's words, before it is tokenized, so that {@link ClaimExtractor} skips a sentence with no
 * numeral only when no rule of this table can hold in it. A rule added here is seen by both.
 *
 * <p>A window is {@code [i - before, i + after]} around trigger word {@code i}, each side widened
 * by the longest entry of the context index (before) or of the trigger (after) where an entry may
 * span several words; a side of -1 is closed (the context is only on the other side). Word
 * positions skip punctuation, which only makes a window wider than the same tokens would.
 */
enum ImplicitCountRule {
  /** «مثلها»; "as many": the quantity of a count before, which only the other rules make. */
  AS_MANY(l -> l.asMany, l -> l.asMany, null, false, null),
  /** «أحدهم»: one of the count before, with a cue right before or after it (توفي أحدهم). */
  ONE_OF_THEM(l -> l.oneOfThem, l -> l.oneOfThem, null, false,
      List.of(Near.cue(0, true, 0, true))),
  /** «وإصابة آخر»: one more of the kind counted before, right after a casualty cue. */
  ANOTHER_ONE(l -> l.anotherOne, l -> l.anotherOne, null, false,
      List.of(Near.cue(0, true, 0, true))),
  /** A dual event noun (سقط قتيلان): the count and the event in one word. */
  DUAL_EVENT_NOUN(l -> l.eventDuals, l -> l.eventDuals, null, false, List.of()),
  /**
   * A singular event noun of the constructions (وجود قتيل، العثور على جثة): one by itself; its
   * trigger is a word both in the event nouns and in the constructions.
   */
  ONE_EVENT_NOUN(l -> l.eventNouns, l -> l.eventNouns, Language.AR, false, List.of()) {
    @Override
    long triggerBits(Lexicon lex) {
      return lex.eventNouns.bit() | lex.constructions.bit();
    }
  },
  /** A dual subject noun near a cue: قتل شرطيان، الدفع بسيارتين. */
  DUAL_SUBJECT_NEAR_CUE(l -> l.dualSubjects, l -> l.subjects, null, false,
      List.of(Near.cue(ImplicitCountRule.DUAL_CUE_WINDOW - 1, true,
          ImplicitCountRule.DUAL_CUE_WINDOW - 1, true))),
  /** A dual or singular subject right after «بينهم», "among them": one or two of them. */
  AFTER_PARTITIVE(l -> l.countableSubjects, l -> l.subjects, null, false,
      List.of(new Near(l -> l.partitive.bit(), l -> l.partitive, 1, false, -1, false))),
  /**
   * (issue 16) A dual or singular of people right after «بين / ضمن» and a casualty noun: «من بين
   * القتلى طفل» ({@link AmongVictims}).
   */
  AMONG_VICTIMS(l -> l.countableSubjects, l -> l.subjects, Language.AR, false,
      List.of(new Near(l -> l.eventNouns.bit(), l -> l.eventNouns, 0, true, -1, false))),
  /**
   * A dual or singular subject joined by و to a noun just before it (a subject, «آخرين», an event
   * noun): «شخصين وطفل»، "two men and a woman"; in Arabic its word opens with the conjunction.
   */
  COORDINATED(l -> l.countableSubjects, l -> l.subjects, null, true, List.of(
      new Near(l -> l.subjects.bit() | l.others.bit(), l -> l.subjects, 3, false, -1, false),
      new Near(l -> l.eventNouns.bit(), l -> l.eventNouns, 2, true, -1, false))),
  /** A singular person right after a casualty cue: مقتل جندي، أصيب شرطي. */
  PERSON_AFTER_CUE(l -> l.personSingulars, l -> l.subjects, Language.AR, false,
      List.of(Near.cue(0, true, -1, false))),
  /**
   * (issue 16) The accusative of a singular person after a casualty verb, right after it or after
   * its subject: «جنود يقتلون فلسطينيا» ({@link ImplicitAgreement#objectOfVerb}).
   */
  VERB_OBJECT(l -> l.personSingulars, l -> l.subjects, Language.AR, false,
      List.of(Near.cue(ImplicitAgreement.SUBJECT_WORDS, true, -1, false))),
  /** A singular person before a casualty verb of one person in its clause: المسلح، الذي لقي مصرعه. */
  PERSON_BEFORE_VERB(l -> l.personSingulars, l -> l.subjects, Language.AR, false,
      List.of(Near.cue(-1, false, OneVictimVerb.WINDOW, true))),
  /**
   * (ar30impl) A later verb of one death, a cue word of a construction («ما أدى إلى وفاته»،
   * «فلقي مصرعه»), with a singular person noun in its clause before it ({@link LaterVerbOfOne}).
   */
  LATER_VERB_OF_ONE(l -> l.eventCues, l -> l.eventCues, Language.AR, false,
      List.of(new Near(l -> l.personSingulars.bit(), l -> l.subjects, LaterVerbOfOne.WINDOW, true,
          -1, false))) {
    @Override
    long triggerBits(Lexicon lex) {
      return lex.eventCues.bit() | lex.constructions.bit();
    }
  },
  /** "a policeman was killed": a singular person after "a", "an", with a casualty cue close after. */
  PERSON_THEN_CUE(l -> l.personSingulars, l -> l.subjects, Language.EN, false,
      List.of(Near.cue(-1, false, ImplicitCountRule.ENGLISH_CUE_WINDOW - 1, true))),
  /**
   * (issue 16) "an arrested man", "a wounded Iraqi teenager": a singular person after a casualty
   * participle and its article ({@link EnglishSingular#participleArticle}).
   */
  PARTICIPLE_THEN_PERSON(l -> l.personSingulars, l -> l.subjects, Language.EN, false,
      List.of(Near.cue(2, false, -1, false)));

  /** How near a dual subject noun a cue must stand, in words on either side (قتل شرطيان). */
  static final int DUAL_CUE_WINDOW = 3;
  /** How far after an English singular person a casualty cue may stand ("a man was shot"). */
  static final int ENGLISH_CUE_WINDOW = 4;

  /**
   * A context: words with a bit of {@code bits} within the window around the trigger.
   *
   * @param bits        the key bits of the context indexes
   * @param width       the index whose longest entry widens the window before the trigger
   * @param before      how many words before the trigger, or -1 for none
   * @param widenBefore whether the context entry may span words that end before the trigger
   * @param after       how many words after the trigger, or -1 for none
   * @param widenAfter  whether the trigger's own entry may span words before the window starts
   */
  record Near(Function<Lexicon, Long> bits, Function<Lexicon, PhraseIndex<?>> width,
      int before, boolean widenBefore, int after, boolean widenAfter) {

    /** An event cue within the window. */
    static Near cue(int before, boolean widenBefore, int after, boolean widenAfter) {
      return new Near(l -> l.eventCues.bit(), l -> l.eventCues, before, widenBefore, after,
          widenAfter);
    }
  }

  private final Function<Lexicon, PhraseIndex<?>> trigger;
  private final Function<Lexicon, PhraseIndex<?>> span;
  private final Language only;
  private final boolean conjoined;
  /** The contexts, any of which will do; empty: none needed; null: never alone. */
  private final List<Near> needs;

  ImplicitCountRule(Function<Lexicon, PhraseIndex<?>> trigger,
      Function<Lexicon, PhraseIndex<?>> span, Language only, boolean conjoined, List<Near> needs) {
    this.trigger = trigger;
    this.span = span;
    this.only = only;
    this.conjoined = conjoined;
    this.needs = needs;
  }

  /** @return the index the rule's word is found in (as {@link Table} holds it for the lexicon) */
  PhraseIndex<?> trigger(Lexicon lex) {
    return lex.implicitRules.triggers[ordinal()];
  }

  /** @return the key bits the trigger word must all have */
  long triggerBits(Lexicon lex) {
    return trigger.apply(lex).bit(); // read by the Table, before the lexicon holds it
  }

  /**
   * Whether the rule may hold at word {@code i} of a sentence, judged from the key bits of its
   * words alone: the trigger's bit at {@code i} and, for some context, a context bit in its window
   * ({@link Table#mayApply}).
   *
   * @param lex   the sentence's lexicon
   * @param words the key bits of the sentence's words, in order
   * @param waw   for each word, whether it opens with a و that may be the conjunction
   * @param n     how many words
   * @param i     the trigger word
   * @return false if the rule cannot hold at {@code i}
   */
  boolean mayApply(Lexicon lex, long[] words, boolean[] waw, int n, int i) {
    return lex.implicitRules.mayApply(ordinal(), words, waw, n, i);
  }

  /**
   * The table read for one lexicon, once, when it is built (after its key bits are given): per
   * rule its trigger index and bits, and its contexts as key bits with the window's ends relative
   * to the trigger word, so that the sentence filter, which runs at every word of most sentences,
   * reads arrays instead of asking the rules' functions of the lexicon each time.
   */
  static final class Table {
    final PhraseIndex<?>[] triggers;
    private final long[] triggerBits;
    /** The union of the trigger bits: a word without one triggers no rule. */
    private final long anyTrigger;
    /** Whether the rule may hold in the lexicon's language at all. */
    private final boolean[] live;
    /** Whether the trigger word must open with the conjunction و. */
    private final boolean[] waw;
    /** Per rule and context: its key bits and its window {@code [i + lo, i + hi]}; null: none needed. */
    private final long[][] nearBits;
    private final int[][] lo;
    private final int[][] hi;

    /** Reads the table for {@code lex}, whose indices have their key bits. */
    Table(Lexicon lex) {
      ImplicitCountRule[] rules = values();
      triggers = new PhraseIndex<?>[rules.length];
      triggerBits = new long[rules.length];
      live = new boolean[rules.length];
      waw = new boolean[rules.length];
      nearBits = new long[rules.length][];
      lo = new int[rules.length][];
      hi = new int[rules.length][];
      long any = 0;
      boolean english = lex.language() == Language.EN;
      for (ImplicitCountRule r : rules) {
        int k = r.ordinal();
        triggers[k] = r.trigger.apply(lex);
        triggerBits[k] = r.triggerBits(lex);
        live[k] = r.needs != null && (r.only == null || lex.language() == r.only);
        any |= !live[k] ? 0 : triggerBits[k] == 0 ? -1L : triggerBits[k];
        waw[k] = r.conjoined && !english;
        if (r.needs != null && !r.needs.isEmpty()) {
          window(lex, r, k);
        }
      }
      anyTrigger = any;
    }

    private void window(Lexicon lex, ImplicitCountRule r, int k) {
      int spanWords = r.span.apply(lex).maxWords();
      int m = r.needs.size();
      nearBits[k] = new long[m];
      lo[k] = new int[m];
      hi[k] = new int[m];
      for (int x = 0; x < m; x++) {
        Near c = r.needs.get(x);
        nearBits[k][x] = c.bits.apply(lex);
        lo[k][x] = c.before < 0 ? 1 : -c.before - (c.widenBefore ? c.width.apply(lex).maxWords() : 0);
        hi[k][x] = c.after < 0 ? -1 : c.after + (c.widenAfter ? spanWords : 0);
      }
    }

    /** Whether some rule may hold at some word: {@link ImplicitCountReader#mayCountWithoutNumerals}. */
    boolean mayCount(long[] words, boolean[] wawAt, int n) {
      for (int i = 0; i < n; i++) {
        if ((words[i] & anyTrigger) == 0) {
          continue;
        }
        for (int r = 0; r < triggers.length; r++) {
          if (mayApply(r, words, wawAt, n, i)) {
            return true;
          }
        }
      }
      return false;
    }

    /** {@link ImplicitCountRule#mayApply} of rule {@code r}. */
    boolean mayApply(int r, long[] words, boolean[] wawAt, int n, int i) {
      long t = triggerBits[r];
      if (!live[r] || (words[i] & t) != t || waw[r] && !wawAt[i]) {
        return false;
      }
      long[] bits = nearBits[r];
      if (bits == null) {
        return true;
      }
      for (int x = 0; x < bits.length; x++) {
        for (int j = Math.max(0, i + lo[r][x]), end = Math.min(n - 1, i + hi[r][x]); j <= end; j++) {
          if ((words[j] & bits[x]) != 0) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
