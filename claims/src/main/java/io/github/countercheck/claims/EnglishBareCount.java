package io.github.countercheck.claims;

/**
 * (issue 16) An English count word with no noun that stands as the subject of what follows it:
 * right before a cue ("... paralysed, one killed in firing") or the auxiliaries of one ("of the
 * 12 named, only one has been arrested"; not "if one were to hear about the arrests") or a partitive ("stabbed in ahmedabad on thursday one of
 * whom later succumbed"). Such a count is no number describing the word before it ({@link
 * CountedNounReader#adjectivalOne}, which reads "one" after a plain word as Arabic «أسرة واحدة»
 * or English "Channel Two"); stateless.
 */
final class EnglishBareCount {
  /** How many auxiliaries may stand between the count and its cue ("has been arrested"). */
  static final int AUXILIARIES = 2;

  private EnglishBareCount() {}

  /**
   * @param v the sentence
   * @param s a count
   * @return whether a partitive stands right after the count, or a cue after at most {@link
   *     #AUXILIARIES} auxiliaries
   */
  static boolean beforeItsVerb(SentenceView v, CountSlot s) {
    int j = s.to;
    if (j >= v.to) {
      return false;
    }
    if (v.w.isWord(j) && v.match(v.lex.partitive, j) != null) {
      return true;
    }
    GrammarForms g = v.lex.words;
    for (int k = j; k < Math.min(v.to, j + AUXILIARIES + 1); k++) {
      if (v.cueAt(k) != null) {
        return true;
      }
      if (!v.w.isWord(k) || !g.auxiliaries.has(v.w, k) && !g.tenseAuxiliaries.has(v.w, k)) {
        return false; // "if one were to hear about the arrests": no verb group of a cue
      }
    }
    return false;
  }
}
