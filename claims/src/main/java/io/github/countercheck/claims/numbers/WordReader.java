package io.github.countercheck.claims.numbers;

import io.github.countercheck.claims.numbers.NumberWords.Entry;
import io.github.countercheck.claims.numbers.NumberWords.Type;
import java.math.BigDecimal;

/**
 * Reads what starts at a word token: an ordinal (read and passed over, or reported as an age), a
 * fraction before a definite noun (خمس الفطيرة), a compound numeral (handed to the {@link
 * CompoundReader}), or a vague amount (عشرات، بضعة آلاف).
 */
final class WordReader {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

  private final Scan sc;
  private final TokenView tk;
  private final char[] s;
  private final PhraseTrie.Match<VagueAmounts.Amount> vm = new PhraseTrie.Match<>();

  WordReader(Scan scan) {
    this.sc = scan;
    this.tk = scan.tk;
    this.s = scan.s;
  }

  /** Reads from word token {@code i}; returns the token after what it read. */
  int at(int i) {
    Entry e = sc.entry(i);
    if (e == null) {
      return vagueAt(i);
    }
    if (e.type == Type.ORDINAL) {
      return ordinalAt(i, e);
    }
    if (!sc.r.grammar().starts(e.type) || !mayStart(i, e)) {
      return vagueAt(i);
    }
    if ((e.type == Type.UNIT || e.type == Type.TEN_MARK) && e.fraction != null
        && sc.isDefiniteWord(i + 1) && !tk.newlineBefore(i + 1)) {
      // a fraction before a definite noun: خمس الفطيرة
      sc.emit(i, i + 1, e.fraction, NumeralForm.WORDS, -1);
      return i + 1;
    }
    CompoundReader c = sc.compound;
    int end = c.read(i, null, -1);
    if (end < 0) {
      return vagueAt(i);
    }
    // a lone 1 after «أي»/«any» is a pronoun; a lone unit word before digits is a verb (تسع 500)
    if (c.wordCount == 1 && !c.sawDigits) {
      if (c.value.compareTo(BigDecimal.ONE) == 0 && sc.type(i - 1) == Type.PRONOUN_CUE) {
        return end;
      }
      if ((c.lastType == Type.UNIT || c.lastType == Type.TENS) && tk.isNum(end) && !tk.newlineBefore(end)) {
        return end;
      }
    }
    sc.emit(i, end, c.value, c.sawDigits ? NumeralForm.MIXED : NumeralForm.WORDS, -1);
    return end;
  }

  /**
   * Whether a word that may start a numeral does here, by what follows it: a teen-only unit
   * (أحد) needs its ten mark, a definite-only fraction (ثمن) a definite noun, an article (a) a
   * hundred or a scale word, a minus word a number.
   */
  private boolean mayStart(int i, Entry e) {
    switch (e.type) {
      case UNIT, TEN_MARK -> {
        return !loneTeenForm(i, e);
      }
      case FRACTION -> {
        return !e.definiteOnly || sc.isDefiniteWord(i + 1);
      }
      case ARTICLE -> {
        Type t = sc.type(i + 1);
        return (t == Type.HUNDRED || t == Type.SCALE) && sc.prefixes[i + 1] == 0;
      }
      case NEGATIVE -> {
        return sc.type(i + 1) != null || tk.isNum(i + 1);
      }
      default -> {
        return true;
      }
    }
  }

  /** Whether a word is a number only before a ten mark (أحد، إحدى) and none follows it. */
  boolean loneTeenForm(int i, Entry e) {
    return e.teenOnly && sc.type(i + 1) != Type.TEN_MARK;
  }

  /** An ordinal, with its ten mark: passed over, or reported when it tells an age. */
  private int ordinalAt(int i, Entry e) {
    int end = sc.type(i + 1) == Type.TEN_MARK && sc.prefixes[i + 1] == 0 ? i + 2 : i + 1;
    if (isAgeOrdinal(i, end)) {
      BigDecimal v = end == i + 2 ? e.value.add(BigDecimal.TEN) : e.value;
      sc.add(i, end, tk.start[i] + sc.prefixes[i], tk.end[end - 1], v, null, null, NumeralForm.WORDS,
          NumeralLabel.AGE);
    }
    return end;
  }

  /**
   * Whether the ordinal over tokens {@code [i, end)} tells an age: feminine and definite (العاشرة،
   * الثالثة عشرة, the years left unsaid), after في and an age holder (طفل في العاشرة), or before
   * an age phrase (في الثالثة عشرة من عمره).
   */
  private boolean isAgeOrdinal(int i, int end) {
    int st = tk.start[i] + sc.prefixes[i];
    int en = tk.end[i];
    if (en - st < 4 || s[st] != 'ا' || s[st + 1] != 'ل' || s[en - 1] != 'ه') {
      return false;
    }
    if (end < tk.size && !tk.newlineBefore(end) && LabelCue.AGE_AFTER.in(sc.cueAt(end))) {
      return true;
    }
    return sc.prefixes[i] == 0 && tk.isWord(i - 1) && sc.cues.ageOrdinalPrepositions.has(tk, i - 1)
        && !tk.newlineBefore(i) && LabelCue.AGE_HOLDER.in(sc.cueBefore(i - 2));
  }

  /** A vague amount from token {@code i}, with the scale word it counts (بضعة آلاف). */
  private int vagueAt(int i) {
    PhraseTrie<VagueAmounts.Amount> trie = sc.r.vague().trie();
    int st = tk.start[i];
    int en = tk.end[i];
    int proclitics = tk.proclitics(i);
    for (int p = 0; p <= 2; p++) {
      if ((proclitics & (1 << p)) == 0) {
        continue;
      }
      if (trie.longest(s, st + p, sc.n, vm)) {
        int endTok = tk.indexAt(vm.end);
        VagueAmounts.Amount a = vm.value;
        int ns = st + p;
        int ne = vm.end;
        long low = a.low();
        long high = a.high();
        long scale = a.high() < 100 ? scaleAt(endTok) : 0;
        if (scale > 0) {
          // several thousand, a few hundred, بضعة آلاف، عدة مئات: the amount counts the scale
          low = Math.multiplyExact(low, scale);
          high = Math.multiplyExact(high, scale);
          ne = tk.end[endTok];
          endTok++;
          long next = scale == 100 ? scaleAt(endTok) : 0;
          if (next > 100) {
            // (en28mine) "several hundred thousand": the hundreds count a larger scale after them
            low = Math.multiplyExact(low, next);
            high = Math.multiplyExact(high, next);
            ne = tk.end[endTok];
            endTok++;
          }
        }
        NumeralLabel label = sc.labeller.label(i, endTok, null, false, 0);
        sc.add(i, endTok, ns, ne, null, low, high, NumeralForm.VAGUE, label);
        return endTok;
      }
    }
    return i + 1;
  }

  /**
   * The unit of a scale word at token {@code i} that a vague amount before it can count:
   * hundred, thousand, million (ألف، آلاف، مليون، ملايين), or a vague plural of a power of ten
   * (مئات: 200 to 999 is 2 to 9 hundreds); 0 for any other token. A word with a proclitic
   * (وآلاف) starts a phrase of its own.
   */
  private long scaleAt(int i) {
    if (i >= tk.size || tk.kind[i] != TokenView.WORD || tk.newlineBefore(i)) {
      return 0;
    }
    Entry e = sc.entry(i);
    if (e != null) {
      if (sc.prefixes[i] != 0 || e.value == null || e.value.compareTo(HUNDRED) < 0
          || e.value.compareTo(TRILLION) > 0
          || e.type != Type.HUNDRED && e.type != Type.SCALE && e.type != Type.SCALE_PLURAL) {
        return 0;
      }
      return e.value.longValueExact();
    }
    PhraseTrie<VagueAmounts.Amount> trie = sc.r.vague().trie();
    // vm is free again: vagueAt has read the amount before it asks for the scale
    if (!trie.longest(s, tk.start[i], sc.n, vm) || vm.end != tk.end[i]) {
      return 0;
    }
    long unit = vm.value.low() / 2;
    if (unit < 100 || vm.value.low() != 2 * unit || vm.value.high() != 10 * unit - 1) {
      return 0;
    }
    long u = unit;
    while (u % 10 == 0) {
      u /= 10;
    }
    return u == 1 ? unit : 0;
  }
}
