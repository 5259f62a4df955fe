package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * Counts of kin and possessions, and cue words in another sense, that make no claim of the event
 * near them (called from {@link NoCountReader#notCasualty} and {@link ImplicitCountReader}):
 *
 * <ul>
 *   <li>a family's size: «مقتل أم لثلاثة أطفال», «والد طفلين», "a father of three was killed"
 *       ({@link #familySize}, the lexicon's {@code constructions.FAMILY_OF});
 *   <li>the kin of victims: «تظاهر العشرات من أهالي الضحايا», «الملايين من أهالي ضحايا ...»
 *       ({@link #relatives}, {@code constructions.RELATIVES});
 *   <li>«أحدهم» possessed by the noun before it: «سيارة أحدهم», «زوجة أحدهم» ({@link #possessedOne});
 *   <li>a cue inside an idiom of another sense: "wound their way", "in March" ({@link #idiom},
 *       {@code constructions.CUE_IDIOM});
 *   <li>a family's past loss named as a time: «بعد وفاة والده», «عقب وفاة والدها» ({@link
 *       #pastDeathOfKin}, {@code constructions.PAST_DEATH} and {@code KIN_OF}).
 * </ul>
 */
final class KinCounts {
  /** How many words after the kin noun («من», "of the") may stand before the victims. */
  static final int KIN_GAP = 2;

  private KinCounts() {}

  /**
   * @param v the sentence
   * @param s a count
   * @return whether a family word stands right before the count (a lone «ل» between allowed)
   */
  static boolean familySize(SentenceView v, CountSlot s) {
    Construction noun = v.construction(s.from);
    if ((noun == Construction.ONE_BARE_NOUN || noun == Construction.ONE_JOINED_NOUN)
        && v.hasArticle(s.from)) {
      return false; // (issue 16) «والد الشهيد فهد»: the victim's father (DefiniteVictim), no size
    }
    int start = s.from;
    if (start - 1 > v.from && isLam(v, start - 1)) {
      start--; // «أم لـ 3 أطفال»
    }
    for (int k = start - 1; k >= Math.max(v.from, start - 3); k--) {
      if (!v.w.isWord(k)) {
        return false;
      }
      Match<Construction> m = v.match(v.lex.constructions, k);
      if (m != null && m.value() == Construction.FAMILY_OF && k + m.words() == start) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLam(SentenceView v, int j) {
    return v.w.isWord(j) && v.w.length(j) == 1 && v.w.charAt(j, 0) == '\u0644';
  }

  /**
   * @param v the sentence
   * @param s a count whose cue follows it
   * @return whether a kin noun stands between the count and its cue, right before the victims
   *     (an event noun of a casualty, or their count): «العشرات من أهالي الضحايا», not «العشرات من
   *     الأهالي تجمعوا» nor "three sisters and our parents are missing"
   */
  static boolean relatives(SentenceView v, CountSlot s) {
    if (s.cueFrom < s.to) {
      return false;
    }
    for (int k = s.to; k < s.cueFrom; k++) {
      if (!v.w.isWord(k)) {
        return false;
      }
      if (!v.is(k, Construction.RELATIVES)) {
        continue;
      }
      for (int j = k + 1; j <= Math.min(s.cueFrom, k + 1 + KIN_GAP); j++) {
        if (v.inQuantity(j) || victims(v, j)) {
          return true;
        }
        if (!v.w.isWord(j) || !v.lex.words.of.has(v.w, j) && !v.lex.words.article.has(v.w, j)) {
          return false;
        }
      }
      return false;
    }
    return false;
  }

  /** Whether an event noun of a casualty starts at {@code j}: «الضحايا، الشهداء، المقبوض عليهم». */
  private static boolean victims(SentenceView v, int j) {
    Match<Event> noun = v.nounAt(j);
    return noun != null && SentenceView.isCasualty(noun.value());
  }

  /**
   * «سيارة أحدهم», «زوجة أحدهم»: «أحدهم» right after a noun in construct (a word ending in «ة»,
   * folded to «ه», that is no cue, event noun or function word) names whose thing it is, no one
   * counted.
   *
   * @param v the sentence
   * @param i the token of «أحدهم»
   * @return whether the word before possesses it
   */
  static boolean possessedOne(SentenceView v, int i) {
    int k = i - 1;
    if (k < v.from || !v.w.isWord(k) || !v.w.endsWith(k, "\u0647") || v.isCue(k)
        || v.nounStartEndingAt(k) >= 0 || v.match(v.lex.functionWords, k) != null) {
      return false;
    }
    return true;
  }

  /**
   * «احتضنت أسرة طفلة بعد وفاة والدها», «تولى السلطة عقب وفاة والده»: a possessed kin noun (the
   * lexicon's {@code constructions.KIN_OF}) right after a death named as a time ({@code
   * constructions.PAST_DEATH}: «بعد وفاة، عقب وفاة، منذ رحيل») tells a family's past loss, no
   * death reported; «بعد مقتل والده» and «وفاة والده في الحادث» are untouched.
   *
   * @param v the sentence
   * @param s a count
   * @return whether the count is the kin noun right after such a time
   */
  static boolean pastDeathOfKin(SentenceView v, CountSlot s) {
    int kin = s.nounFrom >= 0 ? s.nounFrom : s.from;
    if (kin - 2 < v.from || !v.w.isWord(kin) || !v.is(kin, Construction.KIN_OF)) {
      return false;
    }
    Match<Construction> m = v.w.isWord(kin - 2) ? v.match(v.lex.constructions, kin - 2) : null;
    return m != null && m.value() == Construction.PAST_DEATH && m.words() == 2;
  }

  /**
   * @param v the sentence
   * @param s a count with a cue
   * @return whether its cue (or, for a count joined to the one before, that count's cue) lies
   *     inside an idiom of another sense ("wound their way", "in March", «سيارة نقل»)
   */
  static boolean idiom(SentenceView v, CountSlot s) {
    int cue = s.cueFrom >= 0 || !s.inheritsEvent || s.before == null ? s.cueFrom : s.before.cueFrom;
    if (cue < 0) {
      return false; // «سيارتين ملاكي وسيارة نقل»: the joined count has its event from the first
    }
    for (int k = Math.max(v.from, cue - 1); k <= cue; k++) {
      Match<Construction> m = v.w.isWord(k) ? v.match(v.lex.constructions, k) : null;
      if (m != null && m.value() == Construction.CUE_IDIOM && k + m.words() > cue) {
        return true;
      }
    }
    return false;
  }
}
