package io.github.countercheck.claims;

/**
 * (en29prec) English: an indefinite singular of people right before a casualty verb that has an
 * object of its own is the verb's subject, the doer, not the one it befell ("a policeman arrested
 * the suspect", "a key official held several meetings"): the verb follows the noun with no
 * auxiliary (the reduced passive of a headline, "man held over deaths", has none either, but no
 * object), and an article or determiner ({@code words.articles}, {@code words.determiners},
 * {@code words.rankDeterminers}) or a quantity stands right after it. A time phrase there ("a man
 * arrested the day before", "last week") keeps the passive. A counted object ("a man killed a
 * woman", "killed two robbers") is read by the rules of doer and victim already. Called from
 * {@link NoCountReader#notCasualty}; stateless.
 */
final class DoerBeforeObject {
  private DoerBeforeObject() {}

  /**
   * @param v the sentence
   * @param s a resolved count with an event of people
   * @return whether it is a singular that does what its verb tells
   */
  static boolean doer(SentenceView v, CountSlot s) {
    int k = s.cueTo;
    if (s.numeral || s.nounFrom < 0 || s.cueFrom != s.end() || k >= v.to || !v.w.isWord(k)
        || v.match(v.lex.time, k) != null || k + 1 < v.to && v.match(v.lex.time, k + 1) != null) {
      return false;
    }
    Lexicon lex = v.lex;
    return lex.words.articles.has(v.w, k) || lex.words.determiners.has(v.w, k)
        || lex.words.rankDeterminers.has(v.w, k) || v.inQuantity(k);
  }
}
