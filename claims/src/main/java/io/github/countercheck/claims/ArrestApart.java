package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * (ar29act, issue 16) «ألقت الشرطة السعودية القبض أمس الجمعة على 176 شخصا»، «وتم القبض صباح
 * الاثنين على 12 متهما»: the noun of the arrest phrase «ألقى القبض على» stands apart from its
 * «على» when a time stands between them, and its verb, if any, apart from it when the subject
 * stands between («ألقت الشرطة القبض»): neither «القبض على» nor «ألقت القبض» is then a cue. The
 * noun ({@code constructions.ARREST_APART}), one to {@link #TIME_TOKENS} tokens of time words of
 * the lexicon's {@code time} section and one function word («على») right before a count make a
 * cue of arrest, read by the backward search ({@link CueBeforeCount}) as a verb right before its
 * object (distance 0, as «ألقت القبض» before such a time is too: it wins over a crowd verb after
 * the count, «ألقت القبض أمس الجمعة على 176 شخصا، من بينهم 15 امرأة، كانوا يتظاهرون»). «قرار القبض أمس على المتهم» (no count after) and
 * a time word with no function word after it make none.
 */
final class ArrestApart {
  /** How many tokens of time words may stand between the noun and its «على». */
  static final int TIME_TOKENS = 4;

  private ArrestApart() {}

  /**
   * @param v     the sentence
   * @param count the first token of a count
   * @return the token of the arrest noun apart from its «على» before the count, or -1
   */
  static int nounBefore(SentenceView v, int count) {
    int k = count - 1;
    if (v.language != Language.AR || k - 2 < v.from || !v.w.isWord(k)
        || v.match(v.lex.functionWords, k) == null) {
      return -1;
    }
    for (int j = k - 2; j >= Math.max(v.from, k - 1 - TIME_TOKENS); j--) {
      if (!v.w.isWord(j)) {
        return -1;
      }
      if (v.is(j, Construction.ARREST_APART)) {
        return timesOnly(v, j + 1, k) ? j : -1;
      }
    }
    return -1;
  }

  /**
   * @param v     the sentence
   * @param j     a token before a count, scanning back from it
   * @param first the first token of the count
   * @return where the cue that ends at {@code j} starts, or {@code j} when it is the arrest noun
   *     apart from its «على» before the count, or -1
   */
  static int cueStartEndingAt(SentenceView v, int j, int first) {
    int cue = v.cueStartEndingAt(j);
    return cue >= 0 || !nounAt(v, j, first) ? cue : j;
  }

  /**
   * @param v     the sentence
   * @param j     a token before a count
   * @param first the first token of the count
   * @return whether {@code j} is the arrest noun apart from its «على» before the count; tested
   *     only where it may stand (two to {@link #TIME_TOKENS} + 1 tokens before the «على»), so that
   *     the backward search of a count costs at most that many more lookups
   */
  static boolean nounAt(SentenceView v, int j, int first) {
    int gap = first - 2 - j;
    return gap >= 1 && gap <= TIME_TOKENS && v.language == Language.AR && v.w.isWord(j)
        && v.is(j, Construction.ARREST_APART) && nounBefore(v, first) == j;
  }

  /** Whether token {@code j} is the arrest noun apart from its «على», where no cue starts. */
  static boolean isNoun(SentenceView v, int j) {
    return j >= v.from && v.cueAt(j) == null && v.w.isWord(j) && v.is(j, Construction.ARREST_APART);
  }

  /**
   * @param v the sentence
   * @param j a token that {@link #cueStartEndingAt} found
   * @return the cue at {@code j}, or, at the arrest noun apart from its «على», an arrest of one word
   */
  static Match<Event> cueAt(SentenceView v, int j) {
    return isNoun(v, j) ? new Match<>(Event.ARRESTED, 1, v.match(v.lex.constructions, j).phrase())
        : v.cueAt(j);
  }

  /** Whether the tokens from {@code from} to {@code to} (exclusive) are phrases of time words. */
  private static boolean timesOnly(SentenceView v, int from, int to) {
    int p = from;
    while (p < to) {
      Match<?> m = v.w.isWord(p) ? v.match(v.lex.time, p) : null;
      if (m == null) {
        return false;
      }
      p += m.words();
    }
    return p == to;
  }
}
