package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.SubjectForm;

/**
 * Duals by morphology, beyond those the lexicon lists: a word in «-ان» / «-تان» (nominative) or
 * «-ين» / «-تين» (oblique) whose stem is a singular noun of people of the subjects counts two of
 * them: «الشقيقان» (شقيق), «المرأتان» (امرأة), «سائقين» (سائق). An oblique «-ين» is read as a
 * dual only where the noun makes no sound plural in «-ين» that would read the same: the lexicon
 * lists no such plural, and the noun is no nisba in «-ي» (شرطيين is a plural too).
 */
final class DualNouns {
  private static final char ALEF = '\u0627';
  private static final char NOON = '\u0646';
  private static final char YEH = '\u064A';
  private static final char TEH = '\u062A';
  /** The teh marbuta as the normalizer writes it. */
  private static final char HEH = '\u0647';

  private DualNouns() {}

  /** Whether word {@code i} has the ending of a dual («-ان», «-ين»), a cheap test before {@link #dualOf}. */
  static boolean mayBeDual(SentenceView v, int i) {
    if (!v.w.isWord(i)) {
      return false;
    }
    int n = v.w.length(i);
    return n >= 5 && v.w.charAt(i, n - 1) == NOON
        && (v.w.charAt(i, n - 2) == ALEF || v.w.charAt(i, n - 2) == YEH);
  }

  /**
   * @param v the sentence
   * @param i a word token
   * @return the subject of people of which the word is a dual, or null
   */
  static Subject dualOf(SentenceView v, int i) {
    if (!mayBeDual(v, i)) {
      return null;
    }
    boolean oblique = v.w.charAt(i, v.w.length(i) - 2) == YEH;
    for (String stem : v.w.stems(i)) {
      if (stem.length() < 5) {
        continue;
      }
      String base = stem.substring(0, stem.length() - 2);
      Subject s = singularPerson(v, base, oblique, stem);
      if (s == null && base.charAt(base.length() - 1) == TEH) {
        s = singularPerson(v, base.substring(0, base.length() - 1) + HEH, oblique, stem);
      }
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static Subject singularPerson(SentenceView v, String base, boolean oblique, String form) {
    if (base.length() < 3) {
      return null;
    }
    SubjectForm f = v.lex.subjects.lookupWord(base);
    if (f == null || f.number() != Lexicon.Number.SINGULAR
        || f.subject().root() != Subject.PERSON) {
      return null;
    }
    if (oblique && (base.charAt(base.length() - 1) == YEH || v.lex.subjects.lookupWord(form) != null
        || v.lex.subjects.lookupWord(base + "\u0648\u0646") != null)) {
      return null; // مسلحين، شرطيين: a plural reads the same
    }
    return f.subject();
  }
}
