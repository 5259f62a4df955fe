package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.TimeRole;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.TextNormalizer;

/**
 * The place-and-time rule family, read once per sentence with a claim: the place is a name after
 * a place noun (مدينة ألماتي; in Almaty), else the first gazetteer name after a locative word (في
 * سوريا، بحلب; in Gaza), with a direction word before it (في شمال سوريا); the time is the first
 * run of time words (أمس، الليلة الماضية; Tuesday), a modifier only before a day («ليل الأربعاء»),
 * up to a time word with a possessive ending (yesterday's attack, Friday night's raid: yesterday,
 * Friday night).
 *
 * <p>Hook point for a new place or time construction: {@link #readPlace} or {@link
 * #timeExpression}.
 */
final class PlaceTimeReader extends RuleReader {
  private final String time;
  private final String place;

  PlaceTimeReader(SentenceView view) {
    super(view);
    this.time = timeExpression();
    this.place = readPlace();
  }

  /** @return the place of the sentence, or null */
  String place() {
    return place;
  }

  /** @return the time expression of the sentence, or null */
  String time() {
    return time;
  }

  /** The place of the sentence: a name after a place noun (مدينة ألماتي; in Almaty), else one of the gazetteer's. */
  private String readPlace() {
    String named = placeAfterCue();
    return named != null ? named : knownPlace();
  }

  /**
   * The first place name of the lexicon's gazetteer that the sentence puts an event at: after a
   * locative word (في سوريا، قرب حلب; in Gaza), with the preposition glued on (بسوريا، وبغداد is
   * not: بغداد is a name of its own), or after a direction word that follows one (في شمال
   * سوريا; in central Gaza), which then belongs to the place.
   */
  private String knownPlace() {
    for (int i = from; i < to; i++) {
      if (!w.isWord(i)) {
        continue;
      }
      Match<Boolean> name = v.match(lex.places, i);
      if (name == null) {
        continue;
      }
      int start = i;
      Match<Boolean> dir = null;
      for (int d = Math.max(from, i - 2); d < i && dir == null; d++) {
        Match<Boolean> m = w.isWord(d) ? v.match(lex.placeDirections, d) : null;
        if (m != null && d + m.words() == i) {
          dir = m;
          start = d;
        }
      }
      if (locative(start)) {
        String text = v.originalText(start, i + name.words());
        if (!afterPreposition(start)) { // the preposition is glued on: بسوريا is سوريا
          text = text.substring(text.startsWith("وب") || text.startsWith("فب") ? 2 : 1);
        }
        return text;
      }
      i += name.words() - 1;
    }
    return null;
  }

  /** Whether word {@code i} follows a locative preposition of the lexicon: في، قرب; in, near. */
  private boolean afterPreposition(int i) {
    for (int d = Math.max(from, i - 3); d < i; d++) {
      Match<Boolean> m = w.isWord(d) ? v.match(lex.placePrepositions, d) : null;
      if (m != null && d + m.words() == i) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code i} follows a locative preposition or carries one glued on. */
  private boolean locative(int i) {
    if (afterPreposition(i)) {
      return true;
    }
    String f = w.form(i);
    if (lex.placeForms.contains(f)) {
      return false;
    }
    return f.startsWith("ب") || f.startsWith("وب") || f.startsWith("فب");
  }

  private String placeAfterCue() {
    for (int i = from; i < to - 1; i++) {
      if (!w.isWord(i) || v.match(lex.placeCues, i) == null) {
        continue;
      }
      if (language == Language.EN) {
        int j = i + 1;
        int end = j;
        while (end < to && w.isWord(end) && end - j < 3) {
          char c = v.original.charAt(w.spanStart(end));
          if (!Character.isUpperCase(c) || v.match(lex.time, end) != null) {
            break; // in Sunday's blast: a time, no place
          }
          if (possessiveEnding(w.form(end)) > 0) {
            return possessor(j, end); // in Baghdad's Sadr City: Baghdad
          }
          end++;
        }
        if (end > j) {
          return v.originalText(j, end);
        }
        continue;
      }
      if (definite(i)) {
        continue; // المدينة: a definite cue names no place after it (مدينة ألماتي does)
      }
      int j = i + 1;
      if (!w.isWord(j) || v.match(lex.placeStops, j) != null || v.match(lex.time, j) != null
          || v.startsClause(j) || v.cueAt(j) != null) {
        continue;
      }
      int end = j + 1;
      if (end < to && w.isWord(end) && v.match(lex.placeStops, end) == null
          && v.cueAt(end) == null && v.match(lex.time, end) == null
          && v.match(lex.attribution, end) == null && v.subjectAt(end) == null
          && w.length(end) > 2 && w.stemMask(end) == 1) {
        end++;
      }
      return v.originalText(j, end);
    }
    return null;
  }

  /**
   * The original text of words {@code [j, k]} without the possessive ending of word {@code k}
   * ('s, ’s, or a character reference folded into the apostrophe), or with it when the original
   * does not spell the possessor char for char.
   */
  private String possessor(int j, int k) {
    String form = w.form(k);
    String stem = form.substring(0, form.length() - possessiveEnding(form));
    int s = w.spanStart(k);
    int e = s + stem.length();
    if (stem.isEmpty() || e > w.spanEnd(k)
        || !TextNormalizer.normalizeForm(v.original.substring(s, e)).equals(stem)) {
      return v.originalText(j, k + 1);
    }
    return v.original.substring(w.spanStart(j), e);
  }

  /** Whether an Arabic word carries the article, after any conjunction or preposition. */
  private boolean definite(int i) {
    for (int m = w.stemMask(i); m != 0; m &= m - 1) {
      int k = Integer.numberOfTrailingZeros(m);
      if (w.startsWith(i, "\u0627\u0644", k) && w.length(i) - k > 3) {
        return true;
      }
    }
    return w.startsWith(i, "\u0644\u0644", 0) && w.length(i) > 3;
  }

  private String timeExpression() {
    for (int i = from; i < to; i++) {
      if (!w.isWord(i)) {
        continue;
      }
      Match<TimeRole> m = v.match(lex.time, i);
      if (m == null || m.value() == TimeRole.MODIFIER && !dayFollows(i + m.words())) {
        continue;
      }
      int end = i + m.words();
      Match<TimeRole> last = m;
      while (end < to && w.isWord(end) && !possessive(last)) {
        Match<TimeRole> next = v.match(lex.time, end);
        if (next == null) {
          break;
        }
        end += next.words();
        last = next;
      }
      // yesterday's attack, Friday night's raid: the time is the possessor, and ends there
      return possessive(last) ? possessor(i, end - 1) : v.originalText(i, end);
    }
    return null;
  }

  /** Whether a time word was matched with a possessive ending of the lexicon (yesterday's). */
  private boolean possessive(Match<TimeRole> m) {
    return possessiveEnding(m.phrase()) > 0;
  }

  /** The length of the lexicon's possessive ending that {@code form} ends with ('s), or 0. */
  private int possessiveEnding(String form) {
    for (String e : lex.possessiveEndings) {
      if (form.endsWith(e)) {
        return e.length();
      }
    }
    return 0;
  }

  private boolean dayFollows(int i) {
    if (i >= to || !w.isWord(i)) {
      return false;
    }
    Match<TimeRole> m = v.match(lex.time, i);
    return m != null && m.value() != TimeRole.MODIFIER;
  }

}
