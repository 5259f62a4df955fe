package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;

/**
 * The head of an English counted noun of several words, for {@link CountedNounReader}: the last
 * noun of a compound ("49 army recruits", "two US Army helicopters": {@link #compoundHead}), the
 * human plural that ends a noun of two or three words no lexicon knows ("81 kar sevaks": {@link
 * #unknownHead}), and the unit of forces after "more" or "other" ("six more companies of the
 * CRPF": {@link #unitAfterMore}). Stateless.
 */
final class EnglishNounHead {
  private EnglishNounHead() {}

  /** (en29recall) The unit of forces right after "more", "other" at {@code i}, else {@code i}. */
  static int unitAfterMore(SentenceView v, int i) {
    Lexicon lex = v.lex;
    Match<Boolean> others = v.match(lex.others, i);
    int next = others == null ? i : i + others.words();
    return others != null && v.is(next, Construction.FORCE_UNIT) ? next : i;
  }

  /**
   * The head of an English compound noun at word {@code i}: "49 army recruits", "two army
   * helicopters" count recruits and helicopters, the last noun; a head that only says people
   * ("five paramilitary members") leaves the count to the group before it.
   *
   * @return the head's first word, or {@code i}
   */
  static int compoundHead(SentenceView v, int i) {
    TokenWords w = v.w;
    Lexicon lex = v.lex;
    int to = v.to;
    Match<SubjectForm> first = v.subjectAt(i);
    if (first == null && i + 1 < to && w.isWord(i) && w.isWord(i + 1) && v.subjectAt(i + 1) != null
        && v.cueAt(i) == null && v.nounAt(i) == null && !v.inQuantity(i)
        && v.match(lex.functionWords, i) == null) {
      // (issue 16) "two US Army helicopters": a describing word, then a compound whose head, a
      // thing (aircraft, vehicles), is last
      int head = compoundHead(v, i + 1);
      return head > i + 1 && (!v.subjectAt(head).value().subject().isKindOf(Subject.PERSON)
          || !v.subjectAt(i + 1).value().subject().isKindOf(Subject.PERSON)) ? head : i;
    }
    if (first == null || v.nounAt(i) != null || i + first.words() >= to) {
      return i;
    }
    Match<SubjectForm> head = v.subjectAt(i + first.words());
    if (head != null && !v.is(i + first.words(), Construction.ACCUSATION)
        && (head.value().subject() != Subject.PERSON || first.value().subject() == Subject.PERSON
        || !first.value().subject().isKindOf(Subject.PERSON))) { // "two truck drivers": people
      return i + first.words();
    }
    return i;
  }

  /**
   * The head of an English noun of two or three words no lexicon knows after word {@code i}: a
   * human plural one or two plain words later (no number, cue or function word between).
   *
   * @return the head's token, or -1
   */
  static int unknownHead(SentenceView v, int i) {
    TokenWords w = v.w;
    Lexicon lex = v.lex;
    int to = v.to;
    for (int j = i + 1; j < Math.min(to, i + 3) && w.isWord(j) && !v.inQuantity(j)
        && v.cueAt(j) == null && v.match(lex.functionWords, j) == null; j++) {
      if (v.humanPlural(j)) {
        return j;
      }
      if (v.subjectAt(j) != null || v.nounAt(j) != null) {
        return -1;
      }
    }
    return -1;
  }
}
