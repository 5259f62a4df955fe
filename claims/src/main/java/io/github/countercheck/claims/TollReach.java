package io.github.countercheck.claims;

/**
 * The toll construction: a toll verb, its toll noun, and the number it reaches after «إلى», however
 * far apart: «ارتفع عدد القتلى في الانفجار، الذي وقع اليوم قرب مقر الحزب، إلى 53 شخصا»,
 * «ليرتفع عدد ضحايا التدافع ... إلى 36». The verb (the lexicon's {@code constructions.TOLL_HEAD}:
 * ارتفع، ليرتفع، ارتفاع، وصل، قفز؛ رفع، رفعت: a source raised the toll) is followed within {@link #NOUN_REACH} words by the event word
 * of its toll (عدد القتلى، حصيلة ضحايا، أعداد المصابين); the count right after «إلى» takes that
 * event. The verb stands at most {@link #REACH} tokens before the count, with no full stop, clause
 * opener (بينما، فيما) or other count between: a relative clause or an aside set off by commas
 * may stand inside.
 */
final class TollReach {
  /** How far before the count the toll verb may stand. */
  static final int REACH = 30;
  /**
   * How far after the toll verb its event word may start (ارتفع اليوم عدد القتلى; رفعت وزارة الصحة
   * الليبية حصيلة الوفيات: the one who raised it stands between).
   */
  static final int NOUN_REACH = 5;

  /**
   * Past this many words after the verb, its event word must be a toll's: itself or the word before
   * it a toll noun ({@code constructions.TOLL_NOUN}: عدد، حصيلة), not any event word («رفع الرئيس
   * سقف المساعدات للنازحين إلى 300 مليون» is no toll).
   */
  static final int NEAR = 3;

  private TollReach() {}

  /**
   * «وصل عدد القتلى في دمشق إلى 46، بينما وصل عددهم في حماة إلى 29»: a toll verb whose toll noun
   * carries a pronoun ({@code constructions.TOLL_OF_THEM}: عددهم، حصيلتهم) reaches the count after
   * «إلى» as {@link #tollEvent} does; the count takes the event of the count before it.
   *
   * @param v     the sentence
   * @param count the first token of a count
   * @return the token of the toll verb, or -1
   */
  static int tollOfThem(SentenceView v, int count) {
    int to = count - 1;
    if (to < v.from || !v.w.isWord(to) || !v.lex.words.toward.has(v.w, to)) {
      return -1;
    }
    for (int k = to - 1; k >= Math.max(v.from, count - REACH); k--) {
      if (v.isStop(k) || v.inQuantity(k) || v.match(v.lex.clauseOpeners, k) != null) {
        return -1;
      }
      if (v.is(k, Construction.TOLL_HEAD)) {
        for (int j = k + 1; j <= Math.min(to - 1, k + NEAR); j++) {
          if (v.w.isWord(j) && v.is(j, Construction.TOLL_OF_THEM)) {
            return k;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** How far before a toll's number its event word may stand («حصيلة قتلى الانفجار لتصل إلى»). */
  static final int EVENT_REACH = 8;

  /**
   * «ارتفعت حصيلة قتلى الانفجار لتصل إلى 40 قتيلا»: the numbers module reads «تصل إلى 40» as at most
   * 40; after a toll (an event word a few words before, in the same clause) a toll verb
   * ({@code constructions.TOLL_HEAD}) that opens the quantity says where the toll came to, and the
   * count is exactly the number. «ما يصل إلى 40» (up to) keeps its bound.
   *
   * @param v the sentence
   * @param s a numeral count
   * @return the exact quantity, or the count's quantity
   */
  static Quantity exactReached(SentenceView v, CountSlot s) {
    Quantity q = s.quantity;
    if (q == null || q.kind() != QuantityKind.AT_MOST || q.value() == null || !v.w.isWord(s.from)
        || !v.is(s.from, Construction.TOLL_HEAD)) {
      return q;
    }
    for (int k = s.from - 1; k >= Math.max(v.from, s.from - EVENT_REACH); k--) {
      if (v.isStop(k) || v.inQuantity(k)) {
        return q;
      }
      if (v.eventAt(k) && SentenceView.isCasualty(v.cue(k) != null ? v.cue(k)
          : v.nounAt(k).value())) {
        return Quantity.exact(q.value());
      }
    }
    return q;
  }

  /** How many words the event word of a passed toll may have («عدد قتلى الانفجار»). */
  static final int PASSED_EVENT_WORDS = 3;

  /**
   * (issue 16) «تجاوز عدد القتلى 100 شخص»، «فاقت حصيلة الضحايا 200»: a verb of passing ({@code
   * constructions.PASSING_VERB}: تجاوز، تخطى، فاق) before a toll noun ({@code TOLL_NOUN}) and its
   * event word (at most {@link #PASSED_EVENT_WORDS} words) that end right before the number: the
   * toll is more than the number, as «يتجاوز 100» is.
   *
   * @param v the sentence
   * @param s a numeral count
   * @return the count's quantity, more than its number when a passed toll opens it
   */
  static Quantity morePassed(SentenceView v, CountSlot s) {
    Quantity q = s.quantity;
    if (q == null || q.kind() != QuantityKind.EXACT || q.value() == null) {
      return q;
    }
    boolean event = false;
    for (int k = s.from - 1; k >= Math.max(v.from + 1, s.from - PASSED_EVENT_WORDS); k--) {
      if (!v.w.isWord(k) || v.inQuantity(k)) {
        return q;
      }
      event |= v.eventAt(k);
      if (event && tollNoun(v, k) && v.w.isWord(k - 1) && v.is(k - 1, Construction.PASSING_VERB)) {
        return Quantity.moreThan(q.value());
      }
    }
    return q;
  }

  /**
   * (ar28total) «إجمالى الضحايا فى واقعة "المنطاد السياحى" بالأقصر، 18 سائحا»، «يصبح إجمالي
   * المتوفين خلال عام منذ يناير 2012 إلى يناير 2013 هو 6 حالات»: the event word of a toll noun
   * ({@code constructions.TOLL_NOUN} right before it: إجمالي، حصيلة، عدد) opens the subject of a
   * clause whose predicate is the count, so it governs a count further on than a bare cue does
   * ({@code CueBeforeCount}'s window for a toll verb), with no other cue or count between; the
   * count names people after its number («وهي غارات تحصى بالمئات» is none).
   *
   * @param v   the sentence
   * @param s   the count
   * @param end the last token of a cue or event noun before it
   * @return whether a toll noun stands right before that cue or noun and the count counts people
   */
  static boolean ofTollNoun(SentenceView v, CountSlot s, int end) {
    if (!s.subjectKnown || s.subject == null || !s.subject.isKindOf(Subject.PERSON)
        || s.nounFrom < s.countTo) {
      return false;
    }
    int start = v.cueStartEndingAt(end) >= 0 ? v.cueStartEndingAt(end) : v.nounStartEndingAt(end);
    return start > v.from && tollNoun(v, start - 1);
  }

  private static boolean tollNoun(SentenceView v, int j) {
    return j >= v.from && v.w.isWord(j) && v.is(j, Construction.TOLL_NOUN);
  }

  /**
   * (issue 16) The toll written verb first: «ارتفع إلى 72 عدد القتلى»، «ارتفعت إلى 30 حصيلة قتلى
   * الانفجار»، «ارتفع الى 72 عدد السوريين الذين قضوا». A toll verb ({@code TOLL_HEAD}) right before
   * «إلى» and the count, then the toll noun ({@code TOLL_NOUN}) right after the number, and its
   * event word within {@link #NOUN_REACH} words after the toll noun (a relative clause between), with
   * no mark or number between.
   *
   * @param v       the sentence
   * @param count   the first token of the count
   * @param countTo the token after its numerals
   * @return the token where the event word of the toll starts, or -1
   */
  static int invertedEvent(SentenceView v, int count, int countTo) {
    int to = count - 1;
    if (to - 1 < v.from || !v.w.isWord(to) || !v.lex.words.toward.has(v.w, to)
        || !v.w.isWord(to - 1) || !v.is(to - 1, Construction.TOLL_HEAD) || !tollNoun(v, countTo)) {
      return -1;
    }
    for (int j = countTo + 1; j < Math.min(v.to, countTo + 1 + NOUN_REACH); j++) {
      if (!v.w.isWord(j) || v.inQuantity(j)) {
        return -1;
      }
      if (v.eventAt(j)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * (issue 16) Gives a numeral count the event of a toll written verb first ({@link
   * #invertedEvent}); the toll counts the people of its event word.
   *
   * @param v the sentence
   * @param s a count
   * @return whether the count is such a toll's number
   */
  static boolean reachInverted(SentenceView v, CountSlot s) {
    int toll = s.numeral ? invertedEvent(v, s.from, s.countTo) : -1;
    if (toll < 0) {
      return false;
    }
    PhraseIndex.Match<Event> m = v.cueAt(toll) != null ? v.cueAt(toll) : v.nounAt(toll);
    s.event = m.value();
    s.cueFrom = toll;
    s.cueTo = Math.min(v.to, toll + m.words());
    if (!s.subjectKnown) {
      s.subject = Subject.PERSON;
      s.subjectKnown = true;
      s.nounFrom = s.countTo;
      s.nounTo = s.cueTo;
    }
    return true;
  }

  /**
   * @param v     the sentence
   * @param count the first token of a count
   * @return the token where the event word of the toll starts, or -1 when the count is not the
   *     number a toll verb reaches
   */
  static int tollEvent(SentenceView v, int count) {
    int to = count - 1;
    if (to < v.from || !v.w.isWord(to) || !v.lex.words.toward.has(v.w, to)) {
      return -1; // «إلى» right before the count
    }
    int k = headBefore(v, to - 1, count - REACH);
    for (int j = k; k >= 0 && j <= Math.min(to - 1, k + NOUN_REACH); j++) {
      if (v.eventAt(j) && (j <= k + NEAR || tollNoun(v, j) || tollNoun(v, j - 1))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The toll verb ({@code TOLL_HEAD}) nearest before token {@code last}, from {@code last} back to
   * {@code first}, with no full stop, quantity or clause opener between; or -1.
   */
  private static int headBefore(SentenceView v, int last, int first) {
    for (int k = last; k >= Math.max(v.from, first); k--) {
      if (v.isStop(k) || v.inQuantity(k) || v.match(v.lex.clauseOpeners, k) != null) {
        return -1;
      }
      if (v.is(k, Construction.TOLL_HEAD)) {
        return k;
      }
    }
    return -1;
  }

  /** How far before an English toll's particle its verb may stand (en30total). */
  static final int FRAME_REACH = 15;

  /**
   * (en30total) The English toll written as the object of a verb that moves or sets it: "taking
   * the toll to 561", "bringing the death toll in a weekend of violence to 56", "put the toll in
   * the district at 16", "took the number of fatalities recorded at the hospital up to 32". The
   * Arabic construction of {@link #tollEvent} («رفعت وزارة الصحة حصيلة الوفيات إلى 60»), with the
   * English rows of its roles: a {@code TOLL_HEAD} with its article ("taking the", "put the"),
   * within {@link #NOUN_REACH} words after it an event word whose phrase holds a {@code TOLL_NOUN}
   * ("toll", "death toll", "number of fatalities": the noun itself, right before it, or before its
   * "of"), and the number right after {@code words.toward} ("to", "at") or after "up to", at most
   * {@link #FRAME_REACH} tokens after the verb with no full stop, quantity or clause opener between.
   * {@code SentenceView.tollVerbStart} reads it as a toll verb ending right before the count.
   *
   * @param v     the sentence
   * @param count the first token of a count
   * @return the first token of the frame's verb, or -1
   */
  static int frameVerb(SentenceView v, int count) {
    GrammarForms g = v.lex.words;
    int last;
    if (count + 1 < v.to && v.w.isWord(count) && g.upParticle.has(v.w, count)
        && g.to.has(v.w, count + 1)) {
      last = count - 1; // "up to 32": the numbers module's bound holds the particle
    } else if (count - 1 > v.from && v.w.isWord(count - 1) && g.toward.has(v.w, count - 1)) {
      last = count - 2;
    } else {
      return -1;
    }
    int k = headBefore(v, last, last - FRAME_REACH);
    for (int j = k + 1; k >= 0 && j <= Math.min(last, k + NOUN_REACH); j++) {
      PhraseIndex.Match<Event> m = v.cueAt(j);
      if (m == null) {
        m = v.nounAt(j);
      }
      if (m != null && (tollNoun(v, j) || tollNoun(v, j - 1) || tollNoun(v, j + m.words() - 1)
          || j - 2 > k && tollNoun(v, j - 2) && g.of.has(v.w, j - 1))) {
        return k;
      }
    }
    return -1;
  }
}
