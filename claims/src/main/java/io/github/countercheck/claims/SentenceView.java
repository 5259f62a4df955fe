package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * What every claim rule of one sentence reads: its words ({@link TokenWords}), its lexicon, and,
 * per token, the lexicon matches that start there (event cues, event nouns, subject nouns), where
 * the cue or event noun ending there starts, and whether the token is inside a quantity phrase.
 * The per-token arrays are those of a {@link SentenceReader.Buffers}, indexed by token; the
 * accessors take token indexes of the sentence ({@code [from, to)}) and hide the offset, so that a
 * rule writes {@code v.subjectAt(j + 1)}, never {@code subjectAt[j + 1 - from]}.
 *
 * <p>Besides the matches, the view holds the word tests that several rule families share (the
 * article read off a word, a coordinated clause, a clause-ending mark, a human plural). One per
 * sentence, filled once before any rule runs; the quantity marks grow while the counts are laid
 * out. Not thread-safe.
 */
final class SentenceView {
  final Lexicon lex;
  final Language language;
  final TokenWords w;
  /** The sentence's first token. */
  final int from;
  /** The end of the sentence's tokens, exclusive. */
  final int to;
  /** The original text, in which token spans point. */
  final String original;

  private final Match<Event>[] cueAt;
  private final int[] cueStartEndingAt;
  private final int[] nounStartEndingAt;
  private final Match<SubjectForm>[] subjectAt;
  private final Match<Event>[] nounAt;
  private final boolean[] inQuantity;
  /**
   * The constructions' match at each token, looked up the first time a rule asks: the rules ask
   * for many roles at the same word ({@link #is}), so the index is matched once per word.
   * Null until then; {@link #NO_CONSTRUCTION} when none starts there.
   */
  private final Match<Construction>[] constructionAt;
  private static final Match<Construction> NO_CONSTRUCTION = new Match<>(null, 0, "");

  /**
   * The view of tokens {@code [from, to)} of {@code words}, with the per-token arrays of {@code
   * buffers}, which it uses until its sentence is read.
   */
  SentenceView(Lexicon lex, Language language, TokenWords words, int from, int to,
      String original, SentenceReader.Buffers buffers) {
    this.lex = lex;
    this.language = language;
    this.w = words;
    this.from = from;
    this.to = to;
    this.original = original;
    buffers.clear(to - from);
    cueAt = buffers.cueAt;
    subjectAt = buffers.subjectAt;
    nounAt = buffers.nounAt;
    cueStartEndingAt = buffers.cueStartEndingAt;
    nounStartEndingAt = buffers.nounStartEndingAt;
    inQuantity = buffers.inQuantity;
    constructionAt = buffers.constructionAt;
    for (int i = from; i < to; i++) {
      if (w.keys(i) == 0) {
        cueAt[i - from] = null;
        subjectAt[i - from] = null;
        nounAt[i - from] = null;
        continue;
      }
      Match<Event> cue = match(lex.eventCues, i);
      cueAt[i - from] = cue;
      if (cue != null) {
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

  // ---------------------------------------------------------------- per-token matches

  /** @return the event cue starting at token {@code j} of the sentence, or null */
  Match<Event> cueAt(int j) {
    return cueAt[j - from];
  }

  /** @return where the event cue that ends at token {@code j} starts, or -1 */
  int cueStartEndingAt(int j) {
    return cueStartEndingAt[j - from];
  }

  /** @return the event noun starting at token {@code j}, or null */
  Match<Event> nounAt(int j) {
    return nounAt[j - from];
  }

  /** @return where the event noun that ends at token {@code j} starts, or -1 */
  int nounStartEndingAt(int j) {
    return nounStartEndingAt[j - from];
  }

  /** @return the subject noun starting at token {@code j}, or null */
  Match<SubjectForm> subjectAt(int j) {
    return subjectAt[j - from];
  }

  /** @return whether token {@code j} is inside a quantity phrase */
  boolean inQuantity(int j) {
    return inQuantity[j - from];
  }

  /** Marks tokens {@code [a, b)} as inside a quantity phrase. */
  void markQuantity(int a, int b) {
    for (int i = a; i < b; i++) {
      inQuantity[i - from] = true;
    }
  }

  /**
   * Looks up an index at word {@code i}, at the cost of a bit test when no entry starts there; the
   * constructions are matched once per word of the sentence and read from then on.
   */
  @SuppressWarnings("unchecked") // the constructions index is a PhraseIndex<Construction>
  <V> Match<V> match(PhraseIndex<V> index, int i) {
    if (i < from || i >= to || (w.keys(i) & index.bit()) == 0) {
      return null;
    }
    return index == lex.constructions ? (Match<V>) constructionAt(i) : index.match(w, i);
  }

  /** The constructions' match at word {@code i} of the sentence, which has their key bit. */
  private Match<Construction> constructionAt(int i) {
    Match<Construction> m = constructionAt[i - from];
    if (m == null) {
      m = lex.constructions.match(w, i);
      constructionAt[i - from] = m == null ? NO_CONSTRUCTION : m;
      return m;
    }
    return m == NO_CONSTRUCTION ? null : m;
  }

  /** Whether an event cue or an event noun starts at token {@code j}. */
  boolean eventAt(int j) {
    return cueAt[j - from] != null || nounAt[j - from] != null;
  }

  /** @return the event of the cue that starts at token {@code j}, or null */
  Event cue(int j) {
    return cueAt[j - from] == null ? null : cueAt[j - from].value();
  }

  /**
   * Whether the cue at token {@code j} reads as a finite verb: no casualty noun (مقتل، إصابة), no
   * article, not after a preposition.
   */
  boolean verbal(int j) {
    return match(lex.casualtyNouns, j) == null && !hasArticle(j)
        && !(j > from && w.isWord(j - 1) && match(lex.functionWords, j - 1) != null);
  }

  /** @return the construction role of the phrase that starts at word {@code j}, or null */
  Construction construction(int j) {
    Match<Construction> m = match(lex.constructions, j);
    return m == null ? null : m.value();
  }

  /** Whether the phrase at word {@code j} plays construction role {@code role}. */
  boolean is(int j, Construction role) {
    return construction(j) == role;
  }

  /** Whether a cue ends at token {@code j}. */
  boolean isCue(int j) {
    return cueStartEndingAt(j) >= 0;
  }

  /** Whether {@code e} is a casualty event: killed, injured, arrested, missing. */
  static boolean isCasualty(Event e) {
    return e == Event.KILLED || e == Event.INJURED || e == Event.ARRESTED || e == Event.MISSING;
  }

  // ---------------------------------------------------------------- shared word tests

  /** Whether token {@code j}, inside the sentence, is the one-char mark {@code c}. */
  boolean isMark(int j, char c) {
    return j >= from && j < to && w.isPunctuation(j) && w.length(j) == 1 && w.charAt(j, 0) == c;
  }

  /**
   * Whether word {@code i} is «ب/ل/ك» with the article glued on (بالخرطوش، للمستشفى، كالعادة), or
   * (issue 16) «ب/ل» on an indefinite word the lexicon knows only without it: a wound, a weapon or
   * a thing of {@code nonHumanPlurals} (بطلقات، بجروح، بخرطوش), or a charge of the accusations
   * (بتهمة): «أصيب 4 بطلقات نارية» has no counted noun, the count is of people.
   */
  boolean prepositionalPhrase(int i) {
    if (language == Language.EN) {
      return false;
    }
    int k = w.charAt(i, 0) == '\u0648' || w.charAt(i, 0) == '\u0641' ? 1 : 0;
    if (w.length(i) < k + 4) {
      return false;
    }
    char p = w.charAt(i, k);
    if (!hasArticle(i)) {
      return (p == '\u0628' || p == '\u0644') && knownWithoutPreposition(i, k + 1);
    }
    return (p == '\u0628' || p == '\u0643') && w.startsWith(i, "\u0627\u0644", k + 1)
        || p == '\u0644' && w.charAt(i, k + 1) == '\u0644';
  }

  /** Whether word {@code i} from char {@code k} on is a thing or a charge the lexicon lists. */
  private boolean knownWithoutPreposition(int i, int k) {
    if (is(i, Construction.ACCUSATION)) {
      // بتهمة، باتهام: listed with the preposition; the charge of people a cue right before the
      // count befell («حبس 4 بتهمة»), not a charge after a date («سبتمبر (أيلول) 2011 بتهمة»)
      int q = i - 1;
      while (q > from && inQuantity(q - 1)) {
        q--;
      }
      return q > from && isCue(q - 1);
    }
    if (match(lex.nonHumanPlurals, i) == null) {
      return false;
    }
    String stem = w.form(i).substring(k);
    return lex.nonHumanPlurals.lookupWord(stem) != null; // the match was the stem, not the word
  }

  /** Whether the matcher read an article off word {@code i} (والسوري; not وألماني). */
  boolean hasArticle(int i) {
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

  /** «من», "of" (or "the" after "of", read as the same link). */
  boolean isOf(int j) {
    GrammarForms g = lex.words;
    return g.of.has(w, j) || g.article.has(w, j) && j > from && g.of.has(w, j - 1);
  }

  /** Whether word {@code i} has the form of a human plural (مسعفين، مصريين) and is not listed as none. */
  boolean humanPlural(int i) {
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

  /** Whether word {@code j} is a floating quantifier of the constructions: all, both; جميعهم. */
  boolean isFloating(int j) {
    Match<Construction> m = match(lex.constructions, j);
    return m != null && m.value() == Construction.FLOATING_QUANTIFIER && m.words() == 1;
  }

  /** Whether word {@code j} is a relative pronoun of the lexicon's constructions: الذي، الذين; who. */
  boolean isRelative(int j) {
    Match<Construction> m = match(lex.constructions, j);
    return m != null && m.value() == Construction.RELATIVE;
  }

  /**
   * Whether an accusation of the constructions ("accused of", "charged with") ends right before
   * the cue at {@code j}, starting no earlier than {@code start}: the cue tells what a suspect did.
   */
  boolean accusedAct(int j, int start) {
    for (int k = j - 1; k >= Math.max(Math.max(start, from), j - 3); k--) {
      Match<Construction> m = w.isWord(k) ? match(lex.constructions, k) : null;
      if (m != null && m.value() == Construction.ACCUSATION && k + m.words() == j) {
        return true;
      }
    }
    return false;
  }

  /**
   * (issue 16) Whether a negator stands right before cue {@code j}, or one word before it, after
   * {@code start}: «ولا وفيات»، «دون وقوع وفيات» says no one died.
   */
  boolean negatedCue(int j, int start) {
    for (int k = j - 1; k >= Math.max(Math.max(start, from), j - 2); k--) {
      Match<Construction> m = w.isWord(k) ? match(lex.constructions, k) : null;
      if (m != null && m.value() == Construction.NEGATOR && k + m.words() >= j - 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a toll verb stands right before the number (حصيلة القتلى ... ارتفعت إلى 73; the toll
   * ... rose to 19): the toll noun it reports may stand far before it.
   */
  boolean tollVerbEndsAt(int at) {
    return tollVerbStart(at) >= 0;
  }

  /**
   * The first token of the toll verb right before the number at {@code at} ({@link
   * #tollVerbEndsAt}), or -1; (en28late) the longest verb of the lexicon may start its words back
   * ("reached an all-time high of 726").
   */
  int tollVerbStart(int at) {
    if (language == Language.EN && at - 2 > from && w.isWord(at - 1) && lex.words.to.has(w, at - 1)
        && inQuantity(at - 2)) {
      int k = at - 2;
      while (k - 1 > from && inQuantity(k - 1)) {
        k--;
      }
      int moved = tollVerbStart(k);
      if (moved >= 0) {
        return moved; // (en28mine) "had risen from 58 to 62": the later figure of a count that moved
      }
      if (k - 1 >= from && w.isWord(k - 1) && is(k - 1, Construction.TOLL_NOUN)) {
        return k - 1; // (en30total) "the death toll from 544 to 607": the toll's own move
      }
    }
    // (issue 16) "the toll in the last days of violence has gone up to 3": the numbers module
    // read "up to" as a bound of the count, though it ends the toll verb "gone up to"
    int end = language == Language.EN && at + 2 < to && w.isWord(at) && lex.words.upParticle.has(w, at)
        && lex.words.to.has(w, at + 1) ? at + 2 : at;
    for (int k = Math.max(from, at - Math.max(3, lex.tollVerbs.maxWords())); k < end; k++) {
      Match<Boolean> m = w.isWord(k) ? match(lex.tollVerbs, k) : null;
      // a count that moved starts at its opener, the last word of "had risen from" (en24of)
      if (m != null && (k + m.words() == at || k + m.words() == end
          || language == Language.EN && k < at && k + m.words() == at + 1)) {
        return k;
      }
    }
    // (en30total) "taking the toll to 561", "put the toll in the district at 16": a toll object
    return language == Language.EN ? TollReach.frameVerb(this, at) : -1;
  }

  /**
   * Whether word {@code j} opens a coordinated clause: وأصيب، and. An event cue the lexicon knows
   * whole, whose stem after its و it does not know (وفيات، وفاة، وفاته), has no conjunction to
   * split off.
   */
  boolean startsClause(int j) {
    return (w.stemMask(j) & 2) != 0 && w.charAt(j, 0) == '\u0648' && !rootWaw(j)
        || j > from && lex.words.and.has(w, j - 1);
  }

  /**
   * Whether the و of word {@code j} (a word with a stem after it) belongs to the event cue it
   * opens: the lexicon's key table has the whole word and not the stem after the و (a place or
   * function word, وسط، ولاية، وفقا، is left as it was read). False when the ids are unknown.
   */
  private boolean rootWaw(int j) {
    long ids = w.keyTable() == lex ? w.stemIds(j) : PhraseIndex.NO_IDS;
    return ids != PhraseIndex.NO_IDS && (ids & PhraseIndex.ID_MASK) != 0
        && (w.keys(j) & lex.eventCues.bit()) != 0
        && (ids >>> 16 & PhraseIndex.ID_MASK) == 0;
  }

  /** Whether token {@code j} is punctuation that ends a sentence or a clause: . ; ? ! */
  boolean isStop(int j) {
    if (!w.isPunctuation(j) || w.length(j) != 1) {
      return false;
    }
    char c = w.charAt(j, 0);
    return c == '.' || c == ';' || c == '?' || c == '!' || c == '\u061F' || c == '\u061B';
  }

  /**
   * English (issue 16): whether token {@code j} is a colon or a dash standing alone, the marks that
   * end a headline and its dateline before the lead ("3 soldiers killed in Iraq BAGHDAD: At least
   * 16 people", "LONDON - Three soldiers") or a list's title ("list of 14 injured: ..."); a cue
   * before one does not govern a count after it.
   */
  boolean headlineBreak(int j) {
    if (!w.isPunctuation(j)) {
      return false;
    }
    if (isMark(j, ':')) {
      return true;
    }
    // a dash with a space on both sides, not the hyphen of "60-year-old" or "C-130"
    int a = w.spanStart(j);
    int b = w.spanEnd(j);
    return (w.is(j, "-") || w.is(j, "--") || w.is(j, "\u2014") || w.is(j, "\u2013"))
        && a > 0 && b < original.length() && Character.isWhitespace(original.charAt(a - 1))
        && Character.isWhitespace(original.charAt(b));
  }

  /** Whether token {@code j}, inside the sentence, is a comma (the normalizer writes ، as ','). */
  boolean isComma(int j) {
    return j >= from && j < to && w.isPunctuation(j) && w.is(j, ",");
  }

  /** Whether token {@code j} is one of the marks {@code , ; : . ( ) ? !} that end a clause. */
  boolean isClauseBreakMark(int j) {
    if (w.length(j) != 1) {
      return false;
    }
    return switch (w.charAt(j, 0)) {
      case ',', ';', ':', '.', '(', ')', '?', '!' -> true;
      default -> false;
    };
  }

  /** @return the original text of tokens {@code [fromToken, toToken)} */
  String originalText(int fromToken, int toToken) {
    return original.substring(w.spanStart(fromToken), w.spanEnd(toToken - 1));
  }
}
