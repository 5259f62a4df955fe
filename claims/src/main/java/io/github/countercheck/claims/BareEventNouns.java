package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import java.util.List;

/**
 * (issue 16) Singular casualty nouns that count one only in the shapes news gives a bare count
 * in, read by {@link ImplicitCountReader} (its one-event-noun rule, lines marked {@code hook
 * (issue 16)}):
 *
 * <ul>
 *   <li>{@link Construction#ONE_BARE_NOUN} «شهيد، متوفى»: standing bare, with no article and not in
 *       construct («سقوط شهيد في اشتباكات»، «شهيد وأكثر من 5 مصابين»، «بوقوع مشاجرة ومتوفى
 *       ومصابين»); «شهيد الواجب»، «شهيد الوطن» are titles, «لكل متوفى» a rate, «إنسان متوفى»
 *       describes the noun before it;
 *   <li>{@link Construction#ONE_JOINED_NOUN} «مصاب»: joined by «و» right after a count of one or
 *       two of another casualty («سقوط قتيل ومصاب»، «قتيلين على الأقل ومصاب»), as is a second
 *       {@link Construction#ONE_EVENT_NOUN} («قتيل وجريح»); alone it is most often a generic
 *       («المصاب»، «لكل مصاب»، «شخص مصاب»).
 * </ul>
 *
 * Neither counts after «بين» («بين قتيل ومصاب»: a breakdown of a count, {@link MixedCasualties}).
 */
final class BareEventNouns {
  /** How many words may stand between a count of one or two and the «و» of the next noun. */
  private static final int JOIN_GAP = 3;
  private static final char WAW = '\u0648';
  private static final char FA = '\u0641';

  private BareEventNouns() {}

  /** Whether {@code role} is one of the singular event nouns that may count one by themselves. */
  static boolean countsOne(Construction role) {
    return role == Construction.ONE_EVENT_NOUN || role == Construction.ONE_BODY_NOUN
        || role == Construction.ONE_BARE_NOUN || role == Construction.ONE_JOINED_NOUN;
  }

  /**
   * @param v     the sentence
   * @param i     the first token of a noun of {@link Construction#ONE_BARE_NOUN} or {@link
   *     Construction#ONE_JOINED_NOUN}
   * @param m     its match
   * @param slots the counts read so far
   * @return whether the noun counts one
   */
  static boolean counts(SentenceView v, int i, Match<Construction> m, List<CountSlot> slots) {
    int next = i + m.words();
    if (definite(v, i) || i > v.from && v.w.isWord(i - 1)
        && v.lex.words.noSingleCountAfter.has(v.w, i - 1)) {
      return false; // «الشهيد محمد»، «لكل متوفى»
    }
    if (m.value() == Construction.ONE_JOINED_NOUN) { // «ومصاب إلى مستشفى هليوبوليس»
      return bare(v, next) && afterOne(v, i, slots) || OneCase.follows(v, next)
          && !describes(v, i); // «40 حالة مصابة»
    }
    if (!bare(v, next)) {
      return false; // «شهيد الواجب»
    }
    if (v.w.charAt(i, 0) != WAW) { // «إنسان متوفى» describes; «فالمقتول دون عرضه شهيد.» predicates
      return !describes(v, i) && next < v.to && v.w.isWord(next);
    }
    // «ومتوفى»: joined to a casualty word before it or to one after it, not to a title («شاهد وشهيد»)
    return i > v.from && (v.nounStartEndingAt(i - 1) >= 0 || v.isCue(i - 1))
        || next < v.to && v.w.isWord(next) && v.w.charAt(next, 0) == WAW && v.nounAt(next) != null;
  }

  /**
   * Whether the word at {@code next}, after a singular event noun that counts one, is «و» and
   * another such noun of one, which does not make the two a breakdown («سقوط قتيل ومصاب»).
   */
  static boolean joinsOne(SentenceView v, int next) {
    Construction role = next < v.to && v.w.isWord(next) && v.w.charAt(next, 0) == WAW
        && !definite(v, next) ? v.construction(next) : null;
    return role != null && role != Construction.ONE_BODY_NOUN && countsOne(role);
  }

  /**
   * Whether the noun at {@code i} opens with «و» and follows, at most {@link #JOIN_GAP} words
   * later and with no mark or «بين» between, a count of one or two whose words hold a casualty
   * noun («قتيل ومصاب»، «قتيلين على الأقل ومصاب»).
   */
  static boolean afterOne(SentenceView v, int i, List<CountSlot> slots) {
    if (slots.isEmpty() || v.w.charAt(i, 0) != WAW) {
      return false;
    }
    CountSlot last = slots.get(slots.size() - 1);
    Long value = last.quantity == null ? null : last.quantity.value();
    if (value == null || value > 2 || last.from >= i || last.from < i - 1 - JOIN_GAP) {
      return false;
    }
    boolean casualty = false;
    for (int k = last.from; k < i; k++) {
      if (!v.w.isWord(k) || v.lex.words.noSingleCountAfter.has(v.w, k)) {
        return false;
      }
      Match<Event> noun = v.nounAt(k);
      casualty |= noun != null && SentenceView.isCasualty(noun.value());
    }
    return casualty;
  }

  /** Whether a noun of people stands right before word {@code i}, which then describes it. */
  private static boolean describes(SentenceView v, int i) {
    return i > v.from && v.w.isWord(i - 1) && v.subjectAt(i - 1) != null;
  }

  /** Whether word {@code i} has the article, also after «ل» («للشهيد»، «وللمتوفى»). */
  private static boolean definite(SentenceView v, int i) {
    int k = v.w.charAt(i, 0) == WAW || v.w.charAt(i, 0) == FA ? 1 : 0;
    return v.hasArticle(i) || v.w.length(i) > k + 4 && v.w.startsWith(i, "\u0644\u0644", k);
  }

  /**
   * Whether a noun ending right before token {@code next} stands bare, in no construct: the end,
   * a mark other than a quotation mark, a word opening with «و», a function word or a
   * preposition on its noun follows.
   */
  private static boolean bare(SentenceView v, int next) {
    if (next >= v.to) {
      return true;
    }
    if (!v.w.isWord(next)) {
      return v.isClauseBreakMark(next);
    }
    return v.w.charAt(next, 0) == WAW || v.match(v.lex.functionWords, next) != null
        || v.prepositionalPhrase(next);
  }
}
