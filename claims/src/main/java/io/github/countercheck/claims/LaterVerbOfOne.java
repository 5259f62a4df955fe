package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;
import java.util.List;

/**
 * (issue 16, ar30impl) One person whose death a later verb tells, far from the noun that names
 * him: «أثناء عبور المجني عليه بسام ...، عامان، شريط السكة الحديد ...، اصطدم به أحد القطارات، ما
 * أدى إلى وفاته», «حال عبور شقيقه محمد ... 40 سنه عامل ... مما أدى لوفاته» (devset8's kinship noun
 * with a name). The verb is one of the lexicon's {@code constructions.ONE_VICTIM_VERB} whose last
 * word is a casualty cue («لقي مصرعه»، «ما أدى إلى وفاته»، «فلقى حتفه»); its person is the nearest
 * singular noun of people before it in its clause (no complementizer, clause opener or full stop
 * between; at most {@link #WINDOW} tokens), not a possessed feminine («والدته») when the verb is
 * masculine. A noun that is the job of a person named with his age («محمد 40 سنه عامل») gives the
 * count to the noun that introduces the name («شقيقه محمد»), or to no one: a name with its age
 * and job is no claim (devset7). Nothing is counted when a count stands before the verb in the
 * sentence (a toll, then its named dead: devset7; or the same person counted already).
 */
final class LaterVerbOfOne {
  /** How far before its verb, in tokens, the person may stand. */
  static final int WINDOW = 30;
  /** How many words of a name may stand between the noun that introduces it and its age. */
  private static final int NAME_WORDS = 6;

  private LaterVerbOfOne() {}

  /**
   * The later verbs of one death in the sentence, each with the person it tells of.
   *
   * @param v     the sentence
   * @param slots the counts read so far (none may stand before a verb)
   * @param count makes the count of one at a person's token with the event of the cue at a token
   */
  static void add(SentenceView v, List<CountSlot> slots, CountAt count) {
    if (v.language != Language.AR) {
      return;
    }
    for (int j = v.from + 1; j < v.to; j++) {
      Match<Construction> m = v.w.isWord(j) ? v.match(v.lex.constructions, j) : null;
      if (m == null || m.value() != Construction.ONE_VICTIM_VERB) {
        continue;
      }
      int cue = cueIn(v, j, j + m.words());
      if (cue < 0 || m.words() < 2 || countedBefore(slots, j)) {
        continue; // «توفي»: a verb alone is read near its noun (ImplicitCountReader)
      }
      int last = j + m.words() - 1;
      int person = personBefore(v, j, v.w.form(last).endsWith("\u0647\u0627"));
      if (person >= 0) {
        slots.add(count.at(person, cue));
        return; // one person a sentence: a second verb of one retells the first
      }
      j = last;
    }
  }

  /** Makes a count of one at a token with the event of a cue. */
  interface CountAt {
    CountSlot at(int person, int cue);
  }

  /** @return the first token of {@code [j, end)} where a casualty cue starts, or -1 */
  private static int cueIn(SentenceView v, int j, int end) {
    for (int k = j; k < end; k++) {
      Match<Event> c = v.cueAt(k);
      if (c != null && SentenceView.isCasualty(c.value())) {
        return k;
      }
    }
    return -1;
  }

  private static boolean countedBefore(List<CountSlot> slots, int verb) {
    for (CountSlot s : slots) {
      if (s.from < verb) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return the token of the singular person noun the verb at {@code verb} tells of, or -1
   */
  static int personBefore(SentenceView v, int verb, boolean feminine) {
    TokenWords w = v.w;
    for (int k = verb - 1; k >= Math.max(v.from, verb - WINDOW); k--) {
      if (!w.isWord(k)) {
        if (w.isPunctuation(k) && (w.is(k, ".") || w.is(k, "؛") || w.is(k, ":") || w.is(k, ";"))) {
          return -1;
        }
        continue;
      }
      if (v.is(k, Construction.COMPLEMENTIZER) || v.match(v.lex.clauseOpeners, k) != null) {
        return -1; // «تبين أنه حال عبور ...»: the person is in this clause or none
      }
      Match<SubjectForm> s = v.subjectAt(k);
      if (s == null || s.value().number() != Lexicon.Number.SINGULAR
          || s.value().subject().root() != Subject.PERSON
          || !feminine && possessedFeminine(w.form(k))) {
        continue;
      }
      int age = ageBefore(v, k);
      return age < 0 ? k : nounBeforeName(v, age); // «محمد 40 سنه عامل»: a job, not a noun of him
    }
    return -1;
  }

  /** «والدته»، «زوجته»: a feminine noun with a pronoun, whom a masculine verb does not tell of. */
  private static boolean possessedFeminine(String form) {
    return form.endsWith("\u062a\u0647") || form.endsWith("\u062a\u0647\u0627");
  }

  /**
   * @return the token of the digits of an age right before the word at {@code k} («40 سنه
   *     عامل»، «22 عاماً، فلاح»: digits, a word, at most two marks), or -1
   */
  private static int ageBefore(SentenceView v, int k) {
    int j = AgesInList.marksBefore(v, k - 1);
    if (j - 1 < v.from || !v.w.isWord(j)) {
      return -1;
    }
    return AgesInList.digits(v.w, j - 1) ? j - 1 : -1;
  }

  /**
   * @return the noun of people that introduces the name before the age at {@code age} («شقيقه
   *     محمد خليل 40 سنه»: words no lexicon knows, then the noun), or -1 when there is none
   */
  private static int nounBeforeName(SentenceView v, int age) {
    int k = AgesInList.marksBefore(v, age - 1);
    int names = 0;
    while (k >= v.from && v.w.isWord(k) && v.w.keys(k) == 0 && names < NAME_WORDS) {
      k--;
      names++;
    }
    if (names == 0 || k < v.from || !v.w.isWord(k)) {
      return -1;
    }
    for (int start = Math.max(v.from, k - 1); start <= k; start++) { // «المجني عليه»: two words
      Match<SubjectForm> s = v.subjectAt(start);
      if (s != null && start + s.words() - 1 == k && s.value().number() == Lexicon.Number.SINGULAR
          && s.value().subject().root() == Subject.PERSON) {
        return start;
      }
    }
    return -1;
  }
}
