package io.github.countercheck.claims;

/**
 * (en30total) A part of a count told by an adverb of degree alone: "as many as 150 were injured
 * last night, 30 seriously", "200 people were hurt, 12 critically, when ...". The count stands
 * right after a comma, its adverb ({@code words.degreeAdverbs}: seriously, critically, badly ...)
 * right after its number, and the adverb ends the phrase (a mark, the sentence's end or a word that
 * is no event word follows it: "12 seriously injured" is a count of its own). The count is then a
 * part of the count before it, as after "of them" ({@code CountLinkReader.partitive}): it takes
 * that count's event and subject, and the adverb, which the noun search took for an unknown noun,
 * is no noun of it. English only (the list is empty in Arabic).
 */
final class PartByDegree {
  private PartByDegree() {}

  /**
   * Whether count {@code s} is such a part of the count before it; if so, drops the adverb as its
   * noun.
   *
   * @param v the sentence
   * @param s a count, its noun looked for
   * @return whether the count is such a part
   */
  static boolean apply(SentenceView v, CountSlot s) {
    TokenWords w = v.w;
    int adverb = s.countTo;
    if (!s.numeral || s.before == null || s.from - 1 <= v.from || !w.is(s.from - 1, ",")
        || adverb >= v.to || !w.isWord(adverb) || !v.lex.words.degreeAdverbs.has(w, adverb)) {
      return false;
    }
    int next = adverb + 1;
    if (next < v.to && w.isWord(next) && v.eventAt(next)) {
      return false; // "left 12 seriously injured": a count of its own
    }
    if (s.nounFrom == adverb) {
      s.nounFrom = -1;
      s.nounTo = -1;
      s.subject = null;
      s.subjectKnown = false;
    }
    return true;
  }
}
