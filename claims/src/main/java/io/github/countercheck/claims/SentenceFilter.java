package io.github.countercheck.claims;

import java.util.EnumSet;
import java.util.Set;

/**
 * The sentence filter (issue 15): whether a sentence with no count phrase may yield an implicit
 * count, judged before any sentence view is built. {@link ClaimExtractor} reads no sentence for
 * which it is false unless the sentence carries an attribution that a later one needs.
 *
 * <p>First the rule table ({@link #tableVerdict}): whether some rule of {@link ImplicitCountRule},
 * the table {@link ImplicitCountReader} applies, may hold at one of the words, by their lexicon
 * key bits ({@link ImplicitCountRule#mayApply}). Then a second look ({@link #mayCount}) at a
 * sentence that the table lets through only by the rules of a person noun and a cue near it
 * ({@link #REFINED}). Their table entries ask for any event cue near the noun, where their exact
 * tests ask for a cue of a casualty that ends right before the noun ({@code
 * ImplicitCountReader.singularCounts}) or a few words before an accusative in «ا» ({@link
 * ImplicitAgreement#objectOfVerb}), or one that is also a {@link Construction#ONE_VICTIM_VERB}
 * after it ({@code ImplicitCountReader.oneVictimVerbAfter}); most sentences let through that way
 * have a cue of another kind or too far, and yield nothing. What a word may start, and how many
 * words that may take, is read from the key ids of its stems, which the lexicon's one lookup per
 * word gave ({@link PhraseIndex#valuesStartingAt}, {@link PhraseIndex#longestStartingAt}).
 *
 * <p>The second look must not lose a count that reading the sentence would find, by any path of
 * {@link ImplicitCountReader#addImplicitCounts} (the only maker of counts in a sentence with no
 * numeral), also by those the table does not describe exactly. So it reads the sentence whenever
 * one of these may hold (each test wider than the path it stands for):
 *
 * <ul>
 *   <li>at a subject noun (any, not only a person singular: an accusative plural in «ا» takes the
 *       same paths): a casualty cue that may end right before it, or, when it ends in «ا», within
 *       {@link ImplicitAgreement#SUBJECT_WORDS} words more before it; a casualty cue that may
 *       start a one-victim verb in the window after it; a «و» on it, «بينهم» right before it, or
 *       a conjunction phrase ending before it («بالإضافة إلى»);
 *   <li>a word of «أحدهم» (counted with no cue near), a dual event noun or a dual subject
 *       anywhere (the counts of duals have paths wider than the table's windows: the comma
 *       insertion of {@code eventCueNear}); «مثلها» counts nothing alone (its quantity is that
 *       of a count before it in the sentence);
 *   <li>a word of the shape of a dual that may start a {@link Construction#CASE_DUAL} or {@link
 *       Construction#TEAM_NOUN} ({@link ResponseCounts#serviceDual}, no table entry), and one that
 *       may start {@link Construction#AMONG_VICTIMS} or {@link Construction#SIDES} before an
 *       event noun ({@link AmongVictims});
 *   <li>a word no index knows with the shape of a dual ({@link DualNouns#mayBeDual}) after any
 *       event cue or with one in the three words after it ({@code dualByForm}).
 * </ul>
 *
 * A word whose stems' ids are unknown may start anything, of any length. Stateless.
 */
final class SentenceFilter {
  /** The rules whose table entries {@link #mayCount} refines; they hold in Arabic only. */
  static final Set<ImplicitCountRule> REFINED = EnumSet.of(ImplicitCountRule.PERSON_AFTER_CUE,
      ImplicitCountRule.VERB_OBJECT, ImplicitCountRule.PERSON_BEFORE_VERB);
  /** A word's shape ({@link #shape}): the ending of a dual («-ان»، «-ين»). */
  static final byte DUAL = 1;
  /** A word's shape ({@link #shape}): the «ا» of an accusative, on four letters or more. */
  static final byte ALEF = 2;

  /** The casualty events ({@link SentenceView#isCasualty}) as bits of {@link PhraseIndex#valueBit}. */
  private static final long CASUALTIES = PhraseIndex.valueBit(Event.KILLED)
      | PhraseIndex.valueBit(Event.INJURED) | PhraseIndex.valueBit(Event.ARRESTED)
      | PhraseIndex.valueBit(Event.MISSING);
  private static final long SERVICE_DUALS = PhraseIndex.valueBit(Construction.CASE_DUAL)
      | PhraseIndex.valueBit(Construction.TEAM_NOUN);
  private static final long AMONG = PhraseIndex.valueBit(Construction.AMONG_VICTIMS)
      | PhraseIndex.valueBit(Construction.SIDES);
  private static final long ONE_VICTIM = PhraseIndex.valueBit(Construction.ONE_VICTIM_VERB);
  /** How far after a dual-shaped word a cue makes it a count ({@code dualByForm}). */
  private static final int DUAL_CUE_AFTER = 3;
  private static final ImplicitCountRule[] RULES = ImplicitCountRule.values();

  /** {@link #tableVerdict}: no rule of the table may hold; the sentence yields no count. */
  static final int NO_COUNT = 0;
  /** {@link #tableVerdict}: a rule may hold; the sentence is read. */
  static final int COUNT = 1;
  /** {@link #tableVerdict}: only rules of {@link #REFINED} may hold; {@link #mayCount} decides. */
  static final int ONLY_REFINED = 2;

  private SentenceFilter() {}

  /**
   * Whether the sentence of tokens {@code [t0, t1)} of the workspace, whose {@code n} words were
   * looked up last, with no count phrase, may yield an implicit count: {@link #tableVerdict} of
   * the words' key bits, and, where it needs them, {@link #mayCount} of their stem ids and shapes,
   * gathered then.
   *
   * @param lex the sentence's lexicon
   * @param ws  the workspace, with the tokens, their ids and the words' key bits
   * @param t0  the sentence's first token
   * @param t1  the end of its tokens
   * @param n   how many words it has
   * @return false if reading the sentence can find no count
   */
  static boolean mayCountWithoutNumerals(Lexicon lex, ExtractionWorkspace ws, int t0, int t1,
      int n) {
    int verdict = tableVerdict(lex, ws.wordKeys(), ws.waw, n);
    if (verdict != ONLY_REFINED) {
      return verdict == COUNT;
    }
    long[] wordIds = ws.wordIds;
    byte[] shapes = ws.shape;
    char[] chars = ws.tokens.chars();
    for (int t = t0, w = 0; t < t1; t++) {
      if (ws.tokens.isWord(t)) {
        wordIds[w] = ws.ids[t];
        shapes[w++] = shape(chars, ws.tokens.start(t), ws.tokens.end(t));
      }
    }
    return mayCount(lex, ws.wordKeys(), ws.waw, wordIds, shapes, n);
  }

  /**
   * Whether a sentence with no count phrase may yield an implicit count: {@link #tableVerdict},
   * then, where only the rules of a person noun and a cue near it hold, {@link #mayCount}.
   *
   * @param lex   the sentence's lexicon
   * @param words the key bits of the sentence's words, in order
   * @param waw   for each word, whether it opens with a و that may be the conjunction
   * @param ids   for each word, the key ids of its stems ({@link WordSeq#stemIds}), or null when
   *     unknown (then the table alone decides)
   * @param shape for each word, its shape ({@link #shape})
   * @param n     how many words
   * @return false if reading the sentence can find no count
   */
  static boolean mayCountWithoutNumerals(Lexicon lex, int[] words, boolean[] waw, long[] ids,
      byte[] shape, int n) {
    int verdict = tableVerdict(lex, words, waw, n);
    return verdict == COUNT || verdict == ONLY_REFINED
        && (ids == null || mayCount(lex, words, waw, ids, shape, n));
  }

  /**
   * Whether a sentence with no count phrase may yield an implicit count, judged from the
   * {@link Lexicon} key bits of its words alone, before it is tokenized: whether some rule of
   * {@link ImplicitCountRule} may hold at one of its words ({@link ImplicitCountRule#mayApply}),
   * and whether only those of {@link #REFINED}.
   *
   * @param lex   the sentence's lexicon
   * @param words the key bits of the sentence's words, in order
   * @param waw   for each word, whether it opens with a و that may be the conjunction
   * @param n     how many words
   * @return {@link #NO_COUNT}, {@link #COUNT} or {@link #ONLY_REFINED}
   */
  static int tableVerdict(Lexicon lex, int[] words, boolean[] waw, int n) {
    int triggers = 0; // a rule holds only at a word with all its trigger bits: skip the others
    for (ImplicitCountRule rule : RULES) {
      triggers |= rule.triggerBits(lex);
    }
    boolean refined = false;
    for (int i = 0; i < n; i++) {
      if ((words[i] & triggers) == 0) {
        continue;
      }
      for (ImplicitCountRule rule : RULES) {
        if ((!refined || !REFINED.contains(rule)) && rule.mayApply(lex, words, waw, n, i)) {
          if (!REFINED.contains(rule)) {
            return COUNT;
          }
          refined = true;
        }
      }
    }
    return refined ? ONLY_REFINED : NO_COUNT;
  }

  /**
   * @param chars a normalized text
   * @param from  a word's start
   * @param to    its end
   * @return the word's shape: {@link #DUAL}, {@link #ALEF}, or 0
   */
  static byte shape(char[] chars, int from, int to) {
    if (DualNouns.hasDualShape(chars, from, to)) {
      return DUAL;
    }
    return to - from > 3 && chars[to - 1] == '\u0627' ? ALEF : 0;
  }

  /**
   * Whether reading a sentence that only the {@link #REFINED} rules let through may find a count.
   *
   * @param lex   the sentence's lexicon
   * @param words the key bits of its words, in order
   * @param waw   for each word, whether it opens with a و that may be the conjunction
   * @param ids   for each word, the key ids of its stems ({@link WordSeq#stemIds})
   * @param shape for each word, its {@link #shape}
   * @param n     how many words
   * @return false if reading it can find no count
   */
  static boolean mayCount(Lexicon lex, int[] words, boolean[] waw, long[] ids, byte[] shape,
      int n) {
    int anywhere = lex.oneOfThem.bit() | lex.eventDuals.bit() | lex.dualSubjects.bit();
    int firstCue = n;
    for (int i = 0; i < n; i++) {
      int b = words[i];
      if ((b & anywhere) != 0 || (b & lex.constructions.bit()) != 0 && roles(lex, words, ids,
          shape, n, i)) {
        return true;
      }
      if ((b & lex.subjects.bit()) != 0 && (waw[i] || joined(lex, words, i)
          || subjectMayCount(lex, words, ids, shape, n, i))) {
        return true;
      }
      if (b == 0 && shape[i] == DUAL && (firstCue < i
          || anyBits(words, lex.eventCues.bit(), i + 1, Math.min(n - 1, i + DUAL_CUE_AFTER)))) {
        return true;
      }
      if ((b & lex.eventCues.bit()) != 0 && firstCue == n) {
        firstCue = i;
      }
    }
    return false;
  }

  /** A dual of the services, or «بين، ضمن» before an event noun, at word {@code i}. */
  private static boolean roles(Lexicon lex, int[] words, long[] ids, byte[] shape, int n, int i) {
    long roles = lex.constructions.valuesStartingAt(ids[i]);
    return (roles & SERVICE_DUALS) != 0 && shape[i] == DUAL
        || (roles & AMONG) != 0 && i + 1 < n && (words[i + 1] & lex.eventNouns.bit()) != 0;
  }

  /**
   * At a subject noun {@code i}: a casualty cue that may end right before it (or, for a word in
   * «ا», up to {@link ImplicitAgreement#SUBJECT_WORDS} words before that), or a casualty cue that
   * may start a one-victim verb after it.
   */
  private static boolean subjectMayCount(Lexicon lex, int[] words, long[] ids, byte[] shape,
      int n, int i) {
    int reach = shape[i] == ALEF ? ImplicitAgreement.SUBJECT_WORDS + 1 : 1;
    for (int j = Math.max(0, i - reach - lex.eventCues.maxWords()); j < i; j++) {
      if (casualtyCue(lex, words[j], ids[j])
          && j + lex.eventCues.longestStartingAt(ids[j]) >= i - reach + 1) {
        return true; // its cue may end at i - reach or after
      }
    }
    int end = Math.min(n - 1, i + lex.subjects.maxWords() + ImplicitCountReader.ONE_VICTIM_WINDOW);
    for (int j = i + 1; j <= end; j++) {
      if (casualtyCue(lex, words[j], ids[j])
          && (lex.constructions.valuesStartingAt(ids[j]) & ONE_VICTIM) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether subject noun {@code i} may follow «بينهم» ({@code afterPartitive}) or a conjunction
   * phrase that joins it to a noun before («بالإضافة إلى»: {@link Enumerations#conjunctionPhraseEndingAt}).
   */
  private static boolean joined(Lexicon lex, int[] words, int i) {
    return i > 0 && (words[i - 1] & lex.partitive.bit()) != 0
        || anyBits(words, lex.conjunctions.bit(), Math.max(0, i - 3), i - 1);
  }

  private static boolean casualtyCue(Lexicon lex, int bits, long ids) {
    return (bits & lex.eventCues.bit()) != 0
        && (lex.eventCues.valuesStartingAt(ids) & CASUALTIES) != 0;
  }

  /** Whether a word in {@code [from, to]} has a bit of {@code bits}. */
  private static boolean anyBits(int[] words, int bits, int from, int to) {
    for (int j = from; j <= to; j++) {
      if ((words[j] & bits) != 0) {
        return true;
      }
    }
    return false;
  }
}
