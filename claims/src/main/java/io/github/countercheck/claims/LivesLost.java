package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * (issue 16) Arabic lives taken or lost around a count, where the words of the death do not stand
 * together as one cue:
 *
 * <ul>
 *   <li><b>Lives before the count.</b> A verb that takes lives (the lexicon's {@code
 *       constructions.LIFE_TAKER}: «أودى، حصد، أزهق») up to {@link #GAP} words before the lives
 *       ({@code LIFE_NOUN}: «بحياة، أرواح») that end right before the count: «أودى الانفجار بحياة 15
 *       شخصا»، «حصدت المعارك أرواح 20 مدنيا».
 *   <li><b>Lives after the counted noun.</b> A verb of loss right before the count (or before at
 *       most {@link #SUBJECT_WORDS} words of its subject) and the lives right after its noun:
 *       «فقد 11 شخصا أرواحهم».
 *   <li><b>Homes lost after the counted noun</b> (issue 16): «فقد 6 آلاف شخص منازلهم»: the people
 *       were driven out, DISPLACED ({@code HOME_NOUN}).
 *   <li><b>Kin lost.</b> A verb or noun of loss so before the count, then «من» and kin ({@code
 *       KIN_NOUN}: «أبنائه، أفراد أسرته»): «فقد 3 من أبنائه في الحادث»، «حزنا على فقدان 9 من
 *       أبنائها». The kin died: the count is of people killed, not missing.
 *   <li><b>People lost</b> (issue 16): a verb that loses people ({@code PEOPLE_LOST}: «خسرنا،
 *       خسرت، فقدنا»), so before a count of people that has no event of its own: «لقد خسرنا أربعة
 *       جنود»، «وخسرت اثنين من قواتها»، «فقدنا فيها العشرات من أبناء مصر». Not «فقد»، «فقدان»
 *       ({@code LIFE_TAKER}), which also tell people missing («فقد 11 صيادا»); not staff or clients
 *       ({@code STAFF_NOUN}: «خسرت الشركة 200 موظف»).
 * </ul>
 *
 * <p>Each makes the count KILLED with the verb as its cue; a counted noun of people keeps its
 * subject, another becomes PERSON.
 */
final class LivesLost {
  /** How many words may stand between the verb that takes lives and the lives before the count. */
  static final int GAP = 6;

  /** How many words of a subject may stand between a verb of loss and its count. */
  static final int SUBJECT_WORDS = 2;

  private LivesLost() {}

  /**
   * Gives a count its death when one of the three shapes holds.
   *
   * @param v the sentence
   * @param s the count, resolved
   */
  static void apply(SentenceView v, CountSlot s) {
    if (s.quantity == null || !s.numeral || s.event == Event.KILLED) {
      return;
    }
    int taker = takerBeforeLives(v, s.from);
    if (taker >= 0) {
      kill(s, taker, s.from, false);
      return;
    }
    taker = takerRightBefore(v, s.from);
    if (taker < 0) {
      return;
    }
    if (peopleLost(v, s, taker)) {
      kill(s, taker, s.from, false);
      return;
    }
    int after = s.nounTo > s.from ? s.nounTo : s.to;
    Match<Construction> life = after < v.to && v.w.isWord(after) ? v.match(v.lex.constructions, after)
        : null;
    if (life != null && life.value() == Construction.LIFE_NOUN && s.nounFrom >= 0) {
      kill(s, taker, s.from, false);
      s.nounTo = after + life.words();
      return;
    }
    if (life != null && life.value() == Construction.HOME_NOUN && s.nounFrom >= 0
        && s.subject != null && s.subject.root() == Subject.PERSON) {
      s.event = Event.DISPLACED; // (issue 16) «فقد 6 آلاف شخص منازلهم»: homes lost, people driven out
      s.cueFrom = taker;
      s.cueTo = s.from;
      s.nounTo = after + life.words();
      return;
    }
    int of = s.nounFrom >= 0 ? s.nounFrom : s.to;
    if (of + 1 < v.to && v.lex.words.of.has(v.w, of) && v.w.isWord(of + 1)) {
      Match<Construction> kin = v.match(v.lex.constructions, of + 1);
      if (kin != null && kin.value() == Construction.KIN_NOUN) {
        kill(s, taker, s.from, true);
        s.nounFrom = of;
        s.nounTo = of + 1 + kin.words();
      }
    }
  }

  /**
   * (issue 16) English people lost: a verb of loss ({@code PEOPLE_LOST}: "lost, has lost, losing";
   * not "took", which {@code LIFE_TAKER} holds) right before a count of people with no event of its
   * own, or before one or two words of its subject: "the regiment lost seven soldiers", "had lost
   * his three children"; not staff, voters or seats ({@code STAFF_NOUN}).
   *
   * @param v the sentence
   * @param s the count, resolved
   */
  static void peopleLost(SentenceView v, CountSlot s) {
    if (s.quantity == null || !s.numeral || s.event == Event.KILLED) {
      return;
    }
    int taker = takerRightBefore(v, s.from);
    if (taker >= 0 && peopleLost(v, s, taker)) {
      kill(s, taker, s.from, false);
    }
  }

  /**
   * Whether a verb that loses people stands at {@code taker} before a count of people with no event
   * of its own, or only one told after it («خسرنا أربعة جنود وأصيب 15 آخرين»).
   */
  private static boolean peopleLost(SentenceView v, CountSlot s, int taker) {
    return (s.event == null || s.event == Event.OTHER || s.cueFrom >= s.to) && s.nounFrom >= 0
        && s.subject != null
        && s.subject.root() == Subject.PERSON
        && v.match(v.lex.constructions, taker).value() == Construction.PEOPLE_LOST
        && !staff(v, s.nounFrom) && !(v.lex.words.of.has(v.w, s.nounFrom) && staff(v, s.nounFrom + 1));
  }

  /** Whether the word at {@code k} names staff or clients, lost without dying («200 موظف»). */
  private static boolean staff(SentenceView v, int k) {
    Match<Construction> m = k < v.to && v.w.isWord(k) ? v.match(v.lex.constructions, k) : null;
    return m != null && m.value() == Construction.STAFF_NOUN;
  }

  private static void kill(CountSlot s, int cueFrom, int cueTo, boolean person) {
    s.event = Event.KILLED;
    s.cueFrom = cueFrom;
    s.cueTo = cueTo;
    if (person || s.subject == null || s.subject.root() != Subject.PERSON) {
      s.subject = Subject.PERSON;
    }
    s.subjectKnown = true;
  }

  /** A verb that takes lives, a few words before lives that end at {@code count}; or -1. */
  private static int takerBeforeLives(SentenceView v, int count) {
    int lives = -1;
    for (int k = count - 1; k >= Math.max(v.from, count - 3) && v.w.isWord(k); k--) {
      Match<Construction> m = v.match(v.lex.constructions, k);
      if (m != null && m.value() == Construction.LIFE_NOUN && k + m.words() == count) {
        lives = k;
        break;
      }
    }
    if (lives < 0) {
      return -1;
    }
    for (int k = lives - 1; k >= Math.max(v.from, lives - 1 - GAP) && v.w.isWord(k); k--) {
      Match<Construction> m = v.match(v.lex.constructions, k);
      if (m != null && m.value() == Construction.LIFE_TAKER && k + m.words() <= lives) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A verb that takes or loses lives or people ending right before {@code count}, or before the one or two
   * words of its subject («وفقد المزارع 3 من أبنائه»); or -1.
   */
  private static int takerRightBefore(SentenceView v, int count) {
    for (int k = count - 1; k >= Math.max(v.from, count - 1 - SUBJECT_WORDS) && v.w.isWord(k); k--) {
      Match<Construction> m = v.match(v.lex.constructions, k);
      if (m != null && (m.value() == Construction.LIFE_TAKER
          || m.value() == Construction.PEOPLE_LOST) && k + m.words() <= count) {
        return k;
      }
    }
    return -1;
  }
}
