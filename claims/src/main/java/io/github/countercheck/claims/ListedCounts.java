package io.github.countercheck.claims;

/**
 * Counts listed after a count, each joined by «و» with its own place or destination: «تم نقل 3
 * منهم لمستشفى قصر العيني و10 للمنيرة و2 لمستشفى الشرطة», «بينهم 12 في حلب و8 في درعا»، «ومنهم
 * 9 سائحين من هونج كونج و4 يابانيين». A count with no event of its own whose number carries the
 * «و» (or follows a «و» and perhaps a comma) is the next item of the list when at most
 * {@link #GAP} words stand between it and the count before, none of them a cue, an event noun or a
 * mark, and no event word of its own follows it: it counts what that count counts.
 */
final class ListedCounts {
  /** How many words of the item before (its place) may stand between the two counts. */
  static final int GAP = 4;
  /** How many more words an item «في كل من» two places may hold. */
  private static final int EACH_WORDS = 2;
  /** How many words parallel items must repeat after their numbers. */
  private static final int PARALLEL_WORDS = 2;
  private static final char WAW = '\u0648';
  private static final char LAM = '\u0644';
  private static final char BA = '\u0628';

  private ListedCounts() {}

  /**
   * @param v        the sentence
   * @param previous the first token after the count before and its noun
   * @param count    the first token of this count
   * @return whether this count is the next item of the list the count before opened
   */
  static boolean nextItem(SentenceView v, int previous, int count) {
    int end = count;
    int joiner;
    if (count - 1 >= v.from && v.lex.words.and.has(v.w, count - 1)) {
      end = count - 1; // «و 10», or «و10» that the tokenizer cut in two
    } else if (v.w.isWord(count) && v.w.charAt(count, 0) == WAW
        && (v.w.stemMask(count) & 2) != 0) {
      end = count; // «وعشرة»: the و glued to a number word
    } else if (count - 1 > previous && v.isComma(count - 1)) {
      end = count; // (ar25att) «و20 في حمص، 8 في درعا، 4 بإدلب»: a comma alone, stripped below
    } else if ((joiner = joinerBefore(v, count)) >= 0) {
      end = joiner; // (ar25att) «و26 في حلب، إلى جانب 15 في حمص»
    } else {
      return false;
    }
    boolean comma = end - 1 >= previous && v.isComma(end - 1);
    if (comma) {
      end--; // «بجانب 18 في حلب، و11 في درعا»: a comma before the و
    }
    if (end - previous > GAP
        && end - previous > GAP + Math.max(placesOfEach(v, previous, end), parallel(v, previous, count))
        || end < previous || end == previous && !comma) { // (ar25att) «واحدة خطيرة، و8 متوسطة»
      return false;
    }
    for (int j = previous; j < end; j++) {
      if (!v.w.isWord(j) || v.inQuantity(j) || v.eventAt(j)
          || v.match(v.lex.clauseOpeners, j) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * (ar25att) «و10 للمنيرة»، «و11 بطنطا»: the word right after an item's number, a preposition
   * «ل»/«ب» glued to a stem no lexicon knows as a noun, is the item's place or destination, not
   * its counted noun.
   *
   * @param v the sentence
   * @param s a count
   * @return whether the count's noun is such a place
   */
  static boolean placeAsNoun(SentenceView v, CountSlot s) {
    int j = s.nounFrom;
    if (j < 0 || j != s.to || s.nounTo != j + 1 || s.subjectKnown
        || s.subject != null && s.subject != Subject.OTHER || !v.w.isWord(j) || v.eventAt(j)) {
      return false;
    }
    char c = v.w.charAt(j, 0);
    return (c == LAM || c == BA) && (v.w.stemMask(j) & ~1) != 0;
  }

  /**
   * (ar25att) «9 إصابات، بينها واحدة خطيرة، و8 متوسطة»، «بينهم 3 حالتهم خطيرة و9 إصاباتهم
   * طفيفة»: after a part of a breakdown, the word no lexicon knows right after the next item's
   * number is its state (a condition), not a noun of things: the item counts what the part counts.
   *
   * @param v        the sentence
   * @param s        a count
   * @param previous the count before it
   * @return whether {@code previous} is a part of a breakdown and the noun of {@code s} is such a
   *     word
   */
  static boolean stateOfPart(SentenceView v, CountSlot s, CountSlot previous) {
    int j = s.nounFrom;
    return previous.whole != null && j >= 0 && j == s.to && !s.subjectKnown
        && (s.subject == null || s.subject == Subject.OTHER) && v.w.isWord(j) && !v.eventAt(j);
  }

  /**
   * (ar25att) «و31 من تلك العناصر بمحافظة الإسكندرية، و10 من تلك العناصر بمحافظة الشرقية»: items
   * written in parallel, the same words right after each number, may hold as many words more as
   * they repeat (at least {@link #PARALLEL_WORDS}).
   *
   * @param v        the sentence
   * @param previous the first token after the item before
   * @param count    the first token of this item, a number of one token
   * @return how many more words the item before may hold
   */
  private static int parallel(SentenceView v, int previous, int count) {
    int n = 0;
    while (count + 1 + n < v.to && previous + n < count && sameWord(v, previous + n, count + 1 + n)) {
      n++;
    }
    return n >= PARALLEL_WORDS ? n : 0;
  }

  private static boolean sameWord(SentenceView v, int a, int b) {
    int n = v.w.length(a);
    if (!v.w.isWord(a) || !v.w.isWord(b) || v.w.length(b) != n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (v.w.charAt(a, k) != v.w.charAt(b, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * (ar25att) «إلى جانب، بالإضافة إلى، علاوة على، فضلا عن»: a conjunction of several words
   * ending right before the count, which joins the next item as «و» does.
   *
   * @return the conjunction's first token, or -1
   */
  private static int joinerBefore(SentenceView v, int count) {
    for (int j = Math.max(v.from, count - 3); j < count - 1; j++) {
      PhraseIndex.Match<Boolean> c = v.w.isWord(j) ? v.match(v.lex.conjunctions, j) : null;
      if (c != null && c.words() > 1 && j + c.words() == count) {
        return j;
      }
    }
    return -1;
  }

  /**
   * (ar25att) «و10 في كل من حماة وحمص، و7 في الرقة»: the places of an item that counts «in each
   * of» two places («كل من» right after its preposition) may take {@link #EACH_WORDS} words more.
   *
   * @return how many more words the item before may hold
   */
  private static int placesOfEach(SentenceView v, int previous, int end) {
    for (int j = previous; j + 1 < end && j < previous + 2; j++) {
      if (v.w.isWord(j) && v.w.isWord(j + 1) && v.lex.words.every.has(v.w, j)
          && v.lex.words.of.has(v.w, j + 1)) {
        return EACH_WORDS;
      }
    }
    return 0;
  }

  /**
   * @param v     the sentence
   * @param after the first token after the count and its noun
   * @return whether an event word of its own follows the count in its clause («و3 آخرون أصيبوا»),
   *     within {@link #GAP} words: then it is no item of the list before. An event word that opens
   *     the next conjunct is the next item's (ar27dev8: «و4 في حمص وقتيل في الرقة»، «و4 في حمص
   *     وأصيب 5»)
   */
  static boolean ownEventAfter(SentenceView v, int after) {
    for (int j = after; j < Math.min(v.to, after + GAP); j++) {
      if (!v.w.isWord(j) || v.inQuantity(j) || v.startsClause(j)) {
        return false;
      }
      if (v.eventAt(j)) {
        return true;
      }
    }
    return false;
  }
}
