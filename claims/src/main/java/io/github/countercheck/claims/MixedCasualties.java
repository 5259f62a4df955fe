package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (issue 16) «سقط 50 شخصا بين قتيل وجريح», «أكثر من 200 مدني بين قتيل ومصاب»: a count split
 * «بين» (the lexicon's {@code words.noSingleCountAfter}) two event nouns of different events counts
 * the dead and the injured together, which is no claim of either (as «مصرع وإصابة 9»); and a
 * count of what people held is no count of people ({@link #possessed}); nor is a count of two
 * event nouns joined by «و» («عشرات القتلى والجرحى», «20 قتيلا وجريحا»: {@link #joinedNouns}).
 * In English, a count whose cue is joined by "or" / "and" (the lexicon's {@code
 * words.casualtyJoin}) to a cue of another casualty event counts both together ("1,000 dead or
 * missing", "the toll of dead and missing ... tops 1,400": {@link #pairedCues}).
 */
final class MixedCasualties {
  /** How many words before a bare casualty verb are searched for its subject ({@link #pairedVerbs}). */
  static final int SUBJECT_GAP = 4;
  /** How many words («على») may stand between a word of possession and the count. */
  static final int POSSESSION_GAP = 1;
  /** The accusative ending of a counted noun after 11 to 99 (قتيلا). */
  private static final String ALEF = "\u0627";
  /** The feminine ending, folded to «ه» by the normalizer (حالة). */
  private static final String TA_MARBUTA = "\u0647";
  /** The pronoun «ه» and the letters of «ها، هم، هما، هن». */
  private static final String HA = "\u0647";
  private static final String MIM = "\u0645";
  private static final String NUN = "\u0646";

  private MixedCasualties() {}

  /**
   * «وعثر بحوزتهم على 4 فرد خرطوش»: a count right after a word of possession (the lexicon's
   * {@code constructions.POSSESSION}: بحوزتهم، بحيازته) counts what the people held, no people.
   *
   * @param v     the sentence
   * @param count the first token of a count
   * @return whether a word of possession stands right before the count
   */
  static boolean possessed(SentenceView v, int count) {
    for (int k = count - 1; k >= Math.max(v.from, count - 1 - POSSESSION_GAP); k--) {
      if (!v.w.isWord(k)) {
        return false;
      }
      if (v.is(k, Construction.POSSESSION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param v   the sentence
   * @param end the first token after a count and its noun
   * @return whether «بين» and two event nouns of different events follow
   */
  static boolean mixed(SentenceView v, int end) {
    int at = end < v.to && v.isComma(end) ? end + 1 : end; // (ar28total) «آلاف الضحايا، بين قتيل وجريح»
    int sides = sidesEnd(v, at);
    if (sides < 0 || sides + 1 >= v.to || !v.w.isWord(sides)) {
      return false;
    }
    Match<Event> first = v.nounAt(sides);
    if (first == null) {
      return false;
    }
    int j = sides + first.words();
    if (j < v.to && v.w.isWord(j) && v.lex.words.and.has(v.w, j)) {
      j++; // «و» as a word of its own
    }
    Match<Event> second = j < v.to && v.w.isWord(j) ? v.nounAt(j) : null;
    return second != null && second.value() != first.value();
  }

  /**
   * @param v the sentence
   * @param j a token
   * @return the token after «بين» ({@code words.noSingleCountAfter}) or, (ar28total), «ما بين»
   *     ({@code constructions.SIDES}: «57 شخصا ما بين قتيل وجريح») at {@code j}, or -1
   */
  private static int sidesEnd(SentenceView v, int j) {
    if (j >= v.to || !v.w.isWord(j)) {
      return -1;
    }
    if (v.lex.words.noSingleCountAfter.has(v.w, j)) {
      return j + 1;
    }
    Match<Construction> m = v.match(v.lex.constructions, j);
    return m != null && m.value() == Construction.SIDES && m.words() > 1 ? j + m.words() : -1;
  }

  /**
   * «عشرات القتلى والجرحى», «سقوط 20 قتيلا وجريحا»: the noun of the count is an event noun and
   * «و» joins to it an event noun of another casualty event: the dead and the injured counted
   * together, no claim of either.
   *
   * @param v the sentence
   * @param s a count
   * @return whether the count's event noun is joined to one of another event
   */
  static boolean joinedNouns(SentenceView v, CountSlot s) {
    if (!s.numeral || s.nounFrom < 0 || s.nounTo >= v.to) {
      return false;
    }
    Match<Event> first = v.nounAt(s.nounFrom);
    if (first == null || first.words() != s.nounTo - s.nounFrom
        || !SentenceView.isCasualty(first.value())) {
      return false;
    }
    int j = s.nounTo;
    if (v.w.isWord(j) && v.lex.words.and.has(v.w, j)) {
      j++; // «و» as a word of its own
    }
    if (j >= v.to || !v.w.isWord(j) || !v.startsClause(j) || v.inQuantity(j)) {
      return false;
    }
    Match<Event> second = v.nounAt(j);
    if (second == null || !SentenceView.isCasualty(second.value())
        || second.value() == first.value() || !sharesTheNumber(v, s.nounTo - 1, j, second)) {
      return false;
    }
    return true;
  }

  /**
   * Whether the noun at {@code j} shares the count of the noun ending at {@code firstLast}, with no
   * number of its own: no dual («9 قتلى ومصابان»), no singular that counts one («وحالة وفاة
   * واحدة», «قتيل»), and the same case as the first: the accusative of a counted noun after 11
   * to 99 («156 قتيلا ومصابا») or none («عشرات القتلى والجرحى», not «102 مصاب وحالة وفاة»).
   */
  private static boolean sharesTheNumber(SentenceView v, int firstLast, int j, Match<Event> second) {
    int after = j + second.words();
    if (v.match(v.lex.eventDuals, j) != null || v.is(j, Construction.ONE_EVENT_NOUN)
        || after < v.to && v.inQuantity(after)) {
      return false;
    }
    int last = after - 1;
    boolean firstAccusative = v.w.endsWith(firstLast, ALEF);
    return firstAccusative ? v.w.endsWith(last, ALEF) : !v.w.endsWith(last, TA_MARBUTA);
  }


  /**
   * "left 1,000 people dead or missing", "18 missing or dead", "the toll of dead and missing
   * exceeded 1,400": the count's cue and a cue of another casualty event are joined by a word of
   * {@code words.casualtyJoin}, the second right after the first's join (no number of its own
   * between: "18 dead and 50 injured" are two counts).
   *
   * @param v the sentence
   * @param s a count with a casualty event
   * @return whether the count's cue is one of a pair of casualty cues of different events
   */
  static boolean pairedCues(SentenceView v, CountSlot s) {
    if (s.cueFrom < 0 || s.cueTo <= s.cueFrom) {
      return false;
    }
    Match<Event> cue = v.cueAt(s.cueFrom);
    if (cue == null || !SentenceView.isCasualty(cue.value())) {
      return false;
    }
    int after = s.cueTo;
    if (after + 1 < v.to && v.w.isWord(after) && v.lex.words.casualtyJoin.has(v.w, after)
        && otherCasualty(v.cueAt(after + 1), cue.value())) {
      return true; // "dead or missing"
    }
    int join = s.cueFrom - 1;
    if (join - 1 < v.from || !v.w.isWord(join) || !v.lex.words.casualtyJoin.has(v.w, join)) {
      return false;
    }
    int first = v.cueStartEndingAt(join - 1);
    return first >= 0 && otherCasualty(v.cueAt(first), cue.value()); // "dead and missing"
  }

  /**
   * (issue 16, ar29prec) «قتل وأصيب العشرات», «وقتل وأصاب حوالي 100 مسلح», «قتل وجرح نحو 50»: an
   * Arabic count whose cue, one word before it with its «و» (glued or a word of its own), follows
   * right after a one-word cue of another casualty event that has nothing of its own (no count or
   * noun before it or after it) counts the dead and the injured together, no claim of either, as
   * «مصرع وإصابة 9». A verb with its own subject before it keeps the count after the second verb
   * («أن شخصا قتل وأصيب سبعة آخرون»: one dead, seven injured).
   *
   * @param v the sentence
   * @param s a count with a casualty event
   * @return whether the count's cue is the second of a pair of bare casualty verbs
   */
  static boolean pairedVerbs(SentenceView v, CountSlot s) {
    int cue = s.cueFrom;
    if (cue <= v.from || s.cueTo > s.from || !v.w.isWord(cue)) {
      return false;
    }
    Match<Event> second = v.cueAt(cue);
    if (second == null || !SentenceView.isCasualty(second.value())) {
      return false;
    }
    int end = cue - 1;
    if (!Agreement.wawOnWord(v.w, cue)) {
      if (!v.w.isWord(end) || !v.lex.words.and.has(v.w, end)) {
        return false;
      }
      end--; // «قتل و أصيب»
    }
    if (end < v.from || v.cueStartEndingAt(end) != end || ownPronoun(v.w, end)
        || !otherCasualty(v.cueAt(end), second.value())) {
      return false; // «لقي 2 مصرعهما وأصيب 7»: the idiom's pronoun counts its own
    }
    for (int k = end - 1; k >= Math.max(v.from, end - SUBJECT_GAP); k--) {
      if (!v.w.isWord(k) || v.lex.words.complementizers.has(v.w, k)) {
        return true; // «إنه قتل وأصاب»، «المفخخة، قتل وأصيب فيها العشرات»: the clause starts here
      }
      if (v.inQuantity(k) || v.subjectAt(k) != null || v.nounStartEndingAt(k) >= 0) {
        return false; // «شخصا قتل وأصيب سبعة»، «شخصين على الأقل قتلا»: the first verb has its subject
      }
    }
    return true;
  }

  /** Whether word {@code k} ends in a pronoun or «ة» (folded to «ه»): «مصرعهم»، «حتفهما»، «وفاة». */
  private static boolean ownPronoun(TokenWords w, int k) {
    return w.endsWith(k, HA) || w.endsWith(k, HA + ALEF) || w.endsWith(k, HA + MIM)
        || w.endsWith(k, HA + MIM + ALEF) || w.endsWith(k, HA + NUN);
  }

  /** Whether {@code m} is a casualty event other than {@code event}. */
  static boolean otherCasualty(Match<Event> m, Event event) {
    return m != null && SentenceView.isCasualty(m.value()) && m.value() != event;
  }
}
