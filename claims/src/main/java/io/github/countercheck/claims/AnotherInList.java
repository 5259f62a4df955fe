package io.github.countercheck.claims;

import java.util.List;

/**
 * (issue 16) «وآخر / وأخرى» in a list of counted people is one more of the list's event: after a
 * count of one with its adjective («وسائحة إنجليزية، وأخرى مجرية، وأخرى مصرية»), or after a count
 * of several («منهم اثنين سائحين بريطانيين وآخر مصري»), a comma between them or not. The count
 * before must end within {@link #WINDOW} tokens, and only words that are no event cue (its noun,
 * its adjectives) and one comma may stand between; not «آخر» of a clause of its own («وآخر تفتيش
 * تم»: no count before it), nor, without a comma, after or before a place phrase («أصيب 3 أشخاص في الحادث وآخر في الهجوم
 * الثاني»: another attack), nor the definite «والآخر، والثاني، والثالث», which name the rest of a
 * set already counted («مواطنين أحدهما باختناق، والآخر بجروح»). Read by {@link ImplicitCountReader} for the lexicon's {@code
 * anotherOne} words after a conjunction «و».
 */
final class AnotherInList {
  /** How many tokens before «وآخر» the count before it may start. */
  static final int WINDOW = 5;

  private AnotherInList() {}

  /**
   * @param v     the sentence
   * @param i     the token of «وآخر / وأخرى», with the conjunction
   * @param slots the counts read before it
   * @return whether it counts one more of the count just before it
   */
  static boolean afterCount(SentenceView v, int i, List<CountSlot> slots) {
    TokenWords w = v.w;
    if (slots.isEmpty() || !Agreement.wawOnWord(w, i)
        || v.hasArticle(i)) {
      return false; // «أحدهما باختناق، والآخر بجروح»: the rest of a set already counted
    }
    CountSlot last = slots.get(slots.size() - 1);
    if (last.quantity == null || last.quantity.value() == null || last.from >= i
        || last.from < i - WINDOW) {
      return false;
    }
    int commas = 0;
    boolean place = i + 1 < v.to && w.isWord(i + 1) && v.match(v.lex.placePrepositions, i + 1) != null;
    for (int j = last.from + 1; j < i; j++) {
      if (v.isComma(j)) {
        commas++;
      } else if (!w.isWord(j) && !v.inQuantity(j) || w.isWord(j) && v.cueAt(j) != null) {
        return false; // a clause or a cue of its own lies between
      } else if (w.isWord(j) && v.match(v.lex.placePrepositions, j) != null) {
        place = true;
      }
    }
    return commas == 1 || commas == 0 && !place; // «3 أشخاص في الحادث وآخر في الهجوم»: no list
  }
}
