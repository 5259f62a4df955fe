package io.github.countercheck.claims;

/**
 * Clause boundaries that an event word does not reach across, and the verb that ends a clause.
 *
 * <ul>
 *   <li>A complementizer (the lexicon's {@code constructions.COMPLEMENTIZER}: أن، إن، أنه) opens a
 *       clause of its own: an event word before it belongs to the clause that reports, not to a
 *       count after it («الطائرة تنقل إمدادات، وأضاف أن خمسة جنود ... لاقوا حتفهم»: no
 *       deployment).
 *   <li>A clause opener after a comma ({@code constructions.COMMA_OPENER}: «، كما») starts a new
 *       clause the same way («وأصيب آخرون، كما أسر المسلحون 40 شخصا»).
 *   <li>A plural past verb right after the comma that follows a count is that count's predicate
 *       (the clause-final verb: «يذكر أن 19 سائحا، لقوا مصرعهم»); Arabic writes the masculine
 *       plural past with a final «وا», which no verbal noun has.
 * </ul>
 */
final class ClauseBounds {
  /** How far before a count a verb of its clause may stand. */
  static final int CLAUSE_WINDOW = 14;
  /** How many comma-bounded insertions may stand between a verb and its count. */
  static final int PARENTHETICALS = 3;
  /** How many words an insertion between two commas may have. */
  static final int INSERTION_WORDS = 5;

  private ClauseBounds() {}

  /**
   * @param v the sentence
   * @param j a token before a count, scanning back from it
   * @return whether an event word before token {@code j} is in another clause than the count
   */
  static boolean closesBackwardScan(SentenceView v, int j) {
    if (!v.w.isWord(j)) {
      return false;
    }
    return v.is(j, Construction.COMMA_OPENER) && v.isComma(j - 1);
  }

  /**
   * @param v the sentence
   * @param j a token before a count, scanning back from it
   * @return whether token {@code j} is a complementizer: an event word before it governs a count
   *     after it only when the reported clause has no event word of its own
   */
  static boolean complementizer(SentenceView v, int j) {
    return v.w.isWord(j) && v.is(j, Construction.COMPLEMENTIZER);
  }

  /**
   * @param v the sentence
   * @param j a complementizer
   * @return whether it carries a pronoun that points back at what was told before («إنها طالت
   *     تسعة»، «موضحا أنهم خمس نساء»، «أنه تم خروج 465 حالة»), where the event word before it
   *     may still govern the count; a bare «أن» opens a clause of its own
   */
  static boolean refersBack(SentenceView v, int j) {
    int n = v.w.length(j);
    for (int k = 2; k < n; k++) {
      if (v.w.charAt(j, k) == '\u0647') {
        return true; // أنه، إنها، أنهم: the pronoun after «أن»
      }
    }
    return false;
  }

  /**
   * @param v     the sentence
   * @param comma a token after a count and its noun
   * @return whether {@code comma} is a comma right before a plural past verb («، لقوا»)
   */
  static boolean pluralVerbAfterComma(SentenceView v, int comma) {
    int j = comma + 1;
    if (!v.isComma(comma) || j >= v.to || !v.w.isWord(j)) {
      return false;
    }
    int n = v.w.length(j);
    return n >= 4 && v.w.charAt(j, n - 2) == '\u0648' && v.w.charAt(j, n - 1) == '\u0627'
        && v.w.charAt(j, 0) != '\u0648';
  }

  /**
   * «توفي ... ثلاثة أشخاص وأصيب 12»: an event verb after a count that opens the next coordinated
   * clause and is followed right away by a count of its own is that count's verb (VSO), not the
   * predicate of the count before it.
   *
   * @param v           the sentence
   * @param cue         the token where the verb starts
   * @param words       its length in words
   * @param opensClause whether it opens a coordinated clause (وأصيب)
   * @return whether the verb belongs to the count after it
   */
  static boolean verbOfNextCount(SentenceView v, int cue, int words, boolean opensClause) {
    int next = cue + words;
    return opensClause && next < v.to && v.inQuantity(next);
  }

  /**
   * «اعتقلت قوات من جيش الاحتلال الإسرائيلي فجر أمس الأول الثلاثاء عشرة فلسطينيين»: with no cue
   * in the windows around a count, a casualty verb further back in the same clause (no mark,
   * number, clause opener or complementizer between; at most {@link #CLAUSE_WINDOW} words) governs
   * it, the object of a verb whose subject and time stand between; up to {@link #PARENTHETICALS}
   * insertions set off by commas may stand between too («، أمس،»).
   *
   * @param v     the sentence
   * @param first the first token of the count
   * @return the verb's token, or -1
   */
  static int verbEarlierInClause(SentenceView v, int first) {
    int commas = 0;
    for (int j = first - 1; j >= Math.max(v.from, first - CLAUSE_WINDOW); j--) {
      if (v.isComma(j) && ++commas <= 2 * PARENTHETICALS
          && (insertion(v, j + 1) || closesInsertion(v, j))) {
        continue; // (issue 16) «اعتقل المكتب ...، وهو جهاز أمني، أمس، ثمانية أشخاص»
      }
      if (!v.w.isWord(j) || v.inQuantity(j) || v.match(v.lex.clauseOpeners, j) != null
          || v.is(j, Construction.COMPLEMENTIZER) || v.is(j, Construction.RELATIVE)) {
        return -1;
      }
      Event e = v.cue(j);
      if (e != null) {
        return (e == Event.KILLED || e == Event.INJURED || e == Event.ARRESTED)
            && v.verbal(j) ? j : -1;
      }
    }
    return -1;
  }

  /** Whether the comma {@code j} closes an insertion that a comma before it opens. */
  private static boolean closesInsertion(SentenceView v, int j) {
    return insertionStart(v, j) >= 0;
  }

  /**
   * @param v the sentence
   * @param j a comma
   * @return the comma that opens the insertion {@code j} closes («، أول من أمس،»), or -1
   */
  static int insertionStart(SentenceView v, int j) {
    for (int k = j - 1; k >= Math.max(v.from, j - INSERTION_WORDS - 1); k--) {
      if (!v.w.isWord(k)) {
        return v.isComma(k) && insertion(v, k + 1) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * Whether the words after a comma, up to the next mark, read as an insertion between a verb and
   * its object (a time, an apposition: «، أمس،»، «، وهو جهاز أمني،») rather than a new clause:
   * at most {@link #INSERTION_WORDS} words, no «و» on the first unless a pronoun follows it
   * («وهو»), and no cue or number.
   */
  private static boolean insertion(SentenceView v, int start) {
    if (!v.w.isWord(start)) {
      return false;
    }
    if (Agreement.wawOnWord(v.w, start)
        && !(v.w.length(start) == 3 && v.w.charAt(start, 1) == '\u0647')) {
      return false; // «، وأصدرت»: a coordinated clause; «، وهو»، «، وهي»، «، وهم»: an apposition
    }
    for (int j = start; j < Math.min(v.to, start + INSERTION_WORDS + 1); j++) {
      if (!v.w.isWord(j)) {
        return v.isComma(j);
      }
      if (v.eventAt(j) || v.inQuantity(j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * «توفي 2 من المصابين»: the casualty verb right before a count says what happened to it; the
   * event noun after «من» only names the group the count was taken from. (ar29act) So does an
   * arrest that only people take ({@code constructions.ARREST_OF_PEOPLE}), with the article too:
   * «ألقت المباحث القبض على 5 من المشاركين في المشاجرة» (ARRESTED, not a crowd).
   *
   * @param v     the sentence
   * @param count the first token of the count
   * @return the token where a casualty verb ending right before the count starts, or -1
   */
  static int verbRightBefore(SentenceView v, int count) {
    if (count - 1 < v.from) {
      return -1;
    }
    int cue = v.cueStartEndingAt(count - 1);
    if (cue < 0) {
      return -1;
    }
    Event e = v.cue(cue);
    return (e == Event.KILLED || e == Event.INJURED || e == Event.ARRESTED)
        && (v.verbal(cue) || e == Event.ARRESTED && v.is(cue, Construction.ARREST_OF_PEOPLE))
        ? cue : -1;
  }
}
