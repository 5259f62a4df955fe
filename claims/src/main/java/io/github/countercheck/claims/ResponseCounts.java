package io.github.countercheck.claims;

import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.TextNormalizer;

/**
 * (issue 16) Counts of the emergency services' reports, which news gives in the services' own
 * words: the people treated as cases («استقبل المستشفى 14 حالة»، «تم تحويل 9 حالات»، «وثلاث حالات
 * متوسطة») and the teams and ambulances sent («تم توجيه 3 فرق إسعافية»، «10 فرق إطفاء»، «وانتقلت
 * 8 سيارات إسعاف»). Called from {@link SentenceReader} (its {@code eventOf}, lines marked {@code
 * hook (issue 16)}); its words are the grammar words {@code caseNouns} and the constructions {@link
 * Construction#CARE_WORD}, {@link Construction#CASE_KIND}, {@link Construction#TEAM_NOUN} and
 * {@link Construction#DISPATCH_VERB} (with {@link Construction#SERVICE_VERB}).
 */
final class ResponseCounts {
  /** How many words before a count a verb of sending may stand («تم على الفور توجيه 3 فرق»). */
  static final int BEFORE = 4;
  /** How many words after a count's noun and its service a verb of work may stand («هرعت»). */
  static final int AFTER = 8;
  /** How many words after a team noun its service may be named («فرق من الهلال الأحمر»). */
  static final int SERVICE_REACH = 3;
  /** How many words before cases the toll noun that makes them deaths may stand («عدد الوفيات 7 حالات»). */
  static final int TOLL_REACH = 8;

  private ResponseCounts() {}

  /**
   * Cases as casualties: a count of people whose noun is a case noun ({@code words.caseNouns}) and
   * that has no casualty of its own (no event, or only a verb of carrying: «تم نقل 34 حالة») is of
   * the casualties when the sentence names a care service or a casualty («مستشفى، الإسعاف، مصابين،
   * إصابات») and no disease («كورونا»). A kind right after the noun that is no casualty («حالات
   * طلاق»، «حالات تعذيب») or a bare care word there («300 حالة طبية»: patients of any kind; not
   * «72 حالة بالمستشفيات») leaves the count as it is. The cases are KILLED when the nearest casualty word before them in their
   * clause, at most {@link #TOLL_REACH} words back with no other count, case noun or care word
   * between, is a death («ارتفعت حصيلة الوفيات إلى 19 حالة»), INJURED otherwise. A dual case noun
   * takes the casualty right after it, whatever its event («240 مصابا وحالتين وفاة»).
   *
   * @param v     the sentence
   * @param s     the count
   * @param event its event so far
   * @return INJURED or KILLED, or {@code event}
   */
  static Event cases(SentenceView v, CountSlot s, Event event) {
    if (v.language != Language.AR || s.subject != Subject.PERSON || s.nounFrom < 0
        || !caseNoun(v, s.nounFrom)) {
      return event;
    }
    int end = Math.max(s.to, s.nounTo);
    Match<Construction> kind = end < v.to && v.w.isWord(end) ? v.match(v.lex.constructions, end) : null;
    if (s.nounFrom == s.from && end < v.to && v.w.isWord(end) && casualty(casualtyAt(v, end))) {
      return casualtyAt(v, end); // a dual and its kind: «وحالتين وفاة»
    }
    if (event != Event.OTHER && event != Event.DEPLOYED || kind != null
        && (kind.value() == Construction.CASE_KIND || kind.value() == Construction.CARE_WORD
        && v.w.is(end, TextNormalizer.normalizeForm(kind.phrase())))) {
      return event; // «300 حالة طبية»، «29 حالة تعذيب»: cases of another kind (not «بالمستشفيات»)
    }
    if (!careContext(v, s.from, end) || s.from > v.from && v.is(s.from - 1, Construction.RESCUE)) {
      return event; // no care; «إنقاذ ثلاث حالات»: the rescued
    }
    for (int j = s.from - 1, n = 0; j >= v.from && n < TOLL_REACH && !v.w.isPunctuation(j); j--) {
      if (!v.w.isWord(j)) {
        continue; // a year: «خلال عامي 2011 و2012 إلى 10 آلاف حالة»
      }
      n++;
      if (v.inQuantity(j) || caseNoun(v, j) || care(v.construction(j))) {
        break; // the nearer cases or count has the casualty word before it; a service's cases
      }
      Event e = casualtyAt(v, j);
      if (casualty(e)) {
        return e;
      }
    }
    return Event.INJURED;
  }

  /**
   * Whether the sentence, outside words {@code [from, end)}, names a care service or a casualty
   * («مستشفى، الإسعاف، مصابين، إصابات») and no disease («كورونا») nor cases of a kind that is no
   * casualty («حالة اختطاف»: a list of violations).
   */
  private static boolean careContext(SentenceView v, int from, int end) {
    boolean care = false;
    for (int j = v.from; j < v.to; j++) {
      if (!v.w.isWord(j) || j >= from && j < end) {
        continue;
      }
      Construction c = v.construction(j);
      if (c == Construction.DISEASE || c == Construction.CASE_KIND && j > v.from && caseNoun(v, j - 1)) {
        return false; // a disease; a list of cases of other kinds («36 حالة اختطاف، و8 حالات اقتحام»)
      }
      care |= care(c) || casualty(casualtyAt(v, j));
    }
    return care;
  }

  /**
   * Whether word {@code i} is a dual the emergency services count by, with no article and no
   * numeral of its own: a dual case noun in a sentence of care or casualties («تم تنويم حالتين»،
   * «ونقل حالتين عن طريق الإسعاف»; not «في الحالتين»), or a dual team noun whose service follows
   * («توجيه فرقتين إسعافيتين»، «فرقتين من الهلال الأحمر»). Called from {@link ImplicitCountReader}
   * for words that are no subject; a cheap test of the dual ending first.
   *
   * @param v the sentence
   * @param i a word
   * @return whether it counts two
   */
  static boolean serviceDual(SentenceView v, int i) {
    if (!DualNouns.mayBeDual(v, i) || v.inQuantity(i) || i > v.from && v.inQuantity(i - 1)
        || v.hasArticle(i)) {
      return false;
    }
    Construction c = v.construction(i);
    if (i + 1 < v.to && v.w.isWord(i + 1) && v.is(i + 1, Construction.CASE_KIND)) {
      return false; // «وحالتين صعق بالكهرباء»: cases of another kind
    }
    return c == Construction.CASE_DUAL ? careContext(v, i, i + 1)
        : c == Construction.TEAM_NOUN && serviceAfter(v, i + 1, SERVICE_REACH);
  }

  /**
   * The noun of a dual of {@link #serviceDual}: cases count people; a team's subject is left for
   * {@link #dispatched} (no claim unless it is sent).
   *
   * @param v the sentence
   * @param i the dual
   * @param s its count («تنويم حالتين»، «توجيه فرقتين إسعافيتين»)
   * @return {@code s}
   */
  static CountSlot dualNoun(SentenceView v, int i, CountSlot s) {
    s.nounFrom = i;
    s.nounTo = i + 1;
    if (v.is(i, Construction.CASE_DUAL)) {
      s.subject = Subject.PERSON;
      s.subjectKnown = true;
    }
    return s;
  }

  /** The casualty a cue or an event noun at word {@code j} names, or null. */
  private static Event casualtyAt(SentenceView v, int j) {
    Event cue = v.cue(j);
    if (casualty(cue)) {
      return cue;
    }
    Match<Event> noun = v.nounAt(j);
    return noun == null ? null : noun.value();
  }

  /** Whether word {@code j} is a case noun or its dual. */
  private static boolean caseNoun(SentenceView v, int j) {
    return v.lex.words.caseNouns.has(v.w, j) || v.is(j, Construction.CASE_DUAL);
  }

  private static boolean casualty(Event e) {
    return e == Event.INJURED || e == Event.KILLED;
  }

  /**
   * Rescue teams and ambulances sent: a count whose noun is a team followed by a care service
   * («3 فرق إسعافية»، «فرق من الهلال الأحمر») or a vehicle or aircraft of one («سيارات إسعاف»)
   * is DEPLOYED when a verb of sending governs it (its cue of sending, a crowd verb of taking part,
   * or a {@link Construction#DISPATCH_VERB} at most {@link #BEFORE} words before it or
   * {@link #AFTER} words after its noun, in its clause). A team counts OTHER. Damaged or bought
   * ambulances («حطم محتجون ثلاث سيارات إسعاف») are sent nowhere: no claim of this rule.
   *
   * @param v     the sentence
   * @param s     the count
   * @param event its event so far (null for none)
   * @return DEPLOYED, or null when the rule does not hold
   */
  static Event dispatched(SentenceView v, CountSlot s, Event event) {
    if (v.language != Language.AR || !s.numeral && !(s.nounFrom == s.from && v.is(s.from, Construction.TEAM_NOUN))) {
      return null; // a numeral, or a dual team of serviceDual
    }
    int noun = s.nounFrom >= 0 ? s.nounFrom : s.to;
    if (noun >= v.to || !v.w.isWord(noun)) {
      return null;
    }
    boolean listed = !s.numeral && s.inheritsEvent && s.before != null; // an item of SentList
    Construction c = v.construction(noun); // one match: «فرق» is TEAM_PLURAL, «فرقة» TEAM_NOUN
    boolean team = (c == Construction.TEAM_NOUN || c == Construction.TEAM_PLURAL)
        && (serviceAfter(v, noun + 1, SERVICE_REACH) || listed);
    boolean vehicle = (s.subject == Subject.VEHICLE || s.subject == Subject.AIRCRAFT)
        && s.nounTo > 0 && serviceAfter(v, s.nounTo, 1);
    if (!team && !vehicle) {
      return null;
    }
    if (!(event == Event.DEPLOYED || event == Event.PARTICIPATED || dispatchNear(v, s)
        || listed && dispatchNear(v, s.before))) { // the list's first item is sent: «توجيه 3 فرق ... وفريق»
      return null;
    }
    if (team) {
      s.subject = Subject.OTHER;
      s.subjectKnown = true;
      s.nounTo = Math.max(s.nounTo, noun + 1);
    }
    return Event.DEPLOYED;
  }

  /**
   * Whether {@code c} names care: a {@link Construction#CARE_WORD} or a {@link Construction#HOSPITAL}
   * (the hospital words are read as HOSPITAL first, the lexicon's order of precedence).
   */
  private static boolean care(Construction c) {
    return c == Construction.CARE_WORD || c == Construction.HOSPITAL;
  }

  /** Whether a care service or a rescue («فرق الإنقاذ») is named within {@code reach} words from token {@code at}. */
  private static boolean serviceAfter(SentenceView v, int at, int reach) {
    for (int j = at; j < Math.min(v.to, at + reach); j++) {
      if (!v.w.isWord(j)) {
        return false;
      }
      Construction c = v.construction(j);
      if (care(c) || c == Construction.RESCUE) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb of sending stands near the count, with no mark between. */
  private static boolean dispatchNear(SentenceView v, CountSlot s) {
    for (int j = s.from - 1; j >= Math.max(v.from, s.from - BEFORE); j--) {
      if (!v.w.isWord(j)) {
        break;
      }
      if (v.is(j, Construction.DISPATCH_VERB) || v.is(j, Construction.SERVICE_VERB)) {
        return true;
      }
    }
    int after = Math.max(s.to, s.nounTo);
    for (int j = after; j < Math.min(v.to, after + AFTER); j++) {
      if (!v.w.isWord(j) || v.inQuantity(j)) {
        return false;
      }
      Match<Construction> m = v.match(v.lex.constructions, j);
      if (m != null && (m.value() == Construction.DISPATCH_VERB || m.value() == Construction.SERVICE_VERB)) {
        return true;
      }
    }
    return false;
  }
}
