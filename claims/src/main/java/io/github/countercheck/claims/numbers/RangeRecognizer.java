package io.github.countercheck.claims.numbers;

import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.Span;
import io.github.countercheck.core.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds number ranges with decimal ends and inclusivity ({@link NumberRange}): the comparison
 * phrases of the Recognizers-Text range suite as much as the news phrases. Immutable and
 * thread-safe. Uses the same bound words as {@link QuantityRecognizer} ({@code
 * quantity-bounds.json}): lower bounds (أكثر من، أكبر من، فوق، {@code >}, more than) and upper
 * bounds (أقل من، أصغر من، تحت، {@code <}, less than), each made inclusive by «أو يساوي» or
 * {@code =} after it; «يساوي N»; «N أو أكثر» and «N أو أقل»; «N إلى M», «N - M», «N ~ M» as
 * [N, M) when N {@code <} M. A lower and an upper bound joined by «و» or «، أو» make one range. After a
 * bound word, a definite number word is read too (فوق الثلاثين، تحت النصف). A symbol glued to
 * another comparison symbol ({@code =>30}, {@code <>30}) is no bound.
 *
 * <pre>{@code
 * RangeRecognizer ranges = RangeRecognizer.create();
 * ranges.find(TextNormalizer.normalize("نقاطه هي أكثر من أو يساوي 5000")).get(0).interval(); // [5000,)
 * }</pre>
 */
public final class RangeRecognizer {
  private static final int LOWER = CueList.mask(BoundCue.MORE_THAN_BEFORE, BoundCue.GREATER_BEFORE);
  private static final int UPPER = CueList.mask(BoundCue.LESS_THAN_BEFORE, BoundCue.SMALLER_BEFORE);
  private static final int EQUAL = BoundCue.EQUAL_BEFORE.bit();

  private static final RangeRecognizer DEFAULT =
      new RangeRecognizer(NumeralRecognizer.create(), NumeralRecognizer.defaultBounds());

  private final NumeralRecognizer numerals;
  private final BoundWords bounds;

  private RangeRecognizer(NumeralRecognizer numerals, BoundWords bounds) {
    this.numerals = numerals;
    this.bounds = bounds;
  }

  /** @return the recognizer with the bundled data */
  public static RangeRecognizer create() {
    return DEFAULT;
  }

  /**
   * @param numerals the numeral recognizer to read the ends with
   * @return a recognizer with the bundled bound words and these numerals
   */
  public static RangeRecognizer create(NumeralRecognizer numerals) {
    return new RangeRecognizer(Objects.requireNonNull(numerals, "numerals"), NumeralRecognizer.defaultBounds());
  }

  private static final class Bound {
    int start;
    int end;
    BigDecimal low;
    boolean lowInc;
    BigDecimal high;
    boolean highInc;
  }

  /**
   * @param text the normalized text
   * @return the ranges in text order
   */
  public List<NumberRange> find(NormalizedText text) {
    Objects.requireNonNull(text, "text");
    Call c = new Call(text);
    c.boundsBefore();
    c.boundsAfter();
    c.out.sort((x, y) -> Integer.compare(x.start, y.start));
    return c.ranges();
  }

  /** One call of {@link #find(NormalizedText)}: the text, its tokens and numerals, the bounds. */
  private final class Call {
    final NormalizedText text;
    final String s;
    final char[] cs;
    final TokenView tk;
    final List<NumeralMention> found = new ArrayList<>();
    /** The numeral that starts in each token. */
    final NumeralMention[] atTok;
    /** The tokens whose numeral a bound word before it has taken. */
    final boolean[] used;
    final PhraseTrie.Match<Integer> m = new PhraseTrie.Match<>();
    final List<Bound> out = new ArrayList<>();

    Call(NormalizedText text) {
      this.text = text;
      this.s = text.normalized();
      Source src = Source.of(text);
      this.cs = src.s;
      this.tk = TokenView.of(src);
      for (NumeralMention n : numerals.find(text)) {
        if (n.value() != null) {
          found.add(n);
        }
      }
      atTok = new NumeralMention[tk.size + 1];
      for (NumeralMention n : found) {
        atTok[tk.containing(n.normalized().start())] = n;
      }
      used = new boolean[tk.size + 1];
    }

    /** The bounds a word before the number makes: أكثر من 5، أقل من أو يساوي 10، يساوي 20. */
    void boundsBefore() {
      for (int i = 0; i < tk.size; i++) {
        Integer v = QuantityRecognizer.cueAt(cs, tk, bounds.trie(), i, m);
        int mask = v == null ? 0 : v & (LOWER | UPPER | EQUAL);
        if (mask == 0 || gluedToSymbol(s, tk, i)) {
          continue;
        }
        int end = boundBefore(i, mask);
        if (end >= 0) {
          i = tk.indexAt(end) - 1;
        }
      }
    }

    /** The bound of the bound word at token {@code i}; returns its end, or -1 if it bounds nothing. */
    private int boundBefore(int i, int mask) {
      int phraseStart = tk.start[i] + m.prefix;
      int k = tk.indexAt(m.end);
      boolean inclusive = (mask & EQUAL) != 0;
      if ((mask & (LOWER | UPPER)) != 0 && k < tk.size) {
        Integer e = QuantityRecognizer.cueAt(cs, tk, bounds.trie(), k, m);
        if (e != null && BoundCue.OR_EQUAL.in(e) && m.prefix == 0) {
          inclusive = true;
          k = tk.indexAt(m.end);
        }
      }
      if (k >= tk.size) {
        return -1;
      }
      BigDecimal value;
      int end;
      if (atTok[k] != null && !atTok[k].isVague()) {
        value = atTok[k].value();
        end = atTok[k].normalized().end();
        used[k] = true;
      } else if (tk.isArabicWord(k) && tk.length(k) > 3 && s.startsWith("ال", tk.start[k])) {
        BigDecimal d = numerals.parse(s.substring(tk.start[k] + 2, tk.end[k]));
        if (d == null) {
          return -1;
        }
        value = d;
        end = tk.end[k];
      } else {
        return -1;
      }
      Bound b = new Bound();
      b.start = phraseStart;
      b.end = end;
      if ((mask & EQUAL) != 0 && (mask & (LOWER | UPPER)) == 0) {
        b.low = b.high = value;
        b.lowInc = b.highInc = true;
      } else if ((mask & LOWER) != 0) {
        b.low = value;
        b.lowInc = inclusive;
      } else {
        b.high = value;
        b.highInc = inclusive;
      }
      out.add(b);
      return end;
    }

    /** N أو أكثر / N أو أقل, and N إلى M. */
    void boundsAfter() {
      for (int n = 0; n < found.size(); n++) {
        NumeralMention a = found.get(n);
        int t = tk.containing(a.normalized().start());
        if (used[t] || a.isVague()) {
          continue;
        }
        if (n + 1 < found.size() && span(a, found.get(n + 1))) {
          n++;
          continue;
        }
        int after = tk.indexAt(a.normalized().end());
        if (after < tk.size) {
          Integer e = QuantityRecognizer.cueAt(cs, tk, bounds.trie(), after, m);
          if (e != null && (BoundCue.AT_LEAST_AFTER.in(e) || BoundCue.AT_MOST_AFTER.in(e)) && m.prefix == 0) {
            Bound r = new Bound();
            r.start = a.normalized().start();
            r.end = m.end;
            if (BoundCue.AT_LEAST_AFTER.in(e)) {
              r.low = a.value();
              r.lowInc = true;
            } else {
              r.high = a.value();
              r.highInc = true;
            }
            out.add(r);
          }
        }
      }
    }

    /** Whether {@code a} and {@code b} make the range «a إلى b» ({@code spanJoiners}); adds it. */
    private boolean span(NumeralMention a, NumeralMention b) {
      String gap = s.substring(a.normalized().end(), Math.max(a.normalized().end(), b.normalized().start())).strip();
      if (b.value() == null || a.value().compareTo(b.value()) >= 0 || !bounds.spanJoiners.contains(gap)) {
        return false;
      }
      Bound r = new Bound();
      r.start = a.normalized().start();
      r.end = b.normalized().end();
      r.low = a.value();
      r.lowInc = true;
      r.high = b.value();
      out.add(r);
      return true;
    }

    /** The bounds in text order as ranges, a lower and an upper bound joined into one. */
    List<NumberRange> ranges() {
      List<NumberRange> ranges = new ArrayList<>();
      for (int i = 0; i < out.size(); i++) {
        Bound b = out.get(i);
        if (i + 1 < out.size() && b.high == null && out.get(i + 1).low == null && out.get(i + 1).high != null
            && joins(s, b.end, out.get(i + 1).start) && b.low.compareTo(out.get(i + 1).high) <= 0) {
          Bound c = out.get(++i);
          b.high = c.high;
          b.highInc = c.highInc;
          b.end = c.end;
        }
        if (b.low != null && b.high != null && b.low.compareTo(b.high) > 0) {
          continue;
        }
        Span orig = text.toOriginal(b.start, b.end);
        ranges.add(new NumberRange(orig, new Span(b.start, b.end), orig.of(text.original()), b.low, b.lowInc, b.high, b.highInc));
      }
      return List.copyOf(ranges);
    }
  }

  /**
   * @param text the original text
   * @return the ranges in text order
   */
  public List<NumberRange> find(String text) {
    return find(TextNormalizer.normalize(Objects.requireNonNull(text, "text")));
  }

  /** Whether only a bound joiner («و», «أو») and commas stand between two bounds. */
  private boolean joins(String s, int a, int b) {
    if (b < a || b - a > 12) {
      return false;
    }
    String g = s.substring(a, b).replace(',', ' ').strip();
    return g.isEmpty() || bounds.boundJoiners.contains(g);
  }

  private static boolean gluedToSymbol(String s, TokenView tk, int i) {
    char c = s.charAt(tk.start[i]);
    if (c != '<' && c != '>' && c != '=') {
      return false;
    }
    if (i > 0 && !tk.spaceBefore(i)) {
      char p = s.charAt(tk.end[i - 1] - 1);
      return p == '<' || p == '>' || p == '=';
    }
    return false;
  }
}
