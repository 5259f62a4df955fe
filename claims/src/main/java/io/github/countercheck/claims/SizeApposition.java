package io.github.countercheck.claims;

/**
 * (en25mine) English: a count that restates the size of a noun before it, in an aside set off by
 * commas ("the para-military forces, comprising 22 companies of crpf, conducted a flag march", "95
 * companies of para-military forces ..., totaling around 15,000, have been deployed", "the
 * protesters, numbering about 500, were arrested"), takes the verb of its head after the aside's
 * closing comma: the words of the lexicon's {@code constructions.SIZE_APPOSITION} ("comprising",
 * "consisting of", "totaling", "numbering") stand right before the count and right after a comma,
 * and the aside closes with a comma at most {@link #REACH} tokens after the count, with no other
 * number before it. The verb after that comma is read as {@link EnglishClauseVerb} reads a
 * clause's verb. A count with no noun of its own counts what the head counts ("the forces,
 * totaling around 15,000, have been deployed": forces), when the head is a subject noun at most
 * {@link #HEAD_BACK} plain words before the comma. Read by {@link EventCueReader} when no cue stands near the count;
 * stateless.
 */
final class SizeApposition {
  /** How many tokens after the count's first token the aside's closing comma may stand. */
  static final int REACH = 10;
  /** How many words before the comma the head's noun may end (its post-modifier between). */
  static final int HEAD_BACK = 6;

  private SizeApposition() {}

  /**
   * @param v    the sentence
   * @param from the count's first token
   * @param end  the first token after the count and its noun
   * @return the first token of the head's verb after the aside, or -1
   */
  static int headVerb(SentenceView v, int from, int end) {
    int word = apposition(v, from);
    if (word < 0 || word - 1 < v.from || !v.w.is(word - 1, ",")) {
      return -1;
    }
    for (int j = end; j < Math.min(v.to, from + REACH); j++) {
      if (v.w.is(j, ",")) {
        return j + 1 < v.to ? EnglishClauseVerb.laterVerb(v, j + 1) : -1;
      }
      if (!v.w.isWord(j) || v.inQuantity(j) || v.cueAt(j) != null) {
        return -1; // another mark, number or cue: the aside is no plain noun phrase
      }
    }
    return -1;
  }

  /**
   * @param v    the sentence
   * @param from the count's first token, right after a {@code SIZE_APPOSITION} phrase
   * @return the subject of the nearest subject noun at most {@link #HEAD_BACK} plain words before
   *     the comma before that phrase (no number, cue or mark between), or null
   */
  static Subject headSubject(SentenceView v, int from) {
    int comma = apposition(v, from) - 1;
    for (int k = comma - 1; k >= Math.max(v.from, comma - HEAD_BACK); k--) {
      if (!v.w.isWord(k) || v.inQuantity(k) || v.cueAt(k) != null) {
        return null;
      }
      PhraseIndex.Match<Lexicon.SubjectForm> m = v.subjectAt(k);
      if (m != null && k + m.words() <= comma) {
        PhraseIndex.Match<Lexicon.SubjectForm> longer =
            k - 1 >= v.from && v.w.isWord(k - 1) ? v.subjectAt(k - 1) : null;
        return longer != null && longer.words() > 1 && k - 1 + longer.words() <= comma
            ? longer.value().subject() // "police personnel", not "personnel"
            : m.value().subject(); // "the police personnel from adjoining districts, totaling"
      }
    }
    return null;
  }

  /** The first token of a {@code SIZE_APPOSITION} phrase that ends right before {@code from}, or -1. */
  private static int apposition(SentenceView v, int from) {
    for (int k = from - 1; k >= Math.max(v.from, from - 2); k--) {
      PhraseIndex.Match<Construction> m = v.w.isWord(k) ? v.match(v.lex.constructions, k) : null;
      if (m != null && m.value() == Construction.SIZE_APPOSITION && k + m.words() == from) {
        return k;
      }
    }
    return -1;
  }
}
