package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;
import java.util.List;

/**
 * (ar28implicit) Nisba adjectives joined by «و» after a noun of things, read by {@link
 * ImplicitCountReader}: «من جنسيات سورية وعربية وأجنبية»، «أقاليم عراقية وسورية»، «مصادر مصرية
 * وفرنسية». A plural of things takes a feminine singular adjective, which has the form of a
 * singular noun of people («مصرية، أجنبية»); a nisba after «و» is then one more adjective of the
 * same noun, no person joined to a count. It applies when the conjunct before the «و» (past more
 * nisbas of the chain with «و», none counted: «وعربية») is an indefinite singular nisba of the
 * subjects that no count of the sentence counts, after a word that is no noun of people nor
 * counted. A counted conjunct («9 صينيين ... ومجري ومصرية»، «بينهم أمريكي وبريطانية»), one
 * describing a person («إصابة شخص مصري وسودانية»), a definite one («بالساق اليمنى ونجله») and a
 * conjunct that is no nisba («مقيم مصري وزوجته») keep their reading.
 */
final class AdjectiveConjunct {
  private AdjectiveConjunct() {}

  /**
   * @param v     the sentence
   * @param i     a singular noun of people with «و» on it, read as joined to the word before
   * @param slots the counts read so far
   * @return whether it is one more adjective of an uncounted chain of nisba adjectives
   */
  static boolean describes(SentenceView v, int i, List<CountSlot> slots) {
    TokenWords w = v.w;
    if (v.language != Language.AR || i - 1 <= v.from || !w.isWord(i - 1) || !nisbaEnding(w, i)) {
      return false;
    }
    int j = i - 1;
    while (j - 1 > v.from && w.isWord(j - 1) && Agreement.wawOnWord(w, j) && nisbaEnding(w, j)
        && v.cueAt(j) == null && !counted(slots, j)) {
      j--; // «سورية وعربية وأجنبية»: more adjectives of the chain, none counted
    }
    Match<SubjectForm> m = v.subjectAt(j);
    return m != null && m.words() == 1 && m.value().number() == Lexicon.Number.SINGULAR
        && Describing.isNisba(v, j) && !v.hasArticle(j) && !counted(slots, j) && w.isWord(j - 1)
        && v.subjectAt(j - 1) == null && !v.inQuantity(j - 1) && !counted(slots, j - 1);
  }

  private static boolean nisbaEnding(TokenWords w, int j) {
    return w.length(j) > 4 && (w.endsWith(j, "\u064A\u0647") || w.endsWith(j, "\u064A"));
  }

  private static boolean counted(List<CountSlot> slots, int j) {
    for (CountSlot s : slots) {
      if (s.from <= j && j <= Math.max(s.from, s.to - 1) || s.nounFrom <= j && j < s.nounTo) {
        return true;
      }
    }
    return false;
  }
}
