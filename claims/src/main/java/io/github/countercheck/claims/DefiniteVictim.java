package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (issue 16) A definite singular death noun that tells of one victim counts one, as devset8
 * decides («والدة الشهيد الشحي»، «شقيق المتوفى»; devset2's «القتيل يدعى»), read by {@link
 * ImplicitCountReader} (its one-event-noun rule) and {@link BodiesFound}, in two shapes:
 *
 * <ul>
 *   <li>a definite {@link Construction#ONE_BARE_NOUN} («الشهيد، المتوفى») or {@link
 *       Construction#ONE_JOINED_NOUN} («المصاب»: «لابنه المصاب» INJURED 1) in construct after a noun
 *       of what is the victim's ({@link Construction#VICTIM_OWNER}, {@link
 *       Construction#KIN_OF} (which folds «والدة» with «والده»), {@link Construction#FAMILY_OF}, {@link Construction#RELATIVES}, {@link Construction#FUNERAL}:
 *       «لوالد الشهيد ممدوح»، «تشييع الشهيد»، «ملابس المتوفى»);
 *   <li>a body noun in construct with a definite person («نقل جثة الطفلة»، «تشريح جثة المجني
 *       عليها»: a person noun, a death noun or a {@link Construction#VICTIM}).
 * </ul>
 *
 * Either counts only where no other word of the sentence tells of its event (a cue or noun of it
 * outside the pair): a victim told of twice is one claim («لقي شخص مصرعه ... نقل جثة المتوفى»),
 * and a death counted elsewhere is not counted again. «كتائب الشهيد عز الدين القسام»، «نفق الشهيد
 * أحمد حمدي» name no victim: no owner noun stands before them; a quoted name right after the noun
 * («والد الشهيد "أنس"») labels a known figure, no victim reported.
 */
final class DefiniteVictim {
  private DefiniteVictim() {}

  /**
   * @param v the sentence
   * @param i the first token of a noun of {@link Construction#ONE_BARE_NOUN} or {@link
   *     Construction#ONE_JOINED_NOUN}
   * @param m its match
   * @return whether the noun is definite, after an owner noun, and the only word of its event
   */
  static boolean ofOwner(SentenceView v, int i, Match<Construction> m) {
    int next = i + m.words();
    if (!v.hasArticle(i) || i == v.from || !v.w.isWord(i - 1) || next < v.to
        && v.w.isPunctuation(next) && !v.isClauseBreakMark(next)) {
      return false; // «والد الشهيد "أنس"»: a quoted name after the noun is a label, no report
    }
    Construction owner = v.construction(i - 1);
    return (owner == Construction.VICTIM_OWNER || owner == Construction.KIN_OF
        || owner == Construction.FAMILY_OF || owner == Construction.RELATIVES
        || owner == Construction.FUNERAL) && v.nounAt(i) != null
        && onlyOne(v, i - 1, next, v.nounAt(i).value());
  }

  /**
   * @param v     the sentence
   * @param body  the first token of a singular body noun
   * @param words how many words the noun covers
   * @return whether the body stands in construct with a definite person and is the sentence's
   *     only death
   */
  static boolean bodyOf(SentenceView v, int body, int words) {
    int next = body + words;
    if (v.hasArticle(body) || next >= v.to || !v.w.isWord(next) || !v.hasArticle(next)) {
      return false;
    }
    Match<Lexicon.SubjectForm> person = v.subjectAt(next);
    Match<Event> death = v.nounAt(next);
    Match<Construction> victim = v.match(v.lex.constructions, next);
    int end = person != null && person.value().subject().root() == Subject.PERSON
        ? next + person.words()
        : death != null && death.value() == Event.KILLED ? next + death.words()
        : victim != null && victim.value() == Construction.VICTIM ? next + victim.words() : -1;
    return end > next && onlyOne(v, body, end, Event.KILLED);
  }

  /** Whether no cue or noun of {@code event} in the sentence lies wholly outside tokens {@code [a, b)}. */
  private static boolean onlyOne(SentenceView v, int a, int b, Event event) {
    for (int j = v.from; j < v.to; j++) {
      Match<Event> cue = v.cueAt(j);
      Match<Event> noun = v.nounAt(j);
      if (cue != null && cue.value() == event && (j + cue.words() <= a || j >= b)
          || noun != null && noun.value() == event && (j + noun.words() <= a || j >= b)) {
        return false;
      }
    }
    return true;
  }
}
