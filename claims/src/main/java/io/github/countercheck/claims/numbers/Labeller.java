package io.github.countercheck.claims.numbers;

import static io.github.countercheck.claims.numbers.LabelCue.AGE_AFTER;
import static io.github.countercheck.claims.numbers.LabelCue.AGE_BEFORE;
import static io.github.countercheck.claims.numbers.LabelCue.AGE_HOLDER;
import static io.github.countercheck.claims.numbers.LabelCue.COUNT_AT_BEFORE;
import static io.github.countercheck.claims.numbers.LabelCue.DURATION_AFTER;
import static io.github.countercheck.claims.numbers.LabelCue.MEASURE_AFTER;
import static io.github.countercheck.claims.numbers.LabelCue.MONEY_AFTER;
import static io.github.countercheck.claims.numbers.LabelCue.MONEY_BEFORE;
import static io.github.countercheck.claims.numbers.LabelCue.MONTH;
import static io.github.countercheck.claims.numbers.LabelCue.NOT_COUNTED_NOUN;
import static io.github.countercheck.claims.numbers.LabelCue.PERCENT_AFTER;
import static io.github.countercheck.claims.numbers.LabelCue.REFERENCE_BEFORE;
import static io.github.countercheck.claims.numbers.LabelCue.TIME_AFTER;
import static io.github.countercheck.claims.numbers.LabelCue.TIME_BEFORE;
import static io.github.countercheck.claims.numbers.LabelCue.YEAR_AFTER;
import static io.github.countercheck.claims.numbers.LabelCue.YEAR_BEFORE;
import static io.github.countercheck.claims.numbers.LabelCue.YEAR_PREPOSITION_BEFORE;

import java.math.BigDecimal;

/**
 * Tells what a numeral is ({@link NumeralLabel}) from its value, its shape and the cue words
 * around it ({@code numeral-cues.json}): a percentage, money, a measure, a time, a year, a date,
 * a duration, an age, a reference, or a count. One per {@link Scan}; reads the mentions found
 * before (the first end of a range of years or ages).
 */
final class Labeller {
  /** The cues before a numeral that do not label it by themselves. */
  private static final int NOT_BEFORE = CueList.mask(NOT_COUNTED_NOUN, AGE_HOLDER, YEAR_AFTER);
  /** The cues after a figure that say it counts no noun. */
  private static final int NO_NOUN = CueList.mask(NOT_COUNTED_NOUN, YEAR_AFTER, MONTH);
  private static final BigDecimal YEAR_LOW = BigDecimal.valueOf(1000);
  private static final BigDecimal YEAR_HIGH = BigDecimal.valueOf(2100);
  private static final BigDecimal YEAR_FIGURE_LOW = BigDecimal.valueOf(1800);
  private static final BigDecimal DAYS = BigDecimal.valueOf(31);
  private static final BigDecimal HOURS = BigDecimal.valueOf(25);
  private static final BigDecimal MONTHS = BigDecimal.valueOf(12);
  private static final BigDecimal AGES = BigDecimal.valueOf(130);

  private final Scan sc;
  private final TokenView tk;
  private final char[] s;
  private final LabelCues cues;

  Labeller(Scan scan) {
    this.sc = scan;
    this.tk = scan.tk;
    this.s = scan.s;
    this.cues = scan.cues;
  }

  /**
   * What a numeral over tokens {@code [a, b)} is.
   *
   * @param v          its value, null when vague
   * @param digitsOnly whether it is written in digits only
   * @param plainDigits the number of digits when it is one run without separators, else 0
   */
  NumeralLabel label(int a, int b, BigDecimal v, boolean digitsOnly, int plainDigits) {
    int after = sc.cueAt(b);
    if (b < tk.size && tk.newlineBefore(b)) {
      after = 0;
    }
    int before = a - 1;
    if (sc.isArticle(before)) {
      before--;
    }
    boolean paren = tk.isPunct(before, '(');
    if (paren || tk.isPunct(before, '"')) {
      before--;
    }
    int beforeMask = a > 0 && !tk.newlineBefore(a) ? sc.cueBefore(before) : 0;
    beforeMask &= ~NOT_BEFORE;
    if (beforeMask == 0 && a > 0 && !tk.newlineBefore(a)) {
      beforeMask = rangeAgeMask(before);
    }
    if (beforeMask == 0 && tk.isPunct(before, '.') && !tk.spaceBefore(before)) {
      // an abbreviated month: Jan. 6
      beforeMask = sc.cueBefore(before - 1) & MONTH.bit();
    }
    NumeralLabel l = byUnit(beforeMask, after);
    return l != null ? l : byValue(a, b, v, beforeMask, after, paren, digitsOnly && plainDigits == 4);
  }

  /** A percentage, money or a measure, by the word after the numeral or the sign before it. */
  private static NumeralLabel byUnit(int beforeMask, int after) {
    if (PERCENT_AFTER.in(after)) {
      return NumeralLabel.PERCENT;
    }
    if (MONEY_BEFORE.in(beforeMask) || MONEY_AFTER.in(after)) {
      return NumeralLabel.MONEY;
    }
    return MEASURE_AFTER.in(after) ? NumeralLabel.MEASURE : null;
  }

  /** A time, a year, a date, a duration, an age, a reference or a count. */
  private NumeralLabel byValue(int a, int b, BigDecimal v, int beforeMask, int after,
      boolean paren, boolean fourDigits) {
    boolean whole = v != null && NumeralRecognizer.isWhole(v);
    boolean yearLike = whole && v.compareTo(YEAR_LOW) >= 0 && v.compareTo(YEAR_HIGH) <= 0;
    boolean dayLike = v != null && v.signum() > 0 && v.compareTo(DAYS) <= 0;
    if (TIME_AFTER.in(after) || TIME_BEFORE.in(beforeMask) && !COUNT_AT_BEFORE.in(beforeMask)
        && v != null && v.compareTo(HOURS) < 0) {
      return NumeralLabel.TIME;
    }
    if (yearLike && YEAR_BEFORE.in(beforeMask)) {
      return NumeralLabel.YEAR;
    }
    if (MONTH.in(beforeMask)) {
      if (yearLike) {
        return NumeralLabel.YEAR;
      }
      if (dayLike && whole) {
        return NumeralLabel.DATE;
      }
    }
    if (dayLike && whole && monthFollows(b)) {
      return NumeralLabel.DATE;
    }
    if (DURATION_AFTER.in(after)) {
      return paren || AGE_BEFORE.in(beforeMask) ? NumeralLabel.AGE : NumeralLabel.DURATION;
    }
    if (AGE_AFTER.in(after) || AGE_BEFORE.in(beforeMask) && whole && v.compareTo(AGES) < 0) {
      return NumeralLabel.AGE;
    }
    if (REFERENCE_BEFORE.in(beforeMask)) {
      return NumeralLabel.REFERENCE;
    }
    if (fourDigits && isYearFigure(v)) {
      return yearOrCount(a, b, beforeMask, after);
    }
    return gluedToName(a) ? NumeralLabel.REFERENCE : NumeralLabel.COUNT;
  }

  /**
   * (en25fields) Digits joined by a hyphen, with no space, to the Latin word before them are part
   * of a name, no count: a model ("C-130", "Il-76", "F-16"), a constituency or block ("Rajkot-2",
   * "GHA-6"), a disease ("COVID-19"); the count of "three C-130 cargo planes" is the three.
   */
  private boolean gluedToName(int a) {
    return tk.isNum(a) && tk.isPunct(a - 1, '-') && !tk.spaceBefore(a) && !tk.spaceBefore(a - 1)
        && tk.isLatinWord(a - 2);
  }

  /**
   * The ends of a range of ages are ages: after a range opener, the age words before it
   * («أعمارهم ما بين 14»); after a joiner, those of the first end («14 و 17 عاما»). The second
   * end of a span of money after "to", «إلى» or a dash is money ("Rs 2 to 5 lakh").
   *
   * @param k the token right before the numeral
   * @return the bit of {@link LabelCue#AGE_BEFORE} or {@link LabelCue#MONEY_BEFORE}, or 0
   */
  private int rangeAgeMask(int k) {
    if (!tk.isWord(k) && !tk.isPunct(k, '-')) {
      return 0;
    }
    if (cues.rangeOpeners.has(tk, k)) {
      int o = tk.isWord(k - 1) && cues.rangeOpenerLeads.has(tk, k - 1) ? k - 2 : k - 1;
      return k > 0 && !tk.newlineBefore(k) ? sc.cueBefore(o) & AGE_BEFORE.bit() : 0;
    }
    if (isYearJoiner(k) && !tk.isPunct(k, '/') && !sc.out.isEmpty() && k > 0 && !tk.newlineBefore(k)) {
      NumeralMention last = sc.out.get(sc.out.size() - 1);
      if (last.normalized().end() != tk.end[k - 1]) {
        return 0;
      }
      if (last.label() == NumeralLabel.AGE) {
        return AGE_BEFORE.bit();
      }
      // (issue 16) "Rs 2 to 5 lakh": the second end of a span of money is money
      if (last.label() == NumeralLabel.MONEY && cues.moneySpanJoiners.has(tk, k) && !sc.isArticle(k + 1)) {
        return MONEY_BEFORE.bit();
      }
    }
    return 0;
  }

  private boolean isMonthNumber(int i) {
    return tk.isNum(i) && tk.runs[i].kind == DigitRun.Kind.PLAIN && tk.runs[i].value.signum() > 0
        && tk.runs[i].value.compareTo(MONTHS) <= 0;
  }

  private static boolean isYearFigure(BigDecimal v) {
    return v != null && NumeralRecognizer.isWhole(v) && v.compareTo(YEAR_FIGURE_LOW) >= 0
        && v.compareTo(YEAR_HIGH) <= 0;
  }

  /** Whether token {@code i} is a plain four-digit figure from 1800 to 2100. */
  private boolean isYearToken(int i) {
    return tk.isNum(i) && tk.runs[i].kind == DigitRun.Kind.PLAIN && tk.runs[i].intDigits == 4
        && isYearFigure(tk.runs[i].value);
  }

  /**
   * A four-digit figure from 1800 to 2100 that no year word, month or other label claimed: a year
   * with year evidence (a preposition of time before it, a marker after it, a date, a range of
   * years), a count when a bound word comes before it, when it is joined to a larger figure that
   * is no year, or when a counted noun follows it.
   */
  private NumeralLabel yearOrCount(int a, int b, int beforeMask, int after) {
    if (inRangeOfYears(a, b)) {
      return NumeralLabel.YEAR;
    }
    boolean noun = countedNounAt(b);
    boolean preposition = YEAR_PREPOSITION_BEFORE.in(beforeMask);
    if (a > 0 && (sc.cueBefore(sc.r.bounds().trie(), a - 1) & BoundCue.BEFORE_COUNT) != 0) {
      // «حتى» bounds a count (حتى 2000 شخص) and ends a span of time (حتى 2005،)
      return preposition && !noun ? NumeralLabel.YEAR : NumeralLabel.COUNT;
    }
    if (YEAR_AFTER.in(after)) {
      return NumeralLabel.YEAR;
    }
    // «بين 1963 و3293 قتيلا»: joined to a larger figure that is no year, it is one end of a count
    if (b < tk.size && !tk.newlineBefore(b) && isYearJoiner(b) && tk.isNum(b + 1) && !isYearToken(b + 1)
        && tk.runs[b + 1].value != null && tk.runs[b + 1].value.compareTo(tk.runs[a].value) > 0) {
      return NumeralLabel.COUNT;
    }
    // «المحضر رقم 2168 / 2013», «13-11- 2011», «4 /12 2012»: the year of a record or a date
    if (preposition || (tk.isPunct(a - 1, '/') || tk.isPunct(a - 1, '-')) && tk.isNum(a - 2)
        || tk.isNum(a - 1) && tk.runs[a - 1].kind == DigitRun.Kind.FRACTION
        || isMonthNumber(a - 1) && (tk.isPunct(a - 2, '/') || tk.isPunct(a - 2, '-')) && tk.isNum(a - 3)) {
      return NumeralLabel.YEAR;
    }
    return noun ? NumeralLabel.COUNT : NumeralLabel.YEAR;
  }

  /**
   * Whether token {@code b} (right after a figure) is an Arabic word that the figure counts: a
   * word with no article, not a particle or preposition ({@code notCountedNouns}), on the same
   * line. English news writes counts from 1,000 up with a separator, so an English word after an
   * unseparated figure is no such evidence.
   */
  private boolean countedNounAt(int b) {
    if (!tk.isArabicWord(b) || tk.newlineBefore(b) || sc.isDefiniteWord(b) || tk.length(b) < 2) {
      return false;
    }
    int m = sc.cueAt(b);
    if ((m & NO_NOUN) != 0 && sc.cm.end == tk.end[b]) {
      return false;
    }
    // a proclitic و or ف glued to a verb or a particle (وقال، فيما) opens a new clause; ب or ل
    // with the article (بالتكليف، للغة) is a prepositional phrase, not the counted noun
    char c = s[tk.start[b]];
    if ((c == 'ب' || c == 'ل') && tk.length(b) > 4 && s[tk.start[b] + 1] == 'ا'
        && s[tk.start[b] + 2] == 'ل' || c == 'ل' && tk.length(b) > 3 && s[tk.start[b] + 1] == 'ل') {
      return false;
    }
    return !(c == 'و' || c == 'ف') || sc.entry(b) != null;
  }

  /** «2011-2012», «2011 و2012», «2011 إلى 2013»: two year figures joined, the second the later. */
  private boolean inRangeOfYears(int a, int b) {
    BigDecimal v = tk.runs[a].value;
    int next = yearJoinedAfter(b);
    if (next >= 0 && tk.runs[next].value.compareTo(v) > 0 && !countedNounAt(next + 1)) {
      return true;
    }
    int prev = yearJoinedBefore(a);
    if (prev >= 0 && tk.runs[prev].value.compareTo(v) < 0 && !sc.out.isEmpty()) {
      NumeralMention last = sc.out.get(sc.out.size() - 1);
      return last.normalized().start() == tk.start[prev] && last.label() == NumeralLabel.YEAR;
    }
    return false;
  }

  private int yearJoinedAfter(int b) {
    if (b >= tk.size || tk.newlineBefore(b)) {
      return -1;
    }
    int j = isYearJoiner(b) ? b + 1 : -1;
    return j >= 0 && isYearToken(j) && !tk.newlineBefore(j) ? j : -1;
  }

  private int yearJoinedBefore(int a) {
    int j = a - 1;
    if (j < 1 || tk.newlineBefore(a) || !isYearJoiner(j)) {
      return -1;
    }
    return isYearToken(j - 1) && !tk.newlineBefore(j) ? j - 1 : -1;
  }

  /** Whether token {@code j} joins two years or two ages: a word or a mark of {@code yearJoiners}. */
  private boolean isYearJoiner(int j) {
    return cues.yearJoiners.has(tk, j);
  }

  /** Whether a month name follows within a date phrase: الـ 5 إلى الـ 19 من كانون الثاني. */
  private boolean monthFollows(int b) {
    for (int k = b; k < tk.size && k < b + 8; k++) {
      if (tk.newlineBefore(k)) {
        return false;
      }
      if (MONTH.in(sc.cueAt(k))) {
        return true;
      }
      if (tk.kind[k] == TokenView.PUNCT) {
        char c = tk.first(k);
        if (c != '-' && c != '/' && c != ',') {
          return false;
        }
      } else if (tk.kind[k] == TokenView.NUM) {
        BigDecimal v = tk.runs[k].value;
        if (v == null || v.compareTo(DAYS) > 0) {
          return false;
        }
      } else if (!cues.dateJoiners.has(tk, k)) {
        return false;
      }
    }
    return false;
  }
}
