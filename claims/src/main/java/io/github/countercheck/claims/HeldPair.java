package io.github.countercheck.claims;

import java.util.List;

/**
 * (issue 16, ar28court) Two people held, told by the dual pronoun of an arrest word: «وتم حبسهما
 * احتياطيا»، «وتخلص المقبوض عليهما من الشحنة»، «تمكن رجال المباحث من ضبطهما» count two arrested (the
 * READMEs of devset5 and devset6; the words are the lexicon's {@code events.ARRESTED.dual}: «حبسهما،
 * ضبطهما، اعتقالهما، توقيفهما، احتجازهما، إيقافهما، المقبوض عليهما، القبض عليهما»). The pronoun restates a pair
 * the sentence may already have counted as arrested («القبض على مواطنين اثنين ... قارب المقبوض
 * عليهما»، «اثنان منهم جرى إيقافهما»): then it is no second claim ({@link #restates}). An arrest
 * pending before it («جاري ضبطهما») is none made ({@link NoCountReader#notCasualty}).
 */
final class HeldPair {
  private HeldPair() {}

  /**
   * @param s      a count, resolved
   * @param counts the counts of the sentence before it
   * @return whether {@code s} is an implicit pair of arrested people that an earlier arrest count
   *     of exactly two already counts
   */
  static boolean restates(CountSlot s, List<CountSlot> counts) {
    if (s.numeral || s.event != Event.ARRESTED || !two(s)) {
      return false;
    }
    for (CountSlot c : counts) {
      if (c.event == Event.ARRESTED && two(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean two(CountSlot s) {
    return s.quantity != null && s.quantity.low() == 2 && s.quantity.high() != null
        && s.quantity.high() == 2;
  }
}
