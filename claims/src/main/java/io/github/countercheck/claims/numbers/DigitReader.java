package io.github.countercheck.claims.numbers;

import java.math.BigDecimal;

/**
 * Reads what starts at a digit token: a figure with its sign, space-grouped thousands (1 000
 * 000) or the Egyptian press's decimal (6ر20), the scale words after it (handed to the {@link
 * CompoundReader}: 10 آلاف، 4 آلاف و659); or a time, a date, a phone number, digits in a link or
 * glued to Latin letters (an identifier, 3rd, 5km).
 */
final class DigitReader {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final Scan sc;
  private final TokenView tk;
  private final char[] s;
  private final LabelCues cues;

  // the run of text with no space around the last digit token asked about, and its label
  private int chunkStart = -1;
  private int chunkEnd = -1;
  private NumeralLabel chunkLabel;

  DigitReader(Scan scan) {
    this.sc = scan;
    this.tk = scan.tk;
    this.s = scan.s;
    this.cues = scan.cues;
  }

  /** Reads from digit token {@code i}; returns the token after what it read. */
  int at(int i) {
    DigitRun run = tk.runs[i];
    NumeralLabel chunk = chunkLabel(i);
    if (chunk != null) {
      if (run.value != null) {
        sc.add(i, i + 1, tk.start[i], run.end, run.value, null, null, NumeralForm.DIGITS, chunk);
      }
      return i + 1;
    }
    if (run.kind == DigitRun.Kind.TOO_LONG) {
      return i + 1;
    }
    boolean gluedBefore = i > 0 && !tk.spaceBefore(i);
    if (gluedBefore && (tk.isLatinWord(i - 1) || tk.isNum(i - 1) || tk.isPunct(i - 1, '_'))) {
      return skipIdentifier(i);
    }
    int after = i + 1;
    if (tk.isLatinWord(after) && !tk.spaceBefore(after)) {
      return gluedToLatin(i, after);
    }
    int st = tk.start[i];
    // sign and leading decimal point
    boolean negative = false;
    if (i > 0 && !tk.spaceBefore(i) && (tk.isPunct(i - 1, '-') || tk.isPunct(i - 1, '+') || tk.isPunct(i - 1, '.'))
        && (i - 1 == 0 || tk.spaceBefore(i - 1) || tk.kind[i - 2] == TokenView.PUNCT && !tk.isPunct(i - 2, '.'))) {
      char sign = tk.first(i - 1);
      if (sign == '+') {
        return phone(i - 1, i);
      }
      if (sign == '.') {
        if (run.kind == DigitRun.Kind.PLAIN) {
          BigDecimal v = new BigDecimal("0." + sc.src.substring(tk.start[i], run.end));
          sc.add(i - 1, i + 1, tk.start[i - 1], run.end, v, null, null, NumeralForm.DIGITS,
              sc.labeller.label(i - 1, i + 1, v, true, 0));
        }
        return i + 1;
      }
      negative = true;
      st = tk.start[i - 1];
    }
    NumeralLabel byKind = labelOfKind(run);
    if (byKind != null) {
      sc.add(negative ? i - 1 : i, i + 1, st, run.end, run.value, null, null, NumeralForm.DIGITS, byKind);
      return i + 1;
    }
    return figure(i, run, negative, st);
  }

  /** Digits glued to a Latin word: 3rd, 11pm, 5km, $5; any other is part of an identifier. */
  private int gluedToLatin(int i, int after) {
    DigitRun run = tk.runs[i];
    int m = sc.cueAt(after);
    NumeralLabel l = LabelCue.ORDINAL_SUFFIX.in(m) && sc.cm.end == tk.end[after] ? NumeralLabel.ORDINAL
        : LabelCue.TIME_AFTER.in(m) ? NumeralLabel.TIME
        : LabelCue.MEASURE_AFTER.in(m) ? NumeralLabel.MEASURE
        : LabelCue.MONEY_AFTER.in(m) ? NumeralLabel.MONEY : null;
    if (l == null || run.value == null) {
      return skipIdentifier(i);
    }
    sc.add(i, i + 1, tk.start[i], run.end, run.value, null, null, NumeralForm.DIGITS, l);
    return after + 1;
  }

  /** The label a digit run has by its shape alone (10:30, 6/1/2022, 192.168.1.2, a long run). */
  private static NumeralLabel labelOfKind(DigitRun run) {
    return switch (run.kind) {
      case TIME -> NumeralLabel.TIME;
      case DATE -> NumeralLabel.DATE;
      case IDENT -> NumeralLabel.PHONE;
      case PLAIN -> run.intDigits >= 11 || run.leadingZero && run.intDigits >= 6 ? NumeralLabel.PHONE : null;
      default -> null;
    };
  }

  /** A figure, with the space-grouped thousands or the decimal after it, and its scale words. */
  private int figure(int i, DigitRun run, boolean negative, int st) {
    BigDecimal v = run.value;
    int next = i + 1;
    BigDecimal egyptian = egyptianDecimal(i);
    if (egyptian != null) {
      v = egyptian;
      next = i + 3;
    }
    if (egyptian == null && run.kind == DigitRun.Kind.PLAIN && run.intDigits <= 3 && !run.leadingZero) {
      // space-grouped thousands: 1 000 000
      while (tk.isNum(next) && tk.start[next] == tk.end[next - 1] + 1 && s[tk.end[next - 1]] == ' '
          && tk.runs[next].kind == DigitRun.Kind.PLAIN && tk.runs[next].intDigits == 3
          && !(tk.isWord(next + 1) && !tk.spaceBefore(next + 1) && tk.isLatinWord(next + 1))) {
        v = v.multiply(THOUSAND).add(tk.runs[next].value);
        next++;
      }
    }
    int end;
    BigDecimal value;
    boolean words;
    if (run.kind == DigitRun.Kind.FRACTION) {
      end = i + 1;
      value = v;
      words = false;
    } else {
      CompoundReader c = sc.compound;
      end = c.read(i, v, next);
      value = c.value;
      words = c.sawWords;
    }
    BigDecimal val = negative ? value.negate() : value;
    sc.emit(i, end, val, words ? NumeralForm.MIXED : NumeralForm.DIGITS, negative ? st : -1);
    return end;
  }

  /**
   * The Egyptian press's decimal written with ر between the fraction and the whole part, the
   * fraction first in the text: «6ر20%» is 20.6, «999ر51 مليار» is 51.999, «02ر2» is 2.02. The
   * mark is the grammar's data ({@code fractionFirstDecimalMarks} of {@code numeral-grammar.json}).
   *
   * @return the value of tokens {@code i, i+1, i+2}, or null if they are not such a decimal
   */
  private BigDecimal egyptianDecimal(int i) {
    int r = i + 1;
    int w = i + 2;
    if (!tk.isWord(r) || tk.spaceBefore(r) || !sc.r.grammar().fractionFirstMarks().has(tk, r)
        || !tk.isNum(w) || tk.spaceBefore(w)) {
      return null;
    }
    DigitRun frac = tk.runs[i];
    DigitRun whole = tk.runs[w];
    if (frac.kind != DigitRun.Kind.PLAIN || whole.kind != DigitRun.Kind.PLAIN || frac.intDigits > 6
        || whole.intDigits > 15 || frac.end != tk.end[i] || whole.end != tk.end[w]) {
      return null;
    }
    return new BigDecimal(sc.src.substring(tk.start[w], tk.end[w]) + "." + sc.src.substring(tk.start[i], tk.end[i]));
  }

  private int skipIdentifier(int i) {
    int j = i + 1;
    while (j < tk.size && !tk.spaceBefore(j) && (tk.kind[j] == TokenView.NUM || tk.isLatinWord(j))) {
      j++;
    }
    return j;
  }

  private int phone(int plus, int i) {
    int j = i + 1;
    while (tk.isNum(j) && !tk.newlineBefore(j) && tk.start[j] - tk.end[j - 1] <= 1) {
      j++;
    }
    DigitRun run = tk.runs[i];
    if (run.value != null) {
      sc.add(plus, j, tk.start[plus], tk.end[j - 1], run.value, null, null, NumeralForm.DIGITS,
          NumeralLabel.PHONE);
    }
    return j;
  }

  /** URL, EMAIL or HASHTAG when the digit token sits in such a whitespace-delimited chunk. */
  NumeralLabel chunkLabel(int i) {
    int p = tk.start[i];
    if (p >= chunkStart && p < chunkEnd) {
      return chunkLabel;
    }
    int a = p;
    while (a > 0 && !Character.isWhitespace(s[a - 1])) {
      a--;
    }
    int b = p;
    while (b < sc.n && !Character.isWhitespace(s[b])) {
      b++;
    }
    chunkStart = a;
    chunkEnd = b;
    NumeralLabel l = null;
    if (cues.handleMarks.starts(s, a, b)) {
      l = NumeralLabel.HASHTAG;
    } else if (cues.linkMarks.occursIn(s, a, b)) {
      l = NumeralLabel.URL;
    } else if (cues.emailMarks.occursIn(s, a, b)) {
      l = NumeralLabel.EMAIL;
    }
    chunkLabel = l;
    return l;
  }
}
