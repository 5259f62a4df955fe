package io.github.countercheck.claims.numbers;

import io.github.countercheck.claims.numbers.NumberWords.Entry;
import io.github.countercheck.claims.numbers.NumberWords.Type;
import io.github.countercheck.claims.numbers.NumeralGrammar.Fact;
import io.github.countercheck.claims.numbers.NumeralGrammar.Reading;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Reads a compound numeral token by token with the {@link NumeralGrammar}: units, teens, tens,
 * hundreds, scale words with their duals and plurals, the joiner و (a word or a proclitic),
 * fractions and the decimal word, and digits with scale words (10 آلاف، 4 آلاف و659). This class
 * holds no rule of which part may follow which: it computes the facts the grammar asks about,
 * applies the first reading that holds, and does its arithmetic. One reader per {@link Scan};
 * its result is in {@link #value}, {@link #sawWords}, {@link #sawDigits}, {@link #wordCount} and
 * {@link #lastType} after {@link #read}.
 */
final class CompoundReader {
  private static final BigDecimal BIG = BigDecimal.TEN.pow(24);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** What a step did: read the token, read it and ended, ended before it, or ended the reading. */
  private static final int NEXT = 0;
  private static final int LAST = 1;
  private static final int END = 2;
  private static final int DONE = 3;

  private static final int UNIT = Fact.UNIT.bit;
  private static final int EMPTY = Fact.EMPTY.bit;
  private static final int DIGITS = Fact.DIGITS.bit;
  private static final int STARTED = Fact.STARTED.bit;
  private static final int JOINER = Fact.JOINER.bit;
  private static final int NEGATIVE = Fact.NEGATIVE.bit;

  private final Scan sc;
  private final TokenView tk;
  private final NumeralGrammar grammar;

  /** The value of the last numeral read. */
  BigDecimal value;
  /** Whether it has words, digits; its number of words; the type of its last word. */
  boolean sawWords;
  boolean sawDigits;
  int wordCount;
  Type lastType;

  /** What one reading knows: kept apart for the readings a decimal word or a fraction nests. */
  private static final class Frame {
    BigDecimal total;
    BigDecimal cur;
    int state;
    BigDecimal lastScale;
    int lastUnitTok;
    int end;
  }

  private Frame[] frames = new Frame[0];
  private int depth;

  CompoundReader(Scan scan) {
    this.sc = scan;
    this.tk = scan.tk;
    this.grammar = scan.r.grammar();
  }

  /**
   * Reads a compound numeral from token {@code t0}. With {@code digits} given, the numeral starts
   * with that digit value and the next token to read is {@code next}.
   *
   * @return the end token (exclusive), or -1; the value is in {@link #value}
   */
  int read(int t0, BigDecimal digits, int next) {
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth + 2);
      frames[depth] = new Frame();
      frames[depth + 1] = new Frame();
    }
    Frame f = frames[depth++];
    try {
      return read(f, t0, digits, next);
    } finally {
      depth--;
    }
  }

  private int read(Frame f, int t0, BigDecimal digits, int next) {
    f.total = BigDecimal.ZERO;
    f.cur = BigDecimal.ZERO;
    f.state = EMPTY;
    f.lastScale = null;
    f.lastUnitTok = -1;
    f.end = -1;
    sawWords = false;
    sawDigits = false;
    wordCount = 0;
    lastType = null;
    int i = t0;
    if (digits != null) {
      f.cur = digits;
      f.state = DIGITS | STARTED;
      sawDigits = true;
      f.end = next;
      i = next;
    }
    while (i < tk.size) {
      if (i > t0 && tk.newlineBefore(i)) {
        break;
      }
      int step = step(f, i);
      if (step == DONE) {
        return f.end;
      }
      if (step == END) {
        break;
      }
      i++;
      if (step == LAST) {
        break;
      }
    }
    return finish(f);
  }

  /** Reads token {@code i}: its class, the facts, the first reading that holds. */
  private int step(Frame f, int i) {
    int cls;
    BigDecimal v;
    Entry e = null;
    byte kind = tk.kind[i];
    if (kind == TokenView.NUM) {
      DigitRun run = tk.runs[i];
      cls = run.kind == DigitRun.Kind.PLAIN || run.kind == DigitRun.Kind.GROUPED ? NumeralGrammar.DIGITS
          : run.kind == DigitRun.Kind.DECIMAL ? NumeralGrammar.DECIMAL : -1;
      v = run.value;
    } else if (kind == TokenView.PUNCT) {
      cls = tk.isPunct(i, '-') ? NumeralGrammar.HYPHEN : -1;
      v = null;
    } else {
      e = sc.entry(i);
      if (e == null) {
        return END;
      }
      cls = e.type.ordinal();
      v = e.value;
    }
    if (cls < 0) {
      return END;
    }
    int facts = facts(f, i, e, v, grammar.uses(cls));
    if (grammar.stops(facts)) {
      return END;
    }
    for (Reading r : grammar.readings(cls)) {
      if (r.when().holds(facts)) {
        return apply(f, i, r, e, v);
      }
    }
    return END;
  }

  /** The state and the facts about token {@code i} that the grammar asks about. */
  private int facts(Frame f, int i, Entry e, BigDecimal v, int uses) {
    int x = f.state;
    if (e != null) {
      int p = sc.prefixes[i];
      boolean waw = sc.joinsByProclitic(i);
      x |= waw ? Fact.WAW.bit : p > 0 ? Fact.OTHER_PROCLITIC.bit : 0;
      x |= p > 1 ? Fact.TWO_PROCLITICS.bit : 0;
      x |= (f.state & JOINER) != 0 || (f.state & STARTED) != 0 && waw ? Fact.JOINED.bit : 0;
    }
    if (f.lastScale != null) {
      x |= Fact.SCALED.bit;
    }
    if (v != null && (f.lastScale == null || v.compareTo(f.lastScale) < 0)) {
      x |= Fact.SMALLER_SCALE.bit;
    }
    if (f.total.signum() > 0) {
      x |= Fact.TOTAL.bit;
    }
    if ((f.state & UNIT) != 0 && f.lastUnitTok == i - 1) {
      x |= Fact.UNIT_JUST_BEFORE.bit;
    }
    if ((f.state & DIGITS) != 0 && f.cur.compareTo(THOUSAND) < 0) {
      x |= Fact.SMALL_DIGITS.bit;
    }
    if (lastType == Type.TENS) {
      x |= Fact.AFTER_TENS.bit;
    } else if (lastType == Type.FRACTION) {
      x |= Fact.AFTER_FRACTION.bit;
    }
    return x | askedFacts(f, i, e, uses);
  }

  /** The facts that cost a lookup or an allocation: found only when the grammar asks. */
  private int askedFacts(Frame f, int i, Entry e, int uses) {
    int x = 0;
    if ((uses & Fact.POSITIVE.bit) != 0 && f.total.add(f.cur).signum() > 0) {
      x |= Fact.POSITIVE.bit;
    }
    if ((uses & Fact.LONE_TEEN_FORM.bit) != 0 && e != null && sc.words.loneTeenForm(i, e)) {
      x |= Fact.LONE_TEEN_FORM.bit;
    }
    if ((uses & Fact.IN_LINK.bit) != 0 && sc.digits.chunkLabel(i) != null) {
      x |= Fact.IN_LINK.bit;
    }
    if ((uses & Fact.GLUED.bit) != 0 && !tk.spaceBefore(i) && i + 1 < tk.size && !tk.spaceBefore(i + 1)) {
      x |= Fact.GLUED.bit;
    }
    if ((uses & Fact.BEFORE_LATIN_UNIT.bit) != 0 && sc.type(i + 1) == Type.UNIT && tk.isLatinWord(i + 1)) {
      x |= Fact.BEFORE_LATIN_UNIT.bit;
    }
    if ((uses & Fact.BEFORE_SCALE.bit) != 0 && beforeScale(i)) {
      x |= Fact.BEFORE_SCALE.bit;
    }
    return x;
  }

  /**
   * Whether a scale word follows token {@code i}, right after it or after the article: half a
   * million, نصف مليون.
   */
  private boolean beforeScale(int i) {
    Type next = sc.type(i + 1);
    return next == Type.SCALE || next == Type.ARTICLE && !tk.newlineBefore(i + 2) && sc.type(i + 2) == Type.SCALE;
  }

  /** Applies a reading to token {@code i} of value {@code v}. */
  private int apply(Frame f, int i, Reading r, Entry e, BigDecimal v) {
    switch (r.action()) {
      case MARK -> {
        f.state = (f.state | r.set()) & ~r.clear();
        return NEXT;
      }
      case ADD -> f.cur = f.cur.add(v);
      case SET -> f.cur = v;
      case MULTIPLY -> f.cur = f.cur.multiply(v);
      case SCALE -> {
        if (!scale(f, (f.state & EMPTY) != 0 ? BigDecimal.ONE : f.cur, v)) {
          return END;
        }
      }
      case DUAL -> {
        if (!scale(f, TWO, v)) {
          return END;
        }
      }
      case PLURAL -> {
        if (!scale(f, f.cur, v)) {
          return END;
        }
      }
      case TIMES_TOTAL -> {
        BigDecimal t = f.total.multiply(v);
        if (t.compareTo(BIG) > 0) {
          return END;
        }
        f.total = t;
        f.lastScale = v;
        f.cur = BigDecimal.ZERO;
      }
      case DIVIDE -> {
        f.cur = NumeralRecognizer.divide(f.total.add(f.cur), v);
        f.total = BigDecimal.ZERO;
      }
      case POINT -> {
        return point(f, i);
      }
      default -> throw new AssertionError(r.action());
    }
    f.state = ((f.state | r.set()) & ~r.clear() | STARTED) & ~JOINER;
    if ((r.set() & UNIT) != 0) {
      f.lastUnitTok = i;
    }
    if (e != null) {
      sawWords = true;
      wordCount++;
      lastType = e.type;
    } else {
      sawDigits = true;
    }
    f.end = i + 1;
    return r.last() ? LAST : NEXT;
  }

  /** Adds {@code times} the scale {@code v} to the total, unless it would pass 10^24. */
  private static boolean scale(Frame f, BigDecimal times, BigDecimal v) {
    BigDecimal add = times.multiply(v);
    if (f.total.add(add).compareTo(BIG) > 0) {
      return false;
    }
    f.total = f.total.add(add);
    f.lastScale = v;
    f.cur = BigDecimal.ZERO;
    return true;
  }

  /**
   * The decimal word at token {@code i}: digits or a whole number in words after it are the
   * decimals (ثلاثة فاصلة خمسة، 1 فاصلة 25). Ends the reading with the value, or ends the numeral
   * before the word.
   */
  private int point(Frame f, int i) {
    int fracTok = i + 1;
    BigDecimal whole = f.total.add(f.cur);
    boolean sd = sawDigits;
    int fracEnd;
    BigDecimal frac;
    int places;
    if (tk.isNum(fracTok) && tk.runs[fracTok].kind == DigitRun.Kind.PLAIN) {
      frac = tk.runs[fracTok].value;
      places = tk.runs[fracTok].intDigits;
      fracEnd = fracTok + 1;
      sd = true;
    } else if (sc.entry(fracTok) != null && sc.prefixes[fracTok] == 0 && sc.type(fracTok) != Type.POINT) {
      fracEnd = read(fracTok, null, -1);
      if (fracEnd < 0 || !NumeralRecognizer.isWhole(value) || value.signum() < 0) {
        value = whole;
        return END;
      }
      frac = value;
      places = frac.toBigInteger().toString().length();
    } else {
      return END;
    }
    value = whole.add(frac.movePointLeft(places));
    if ((f.state & NEGATIVE) != 0) {
      value = value.negate();
    }
    sawWords = true;
    sawDigits = sd;
    wordCount = 2;
    lastType = Type.POINT;
    f.end = fracEnd;
    return DONE;
  }

  /** The end of a reading: refused by a reject, or its value, with a denominator after it. */
  private int finish(Frame f) {
    int facts = f.state | (sawDigits ? Fact.DIGITS_SEEN.bit : 0)
        | (f.total.signum() > 0 ? Fact.TOTAL.bit : 0)
        | (lastType == Type.HUNDRED ? Fact.LAST_HUNDRED.bit : 0);
    if (grammar.rejects(facts)) {
      return -1;
    }
    BigDecimal v = f.total.add(f.cur);
    if (sawWords && !sawDigits && f.end < tk.size && !tk.newlineBefore(f.end)) {
      v = denominator(f, v);
    }
    value = (f.state & NEGATIVE) != 0 ? v.negate() : v;
    return f.end;
  }

  /**
   * A fraction written with a fraction connector after a numeral in words: واحد من ثلاثة (من
   * after 1 only), مائة على خمسة وثلاثون.
   *
   * @return the value divided by the denominator's, or {@code v} if none follows
   */
  private BigDecimal denominator(Frame f, BigDecimal v) {
    int end = f.end;
    Type t = sc.type(end);
    if ((t == Type.FRACTION_CONNECTOR || t == Type.FRACTION_OF_ONE && v.compareTo(BigDecimal.ONE) == 0)
        && sc.prefixes[end] == 0 && sc.entry(end + 1) != null && sc.prefixes[end + 1] == 0
        && grammar.startsDenominator(sc.type(end + 1))) {
      int keepCount = wordCount;
      int e2 = read(end + 1, null, -1);
      if (e2 > 0 && !sawDigits && value.signum() != 0) {
        v = NumeralRecognizer.divide(v, value);
        f.end = e2;
        wordCount = keepCount + 2;
      }
      sawWords = true;
      sawDigits = false;
    }
    return v;
  }
}
