package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;

/**
 * (issue 16, ar28people) The sides of a clash are crowds: a count of people that stands right
 * after «بين، ما بين» ({@code constructions.SIDES}) when a clash noun ({@code
 * constructions.CLASH_NOUN}: «اشتباكات، مواجهات، مصادمات») stands a few words before it («الاشتباكات
 * التي اندلعت بين آلاف المتظاهرين»، «ودارت الاشتباكات التي استمرت لعدة ساعات بين مئات من أهالي
 * المتهمين»), or a count after the «و» that joins the other side to it («بين آلاف المتظاهرين
 * والمئات من أنصار الجماعة»، «صدامات بين الشرطة ومئات من المتظاهرين»), is the size of a crowd
 * that took part (PARTICIPATED), not the toll of a cue before the clash («ارتفعت حصيلة ضحايا
 * الاشتباكات التي اندلعت بين آلاف المتظاهرين ...»: the thousands did not die). Only counts of
 * mere people, civilians, protesters and rioters are taken: armed men and forces fight, and a
 * count of places or things («اشتباكات بين 4 قرى») is no crowd. Called from {@link
 * SentenceReader} where the event of a count is decided.
 */
final class ClashSides {
  /** How many tokens a clash noun may stand before «بين» («التي اندلعت أمس في المدينة»). */
  static final int CLASH_BEFORE = 7;
  /** How many tokens the «و» of the other side may stand after «بين» («بين قوات الأمن المركزي و»). */
  static final int OTHER_SIDE = 8;

  private ClashSides() {}

  /**
   * @param v the sentence
   * @param s a count whose counted noun has been read
   * @param event the event the count has so far, or null
   * @return PARTICIPATED when the count is a side of a clash (its cue, a casualty cue before the
   *     clash, is then no longer its own), else {@code event}
   */
  static Event event(SentenceView v, CountSlot s, Event event) {
    if (!side(v, s)) {
      return event;
    }
    s.cueFrom = -1;
    s.cueTo = -1;
    return Event.PARTICIPATED;
  }

  private static boolean side(SentenceView v, CountSlot s) {
    if (v.language != Language.AR || !s.subjectKnown || !crowd(s.subject) || s.from <= v.from
        || ownEvent(v, s)) {
      return false;
    }
    int sides = sidesEndingAt(v, s.from);
    if (sides < 0 && joined(v, s.from)) {
      for (int k = s.from - 1; k >= Math.max(v.from, s.from - OTHER_SIDE) && v.w.isWord(k); k--) {
        if (v.is(k, Construction.SIDES)) {
          sides = k;
          break;
        }
        if (v.isCue(k)) {
          return false; // «بين قتيل وجريح»: a casualty between
        }
      }
    }
    return sides > v.from && clashBefore(v, sides);
  }

  /** Whether the count's own noun names an event («ما بين 10 قتلى و20 جريحا»: a toll). */
  private static boolean ownEvent(SentenceView v, CountSlot s) {
    for (int k = s.countTo; k < Math.min(v.to, Math.max(s.countTo, s.nounTo)); k++) {
      if (v.w.isWord(k) && v.match(v.lex.eventNouns, k) != null) {
        return true;
      }
    }
    return false;
  }

  /** The people a crowd is made of: persons, civilians, protesters, rioters (no armed men). */
  private static boolean crowd(Subject x) {
    return x == Subject.PERSON || x == Subject.CIVILIAN || x == Subject.PROTESTER
        || x == Subject.RIOTER;
  }

  /** The first token of a «بين، ما بين» that ends right before token {@code at}, or -1. */
  private static int sidesEndingAt(SentenceView v, int at) {
    for (int k = at - 1; k >= Math.max(v.from, at - 2) && v.w.isWord(k); k--) {
      Match<Construction> m = v.match(v.lex.constructions, k);
      if (m != null && m.value() == Construction.SIDES && k + m.words() == at) {
        return k;
      }
    }
    return -1;
  }

  /** Whether the count is joined by «و», on its word («والمئات») or before it. */
  private static boolean joined(SentenceView v, int at) {
    return Agreement.wawOnWord(v.w, at)
        || v.w.isWord(at - 1) && v.lex.words.and.has(v.w, at - 1);
  }

  /** Whether a clash noun stands a few words before «بين» at {@code sides}, no mark between. */
  private static boolean clashBefore(SentenceView v, int sides) {
    for (int k = sides - 1; k >= Math.max(v.from, sides - CLASH_BEFORE) && v.w.isWord(k); k--) {
      if (v.is(k, Construction.CLASH_NOUN)) {
        return true;
      }
    }
    return false;
  }
}
