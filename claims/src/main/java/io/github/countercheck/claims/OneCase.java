package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import java.util.List;

/**
 * (issue 16) One case counted by the health services, with no numeral, in two shapes:
 *
 * <ul>
 *   <li>one patient sent to a hospital, in the lists by which they share out their injured:
 *       «وحالة واحدة لمستشفى المنيرة العام»، «وحالة بمستشفى الحضرة»، «ومصاب إلى مستشفى هليوبوليس»،
 *       «تم نقل مصاب منهم للمنيرة». A singular case noun («حالة», of {@code words.caseNouns}) or
 *       a singular injured noun («مصاب», {@link Construction#ONE_JOINED_NOUN}) with no article,
 *       right before a hospital ({@link Construction#HOSPITAL} with «إلى، ل، ب»; «واحد/واحدة» and
 *       «منهم» may stand between), counts one injured. «المصاب» names one told of before; «حالة
 *       المستشفى» (a hospital with no «إلى، ل، ب») is its state;
 *   <li>one case named by its casualty: «سبع إصابات وحالة وفاة»، «الصحة: حالة وفاة و404
 *       مصابين»، «بنقل حالة وفاة إلى مشرحة»: a singular case noun with no article right before a
 *       death or injury noun with none counts one of that event; not after «أي، أية، كل، بين»
 *       ({@code words.noSingleCountAfter}: «عدم وقوع أي حالة وفاة») nor a {@link
 *       Construction#NEGATOR} two words before («عدم وقوع حالة وفاة»).
 * </ul>
 *
 * Read by {@link ImplicitCountReader} (only in a sentence with a count of a numeral, which the
 * sentence filter always reads) and {@link BareEventNouns} («مصاب», a construction the filter
 * reads).
 */
final class OneCase {
  /** How many words («واحدة»، «منهم») may stand between the noun and the hospital. */
  private static final int REACH = 2;
  private static final char HEH = '\u0647';
  private static final char LAM = '\u0644';
  private static final char BA = '\u0628';

  private OneCase() {}

  /**
   * @param v    the sentence
   * @param next the token right after a singular noun of people
   * @return whether a hospital with «إلى، ل، ب» follows, after at most {@link #REACH} words of one
   *     or of a part
   */
  static boolean follows(SentenceView v, int next) {
    for (int k = next; k < Math.min(v.to, next + REACH + 1) && v.w.isWord(k); k++) {
      Match<Construction> m = v.match(v.lex.constructions, k);
      if (m != null && m.value() == Construction.HOSPITAL) { // «إلى مستشفى»، «لمستشفى»، «بمستشفى»
        return m.words() > 1 || v.w.charAt(k, 0) == LAM || v.w.charAt(k, 0) == BA;
      }
      if (!v.inQuantity(k) && v.match(v.lex.partitive, k) == null && !oneWord(v, k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether word {@code i} is the singular case noun «حالة», with no article, sent to hospital or
   * named by a casualty after it (not one a numeral after it counts: «حالة وفاة واحدة»), in a
   * sentence with a count of a numeral.
   *
   * @param slots the counts read so far
   */
  static boolean caseNoun(SentenceView v, int i, List<CountSlot> slots) {
    if (v.w.length(i) < 4 || v.w.charAt(i, v.w.length(i) - 1) != HEH || v.hasArticle(i)
        || !v.lex.words.caseNouns.hasAfterConjunction(v.w, i) || numberBefore(v, i)
        || !listed(slots)) {
      return false;
    }
    Match<Event> named = casualty(v, i + 1);
    return follows(v, i + 1) || named != null && !negated(v, i)
        && !(i + 1 + named.words() < v.to && v.inQuantity(i + 1 + named.words())); // «وفاة واحدة»
  }

  /**
   * Whether a count with a numeral was read in the sentence: the case is one of a list of counts
   * («سبع إصابات وحالة وفاة»), and the sentence is one the sentence filter reads.
   */
  private static boolean listed(List<CountSlot> slots) {
    for (CountSlot s : slots) {
      if (s.numeral) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a number stands right before word {@code i}, or before one mark right before it: the
   * case noun is that number's noun («(39) حالة»، «“476” حالة إصابة»، «2.5 حالة وفاة كل ساعة»).
   */
  private static boolean numberBefore(SentenceView v, int i) {
    int k = i - 1;
    if (k > v.from && v.w.isPunctuation(k) && !v.isComma(k)) {
      k--;
    }
    return k >= v.from && (v.inQuantity(k) || Character.isDigit(v.w.charAt(k, v.w.length(k) - 1)));
  }

  /** The death or injury named right after a case noun, with no article («حالة وفاة»), or null. */
  private static Match<Event> casualty(SentenceView v, int j) {
    if (j >= v.to || !v.w.isWord(j) || v.hasArticle(j)) {
      return null;
    }
    Match<Event> m = v.nounAt(j);
    if (m == null && v.match(v.lex.casualtyNouns, j) != null) {
      m = v.cueAt(j); // a casualty noun read as a cue, not «حالة تصيب»: a verb
    }
    return m != null && (m.value() == Event.KILLED || m.value() == Event.INJURED) ? m : null;
  }

  /** Whether «أي، كل» stands right before the case noun, or a negator two words before it. */
  private static boolean negated(SentenceView v, int i) {
    if (i > v.from && v.w.isWord(i - 1) && v.lex.words.noSingleCountAfter.has(v.w, i - 1)) {
      return true;
    }
    for (int k = i - 1; k >= Math.max(v.from, i - 2); k--) {
      if (v.w.isWord(k) && v.is(k, Construction.NEGATOR)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The count of one at the case noun {@code i}: of people, of the casualty named after it, else
   * injured, its cue the hospital.
   */
  static CountSlot slot(SentenceView v, int i, CountSlot s) {
    s.nounFrom = i;
    s.nounTo = i + 1;
    s.subject = Subject.PERSON;
    s.subjectKnown = true;
    Match<Event> named = casualty(v, i + 1);
    if (named != null) { // «وحالة وفاة»: the casualty is the count's noun and cue
      s.nounTo = i + 1 + named.words();
      s.event = named.value();
      s.cueFrom = i + 1;
      s.cueTo = s.nounTo;
      return s;
    }
    for (int k = i + 1; k < v.to; k++) {
      Match<Construction> m = v.match(v.lex.constructions, k);
      if (m != null && m.value() == Construction.HOSPITAL) {
        s.event = Event.INJURED;
        s.cueFrom = k;
        s.cueTo = k + m.words();
        break;
      }
    }
    return s;
  }

  /** «واحد، واحدة» after the noun, which the numbers module may leave unread after a case noun. */
  private static boolean oneWord(SentenceView v, int k) {
    return v.lex.words.bareOne.has(v.w, k);
  }
}
