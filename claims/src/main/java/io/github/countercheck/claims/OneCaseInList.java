package io.github.countercheck.claims;

import io.github.countercheck.core.Language;

/**
 * (issue 16, ar29cas) One case counted by its «واحدة» as the last item of a list of casualty
 * counts, after a comma: «بلغ عدد الوفيات 6 حالات، منها 5 حالات في بورسعيد، وحالة واحدة
 * بالقاهرة»، «تم علاج 12 منهم بمستشفى العبور، وحالة واحدة تم تحويلها إلى مستشفى الرمد». The
 * singular case noun («حالة», of {@code words.caseNouns}, no article) joined by «و» right before
 * a «واحد/واحدة» makes the one the next item of the count before when that count is of a casualty
 * and only the words of its place stand between the two and a comma before the «و» (at most
 * six words: no number, mark, event word or clause opener): the one counts a
 * person of that event. Without the comma the item is already read as the conjunct of the count
 * before; a case named by its casualty («وحالة وفاة واحدة») has its own noun.
 *
 * <p>Called from {@code SentenceReader.eventOfThoseBefore} for a count with no event yet.
 */
final class OneCaseInList {
  private static final char HEH = '\u0647';

  /** How many words of the item before (its place, its hospital) may stand before the comma. */
  private static final int PLACE_WORDS = 6;

  private OneCaseInList() {}

  /**
   * Whether the count has an event of its own: any but one from a cue before the count before,
   * which governs that count, not this item («تم نقل 6 حالات منهم إلى مستشفى البكرى، وحالة واحدة»).
   */
  private static boolean ownEvent(CountSlot s, CountSlot previous) {
    return s.event != null && !(s.cueFrom >= 0 && s.cueTo <= previous.from);
  }

  /**
   * @param v        the sentence
   * @param previous the count before, or null
   * @param s        a count with no event, or one from a cue before {@code previous}
   * @return whether {@code s} is «وحالة واحدة» listed after {@code previous}; then it takes its
   *     event, of people
   */
  static boolean apply(SentenceView v, CountSlot previous, CountSlot s) {
    if (v.language != Language.AR || previous == null || !s.numeral || ownEvent(s, previous)
        || !harm(previous.event) || s.quantity == null
        || s.quantity.low() != 1 || s.to != s.from + 1 || !v.lex.words.bareOne.has(v.w, s.from)) {
      return false;
    }
    int noun = s.from - 1;
    if (noun <= previous.end() || !caseNoun(v, noun)) {
      return false;
    }
    int end = noun; // «وحالة»: the و glued to the noun
    if (!Agreement.wawOnWord(v.w, noun)) {
      if (noun - 1 <= previous.end() || !v.lex.words.and.has(v.w, noun - 1)) {
        return false;
      }
      end = noun - 1; // «و حالة»
    }
    if (end - 1 < previous.end() || !v.isComma(end - 1)) {
      return false;
    }
    end--;
    if (end - previous.end() > PLACE_WORDS) {
      return false;
    }
    for (int j = previous.end(); j < end; j++) {
      if (!v.w.isWord(j) || v.inQuantity(j) || v.eventAt(j)
          || v.match(v.lex.clauseOpeners, j) != null) {
        return false;
      }
    }
    s.event = previous.event;
    s.subject = Subject.PERSON;
    s.subjectKnown = true;
    return true;
  }

  /** Whether the event is one a case of the health services counts: a death, a wound, the missing. */
  private static boolean harm(Event e) {
    return e == Event.KILLED || e == Event.INJURED || e == Event.MISSING;
  }

  /** Whether word {@code i} is the singular case noun «حالة» with no article, «و» perhaps on it. */
  private static boolean caseNoun(SentenceView v, int i) {
    return v.w.isWord(i) && v.w.length(i) >= 4 && v.w.charAt(i, v.w.length(i) - 1) == HEH
        && !v.hasArticle(i) && v.lex.words.caseNouns.hasAfterConjunction(v.w, i);
  }
}
