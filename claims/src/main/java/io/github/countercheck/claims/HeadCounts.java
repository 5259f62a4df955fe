package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * The head count before «بينهم / منهم» shares the event of its breakdown: «157 شخصا بينهم 39
 * طفلا حصيلة الضحايا», «23 شخصا، بينهم مدنيون، قتلوا». When a count has no event of its own and
 * the next count is its breakdown, introduced right after it by a partitive (the lexicon's
 * {@code partitive}, perhaps after a comma), the event the breakdown found after it is the
 * event of both.
 */
final class HeadCounts {
  private HeadCounts() {}

  /**
   * @param v       the sentence
   * @param headEnd the first token after the head count and its noun
   * @param next    the first token of the next count
   * @return whether only a partitive (and perhaps a comma before it) stands between them
   */
  static boolean breakdownFollows(SentenceView v, int headEnd, int next) {
    int j = headEnd;
    if (v.isComma(j)) {
      j++;
    }
    Match<Boolean> m = v.match(v.lex.partitive, j);
    return m != null && j + m.words() == next;
  }

  /**
   * English (issue 16): "Seven people including two US soldiers died", "16 including 3 Polish
   * soldiers killed": with no comma around the breakdown the verb after it is the whole's too, when
   * the whole counts people (a known noun of people or no noun at all) and the verb tells of a
   * casualty or an arrest (not of a crowd or a deployment, which the whole's noun decides).
   *
   * @param head the count before the partitive
   * @param part the count right after it
   * @return whether the head may share the part's event
   */
  static boolean peopleHead(CountSlot head, CountSlot part) {
    boolean people = head.nounFrom < 0
        || head.subjectKnown && head.subject != null && head.subject.root() == Subject.PERSON;
    return people && SentenceView.isCasualty(part.event);
  }

  /** How many words an item of a breakdown may have before the next item. */
  static final int ITEM_WORDS = 8;

  /**
   * «46 مصابا من بينهم مساعد مدير الأمن للشئون المالية و 28 من قوات الشرطة»: a count after «و»
   * that follows a partitive and one item of plain words (no number, mark, cue or event noun; at
   * most {@link #ITEM_WORDS}) is the next item of the same breakdown.
   *
   * @param v     the sentence
   * @param count the first token of a count
   * @return whether the count is a later item of a breakdown
   */
  static boolean laterItem(SentenceView v, int count) {
    int j = count - 1;
    if (j < v.from || !v.w.isWord(j) || !v.lex.words.and.has(v.w, j)) {
      return false; // «و» as a word of its own; glued to a digit it is read by the numbers
    }
    for (int k = j - 1; k >= Math.max(v.from, j - 1 - ITEM_WORDS); k--) {
      if (!v.w.isWord(k) || v.inQuantity(k) || v.eventAt(k)) {
        return false;
      }
      Match<Boolean> m = v.match(v.lex.partitive, k);
      if (m != null && k + m.words() < j) {
        return true;
      }
    }
    return false;
  }
}
