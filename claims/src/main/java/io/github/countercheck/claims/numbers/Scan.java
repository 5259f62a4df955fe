package io.github.countercheck.claims.numbers;

import io.github.countercheck.claims.numbers.NumberWords.Entry;
import io.github.countercheck.claims.numbers.NumberWords.Type;
import io.github.countercheck.core.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One run of a {@link NumeralRecognizer} over one text: the mutable state of a single call. */
final class Scan {
  private static final Entry NONE = new Entry(Type.CONNECTOR, BigDecimal.ZERO, null, false, false);
  private static final BigDecimal BIG = BigDecimal.TEN.pow(24);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final NumeralRecognizer r;
  private final Source src;
  /** The normalized chars, from 0 to {@link #n}. */
  private final char[] s;
  private final int n;
  private final Tokens tk;
  private final Entry[] entries;
  private final byte[] prefixes;
  private final PhraseTrie.Match<Entry> wm = new PhraseTrie.Match<>();
  private final PhraseTrie.Match<Integer> cm = new PhraseTrie.Match<>();
  private final PhraseTrie.Match<VagueAmounts.Amount> vm = new PhraseTrie.Match<>();
  private final List<NumeralMention> out = new ArrayList<>();

  // chunk cache (whitespace-delimited run around a digit token)
  private int chunkStart = -1;
  private int chunkEnd = -1;
  private NumeralLabel chunkLabel;

  // result of compound()
  private BigDecimal value;
  private boolean sawWords;
  private boolean sawDigits;
  private int wordCount;
  private Type lastType;

  /** A scan over tokens already made, so that one tokenization serves numerals and quantities. */
  Scan(NumeralRecognizer r, Source src, Tokens tokens) {
    this.r = r;
    this.src = src;
    this.s = src.s;
    this.n = src.n;
    this.tk = tokens;
    this.entries = tk.entries;
    this.prefixes = tk.prefixes;
  }

  List<NumeralMention> run() {
    int i = 0;
    while (i < tk.size) {
      int next;
      if (tk.kind[i] == Tokens.NUM) {
        next = digitsAt(i);
      } else if (tk.kind[i] == Tokens.WORD) {
        next = r.readsEveryWord() || mayStartNumeral(i) ? wordAt(i) : i + 1;
      } else {
        next = i + 1;
      }
      i = Math.max(next, i + 1);
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- lexicon lookups

  /**
   * Whether a numeral may start at word token {@code i}: the word, or what is left of it after a
   * proclitic the scan reads off, is in the recognizer's {@link NumeralRecognizer#starters()}, or
   * letters follow it with no space (a word split after a ta marbuta, where a vague phrase could
   * run on). For any other word, {@link #wordAt} finds nothing; this decides it with one hash of
   * the word instead of its trie walks.
   */
  private boolean mayStartNumeral(int i) {
    int st = tk.start[i];
    int en = tk.end[i];
    if (en < n && Tokens.isLetter(s[en])) {
      return true;
    }
    // the shape of the word and of what a proclitic leaves, before any hash
    int offsets = r.mayBeStarter(s, st, en) ? 1 : 0;
    if (procliticPrefix(st, en, 1) && r.mayBeStarter(s, st + 1, en)) {
      offsets |= 2;
    }
    if (procliticPrefix(st, en, 2) && r.mayBeStarter(s, st + 2, en)) {
      offsets |= 4;
    }
    return offsets != 0 && r.starters().getStems(s, st, en, offsets) != 0;
  }

  /** The number-word entry of a token, proclitics read off; null if none. */
  Entry entry(int i) {
    if (i < 0 || i >= tk.size || tk.kind[i] != Tokens.WORD) {
      return null;
    }
    Entry e = entries[i];
    if (e == null) {
      e = lookupEntry(i);
      entries[i] = e == null ? NONE : e;
      return e;
    }
    return e == NONE ? null : e;
  }

  private Entry lookupEntry(int i) {
    int st = tk.start[i];
    int en = tk.end[i];
    PhraseTrie<Entry> trie = r.words().trie;
    // «وأحد» is و + أحد (one of), not واحد: a hamza on the alef after و marks the proclitic
    int from = 0;
    if (en - st > 2 && s[st] == 'و' && s[st + 1] == 'ا') {
      char o = src.originalChar(st + 1);
      if (o == 'أ' || o == 'إ' || o == 'آ') {
        from = 1;
      }
    }
    for (int p = from; p <= 2; p++) {
      if (p > 0 && !procliticPrefix(st, en, p)) {
        continue;
      }
      if (trie.longest(s, st + p, en, wm) && wm.end == en) {
        prefixes[i] = (byte) p;
        return wm.value;
      }
    }
    return null;
  }

  /** Whether the first {@code p} letters of a word are proclitics that may be read off. */
  boolean procliticPrefix(int st, int en, int p) {
    int rest = en - st - p;
    if (rest < 2) {
      return false;
    }
    char a = s[st];
    if (p == 1) {
      return (a == 'و' && rest >= 2) || (rest >= 3 && (a == 'ف' || a == 'ب' || a == 'ل'));
    }
    char b = s[st + 1];
    return p == 2 && rest >= 3 && (a == 'و' || a == 'ف') && (b == 'ب' || b == 'ل');
  }

  Type type(int i) {
    Entry e = entry(i);
    return e == null ? null : e.type;
  }

  /** The cue mask of the longest cue phrase that starts at token {@code i}; sets cm.end. */
  int cueAt(PhraseTrie<Integer> trie, int i) {
    if (i < 0 || i >= tk.size) {
      return 0;
    }
    if (trie != r.cues().trie) {
      return lookUpCue(trie, i);
    }
    // the label cues of a token are asked for again and again by the numerals around it
    if (tk.cueEnd[i] == 0) {
      int mask = lookUpCue(trie, i);
      tk.cueMask[i] = mask;
      tk.cueEnd[i] = cm.end + 2; // 0 stands for not looked up, 1 for no match (end -1)
      return mask;
    }
    cm.end = tk.cueEnd[i] - 2;
    return tk.cueMask[i];
  }

  private int lookUpCue(PhraseTrie<Integer> trie, int i) {
    int st = tk.start[i];
    int en = tk.end[i];
    int best = 0;
    int bestEnd = -1;
    for (int p = 0; p <= 2; p++) {
      if (p > 0 && (tk.kind[i] != Tokens.WORD || !procliticPrefix(st, en, p))) {
        continue;
      }
      if (trie.longest(s, st + p, n, cm) && cm.end > bestEnd) {
        best = cm.value;
        bestEnd = cm.end;
      }
    }
    cm.end = bestEnd;
    return best;
  }

  /** The cues of phrases that end exactly at the end of token {@code last}. */
  int cueBefore(PhraseTrie<Integer> trie, int last) {
    if (last < 0) {
      return 0;
    }
    int mask = 0;
    int end = tk.end[last];
    for (int k = last; k >= 0 && k > last - 5; k--) {
      int m = cueAt(trie, k);
      if (m != 0 && cm.end == end) {
        mask |= m;
      }
      if (k < last && tk.newlineBefore(k + 1)) {
        break;
      }
    }
    return mask;
  }

  int cueAfter(int first) {
    return cueAt(r.cues().trie, first);
  }

  boolean isDefiniteWord(int i) {
    if (!tk.isArabicWord(i) || tk.length(i) <= 2 || s[tk.start[i]] != 'ا' || s[tk.start[i] + 1] != 'ل') {
      return false;
    }
    // آليات is no article: the alef of ال is a bare alef (or a wasla) in the original
    char orig = src.originalChar(tk.start[i]);
    return orig == 'ا' || orig == '\u0671';
  }

  boolean isArticle(int i) {
    return tk.isWord(i) && (tk.equalsText(i, "ال") || tk.equalsText(i, "the"));
  }

  // ---------------------------------------------------------------- words

  private int wordAt(int i) {
    Entry e = entry(i);
    if (e == null) {
      return vagueAt(i);
    }
    switch (e.type) {
      case ORDINAL -> {
        int end = type(i + 1) == Type.TEN_MARK && prefixes[i + 1] == 0 ? i + 2 : i + 1;
        if (isAgeOrdinal(i, end)) {
          BigDecimal v = end == i + 2 ? e.value.add(BigDecimal.TEN) : e.value;
          add(tk.start[i] + prefixes[i], tk.end[end - 1], v, null, null, NumeralForm.WORDS, NumeralLabel.AGE);
        }
        return end;
      }
      case UNIT, TEN_MARK -> {
        if (e.teenOnly && type(i + 1) != Type.TEN_MARK) {
          return vagueAt(i);
        }
        if (e.fraction != null && isDefiniteWord(i + 1) && !tk.newlineBefore(i + 1)) {
          emit(i, i + 1, e.fraction, NumeralForm.WORDS, -1);
          return i + 1;
        }
      }
      case FRACTION -> {
        if (e.definiteOnly && !isDefiniteWord(i + 1)) {
          return vagueAt(i);
        }
      }
      case ARTICLE -> {
        Type t = type(i + 1);
        if (t != Type.HUNDRED && t != Type.SCALE || prefixes[i + 1] != 0) {
          return vagueAt(i);
        }
      }
      case NEGATIVE -> {
        Type t = type(i + 1);
        if (t == null && !tk.isNum(i + 1)) {
          return vagueAt(i);
        }
      }
      case VALUE, TENS, HUNDRED, HUNDREDS, SCALE, SCALE_DUAL -> { }
      default -> {
        return vagueAt(i);
      }
    }
    int end = compound(i, null, -1);
    if (end < 0) {
      return vagueAt(i);
    }
    // a lone 1 after «أي»/«any» is a pronoun; a lone unit word before digits is a verb (تسع 500)
    if (wordCount == 1 && !sawDigits) {
      if (value.compareTo(BigDecimal.ONE) == 0 && type(i - 1) == Type.PRONOUN_CUE) {
        return end;
      }
      if ((lastType == Type.UNIT || lastType == Type.TENS) && tk.isNum(end) && !tk.newlineBefore(end)) {
        return end;
      }
    }
    emit(i, end, value, sawDigits ? NumeralForm.MIXED : NumeralForm.WORDS, -1);
    return end;
  }

  /**
   * Whether the ordinal over tokens {@code [i, end)} tells an age: feminine and definite (العاشرة،
   * الثالثة عشرة, the years left unsaid), after في and an age holder (طفل في العاشرة), or before
   * an age phrase (في الثالثة عشرة من عمره).
   */
  private boolean isAgeOrdinal(int i, int end) {
    int st = tk.start[i] + prefixes[i];
    int en = tk.end[i];
    if (en - st < 4 || s[st] != 'ا' || s[st + 1] != 'ل' || s[en - 1] != 'ه') {
      return false;
    }
    if (end < tk.size && !tk.newlineBefore(end) && (cueAt(r.cues().trie, end) & NumeralRecognizer.AGE_A) != 0) {
      return true;
    }
    return prefixes[i] == 0 && tk.isWord(i - 1) && tk.equalsText(i - 1, "في") && !tk.newlineBefore(i)
        && (cueBefore(r.cues().trie, i - 2) & NumeralRecognizer.AGE_HOLDER) != 0;
  }

  private int vagueAt(int i) {
    PhraseTrie<VagueAmounts.Amount> trie = r.vague().trie();
    int st = tk.start[i];
    int en = tk.end[i];
    for (int p = 0; p <= 2; p++) {
      if (p > 0 && !procliticPrefix(st, en, p)) {
        continue;
      }
      if (trie.longest(s, st + p, n, vm)) {
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
        }
        NumeralLabel label = label(i, endTok, null, false, 0);
        add(ns, ne, null, low, high, NumeralForm.VAGUE, label);
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
    if (i >= tk.size || tk.kind[i] != Tokens.WORD || tk.newlineBefore(i)) {
      return 0;
    }
    Entry e = entry(i);
    if (e != null) {
      if (prefixes[i] != 0 || e.value == null || e.value.compareTo(BigDecimal.valueOf(100)) < 0
          || e.value.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0
          || e.type != Type.HUNDRED && e.type != Type.SCALE && e.type != Type.SCALE_PLURAL) {
        return 0;
      }
      return e.value.longValueExact();
    }
    PhraseTrie<VagueAmounts.Amount> trie = r.vague().trie();
    // vm is free again: vagueAt has read the amount before it asks for the scale
    if (!trie.longest(s, tk.start[i], n, vm) || vm.end != tk.end[i]) {
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

  // ---------------------------------------------------------------- digits

  private int digitsAt(int i) {
    DigitRun run = tk.runs[i];
    NumeralLabel chunk = chunkLabel(i);
    if (chunk != null) {
      if (run.value != null) {
        add(tk.start[i], run.end, run.value, null, null, NumeralForm.DIGITS, chunk);
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
      int m = cueAfter(after);
      NumeralLabel l = (m & NumeralRecognizer.ORD_SUF) != 0 && cm.end == tk.end[after] ? NumeralLabel.ORDINAL
          : (m & NumeralRecognizer.TIME_A) != 0 ? NumeralLabel.TIME
          : (m & NumeralRecognizer.MEAS_A) != 0 ? NumeralLabel.MEASURE
          : (m & NumeralRecognizer.MONEY_A) != 0 ? NumeralLabel.MONEY : null;
      if (l == null || run.value == null) {
        return skipIdentifier(i);
      }
      add(tk.start[i], run.end, run.value, null, null, NumeralForm.DIGITS, l);
      return after + 1;
    }
    int st = tk.start[i];
    // sign and leading decimal point
    boolean negative = false;
    if (i > 0 && !tk.spaceBefore(i) && (tk.isPunct(i - 1, '-') || tk.isPunct(i - 1, '+') || tk.isPunct(i - 1, '.'))
        && (i - 1 == 0 || tk.spaceBefore(i - 1) || tk.kind[i - 2] == Tokens.PUNCT && !tk.isPunct(i - 2, '.'))) {
      char sign = tk.first(i - 1);
      if (sign == '+') {
        return phone(i - 1, i);
      }
      if (sign == '.') {
        if (run.kind == DigitRun.Kind.PLAIN) {
          BigDecimal v = new BigDecimal("0." + src.substring(tk.start[i], run.end));
          add(tk.start[i - 1], run.end, v, null, null, NumeralForm.DIGITS, label(i - 1, i + 1, v, true, 0));
        }
        return i + 1;
      }
      negative = true;
      st = tk.start[i - 1];
    }
    switch (run.kind) {
      case TIME -> {
        add(st, run.end, run.value, null, null, NumeralForm.DIGITS, NumeralLabel.TIME);
        return i + 1;
      }
      case DATE -> {
        add(st, run.end, run.value, null, null, NumeralForm.DIGITS, NumeralLabel.DATE);
        return i + 1;
      }
      case IDENT -> {
        add(st, run.end, run.value, null, null, NumeralForm.DIGITS, NumeralLabel.PHONE);
        return i + 1;
      }
      case PLAIN -> {
        if (run.intDigits >= 11 || run.leadingZero && run.intDigits >= 6) {
          add(st, run.end, run.value, null, null, NumeralForm.DIGITS, NumeralLabel.PHONE);
          return i + 1;
        }
      }
      default -> { }
    }
    // space-grouped thousands: 1 000 000
    BigDecimal v = run.value;
    int next = i + 1;
    BigDecimal egyptian = egyptianDecimal(i);
    if (egyptian != null) {
      v = egyptian;
      next = i + 3;
    }
    if (egyptian == null && run.kind == DigitRun.Kind.PLAIN && run.intDigits <= 3 && !run.leadingZero) {
      while (tk.isNum(next) && tk.start[next] == tk.end[next - 1] + 1 && s[tk.end[next - 1]] == ' '
          && tk.runs[next].kind == DigitRun.Kind.PLAIN && tk.runs[next].intDigits == 3
          && !(tk.isWord(next + 1) && !tk.spaceBefore(next + 1) && tk.isLatinWord(next + 1))) {
        v = v.multiply(THOUSAND).add(tk.runs[next].value);
        next++;
      }
    }
    int end;
    if (run.kind == DigitRun.Kind.FRACTION) {
      end = i + 1;
      value = v;
      sawWords = false;
      sawDigits = true;
    } else {
      end = compound(i, v, next);
    }
    BigDecimal val = negative ? value.negate() : value;
    emit(i, end, val, sawWords ? NumeralForm.MIXED : NumeralForm.DIGITS, negative ? st : -1);
    return end;
  }

  /**
   * The Egyptian press's decimal written with ر between the fraction and the whole part, the
   * fraction first in the text: «6ر20%» is 20.6, «999ر51 مليار» is 51.999, «02ر2» is 2.02.
   *
   * @return the value of tokens {@code i, i+1, i+2}, or null if they are not such a decimal
   */
  private BigDecimal egyptianDecimal(int i) {
    int r = i + 1;
    int w = i + 2;
    if (!tk.isWord(r) || tk.spaceBefore(r) || !tk.equalsText(r, "ر") || !tk.isNum(w) || tk.spaceBefore(w)) {
      return null;
    }
    DigitRun frac = tk.runs[i];
    DigitRun whole = tk.runs[w];
    if (frac.kind != DigitRun.Kind.PLAIN || whole.kind != DigitRun.Kind.PLAIN || frac.intDigits > 6
        || whole.intDigits > 15 || frac.end != tk.end[i] || whole.end != tk.end[w]) {
      return null;
    }
    return new BigDecimal(src.substring(tk.start[w], tk.end[w]) + "." + src.substring(tk.start[i], tk.end[i]));
  }

  private int skipIdentifier(int i) {
    int j = i + 1;
    while (j < tk.size && !tk.spaceBefore(j) && (tk.kind[j] == Tokens.NUM || tk.isLatinWord(j))) {
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
      add(tk.start[plus], tk.end[j - 1], run.value, null, null, NumeralForm.DIGITS, NumeralLabel.PHONE);
    }
    return j;
  }

  /** URL, EMAIL or HASHTAG when the digit token sits in such a whitespace-delimited chunk. */
  private NumeralLabel chunkLabel(int i) {
    int p = tk.start[i];
    if (p >= chunkStart && p < chunkEnd) {
      return chunkLabel;
    }
    int a = p;
    while (a > 0 && !Character.isWhitespace(s[a - 1])) {
      a--;
    }
    int b = p;
    while (b < n && !Character.isWhitespace(s[b])) {
      b++;
    }
    chunkStart = a;
    chunkEnd = b;
    NumeralLabel l = null;
    char c0 = s[a];
    if (c0 == '#' || c0 == '@') {
      l = NumeralLabel.HASHTAG;
    } else if (has(a, b, "://") || has(a, b, "www.") || has(a, b, ".com") || has(a, b, ".org")
        || has(a, b, ".net") || has(a, b, ".gov") || has(a, b, ".html") || has(a, b, ".ly/")) {
      l = NumeralLabel.URL;
    } else if (has(a, b, "@")) {
      l = NumeralLabel.EMAIL;
    }
    chunkLabel = l;
    return l;
  }

  private boolean has(int a, int b, String needle) {
    int n = needle.length();
    outer:
    for (int i = a; i + n <= b; i++) {
      for (int k = 0; k < n; k++) {
        if (s[i + k] != needle.charAt(k)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- compound numerals

  /**
   * Reads a compound numeral from token {@code t0}. With {@code digits} given, the numeral starts
   * with that digit value and the next token to read is {@code next}.
   *
   * @return the end token (exclusive), or -1; the value is in {@link #value}
   */
  private int compound(int t0, BigDecimal digits, int next) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal cur = BigDecimal.ZERO;
    boolean hasUnit = false;
    boolean hasTens = false;
    boolean hasTeen = false;
    boolean hasHundreds = false;
    boolean curDigits = false;
    boolean curEmpty = true;
    BigDecimal lastScale = null;
    int lastUnitTok = -1;
    boolean negative = false;
    boolean article = false;
    boolean pending = false;
    boolean accepted = false;
    boolean stop = false;
    sawWords = false;
    sawDigits = false;
    wordCount = 0;
    lastType = null;
    int end = -1;
    int i = t0;
    if (digits != null) {
      cur = digits;
      curDigits = true;
      curEmpty = false;
      accepted = true;
      sawDigits = true;
      end = next;
      i = next;
    }
    while (i < tk.size && !stop) {
      if (i > t0 && tk.newlineBefore(i)) {
        break;
      }
      byte kind = tk.kind[i];
      if (kind == Tokens.NUM) {
        DigitRun run = tk.runs[i];
        boolean plainish = run.kind == DigitRun.Kind.PLAIN || run.kind == DigitRun.Kind.GROUPED;
        if (!accepted && !article && (plainish || run.kind == DigitRun.Kind.DECIMAL)) {
          // after a negative word: سالب 5
          cur = run.value;
          curDigits = true;
          curEmpty = false;
        } else if (pending && plainish && curEmpty && lastScale != null && total.signum() > 0
            && run.value.compareTo(lastScale) < 0 && chunkLabel(i) == null) {
          cur = run.value;
          curDigits = true;
          curEmpty = false;
        } else {
          break;
        }
        sawDigits = true;
        accepted = true;
        pending = false;
        end = i + 1;
        i++;
        continue;
      }
      if (kind == Tokens.PUNCT) {
        // twenty-five
        if (accepted && !pending && tk.isPunct(i, '-') && i + 1 < tk.size && !tk.spaceBefore(i)
            && !tk.spaceBefore(i + 1)
            && lastType == Type.TENS && type(i + 1) == Type.UNIT && tk.isLatinWord(i + 1)) {
          pending = true;
          i++;
          continue;
        }
        break;
      }
      Entry e = entry(i);
      if (e == null) {
        break;
      }
      int p = prefixes[i];
      boolean waw = p > 0 && s[tk.start[i]] == 'و';
      if (accepted && p > 0 && !waw) {
        break;
      }
      if (p > 1 && accepted) {
        break;
      }
      if (e.type == Type.CONNECTOR) {
        if (accepted && !pending) {
          pending = true;
          i++;
          continue;
        }
        break;
      }
      boolean conn = pending || (accepted && waw);
      if (pending && waw) {
        break;
      }
      BigDecimal v = e.value;
      switch (e.type) {
        case NEGATIVE -> {
          if (accepted || negative) {
            stop = true;
            continue;
          }
          negative = true;
          i++;
          continue;
        }
        case ARTICLE -> {
          if (accepted || article) {
            stop = true;
            continue;
          }
          article = true;
          i++;
          continue;
        }
        case UNIT -> {
          if (hasUnit || hasTeen || curDigits || article) {
            stop = true;
            continue;
          }
          if (e.teenOnly && type(i + 1) != Type.TEN_MARK) {
            stop = true;
            continue;
          }
          if (accepted && !conn && !hasHundreds && !hasTens && !curEmpty) {
            stop = true;
            continue;
          }
          cur = cur.add(v);
          hasUnit = true;
          curEmpty = false;
          lastUnitTok = i;
        }
        case TEN_MARK -> {
          if (hasUnit && lastUnitTok == i - 1 && !conn && !hasTens && !hasTeen) {
            cur = cur.add(v);
            hasTeen = true;
          } else if (!hasUnit && !hasTens && !hasTeen && !curDigits && (!accepted || conn || curEmpty)) {
            cur = cur.add(v);
            hasTeen = true;
            curEmpty = false;
          } else {
            stop = true;
            continue;
          }
        }
        case VALUE -> {
          if (hasUnit || hasTens || hasTeen || curDigits || accepted && !conn && !hasHundreds && !curEmpty) {
            stop = true;
            continue;
          }
          cur = cur.add(v);
          hasTeen = true;
          curEmpty = false;
        }
        case TENS -> {
          if (hasTens || hasTeen || curDigits || hasUnit && !conn) {
            stop = true;
            continue;
          }
          cur = cur.add(v);
          hasTens = true;
          curEmpty = false;
        }
        case HUNDRED -> {
          if (!conn && !curEmpty && !hasHundreds && !hasTens && !hasTeen
              && (hasUnit && lastUnitTok == i - 1 || curDigits && cur.compareTo(THOUSAND) < 0)) {
            cur = cur.multiply(v);
            hasUnit = false;
            curDigits = false;
            hasHundreds = true;
          } else if (curEmpty) {
            cur = v;
            hasHundreds = true;
            curEmpty = false;
          } else {
            stop = true;
            continue;
          }
        }
        case HUNDREDS -> {
          if (!curEmpty) {
            stop = true;
            continue;
          }
          cur = v;
          hasHundreds = true;
          curEmpty = false;
        }
        case SCALE, SCALE_DUAL, SCALE_PLURAL -> {
          BigDecimal m;
          if (e.type == Type.SCALE) {
            if (conn && !curEmpty) {
              stop = true;
              continue;
            }
            m = curEmpty ? BigDecimal.ONE : cur;
          } else if (e.type == Type.SCALE_DUAL) {
            if (!curEmpty) {
              stop = true;
              continue;
            }
            m = BigDecimal.valueOf(2);
          } else {
            if (curEmpty || conn) {
              stop = true;
              continue;
            }
            m = cur;
          }
          if (lastScale == null || v.compareTo(lastScale) < 0) {
            BigDecimal add = m.multiply(v);
            if (total.add(add).compareTo(BIG) > 0) {
              stop = true;
              continue;
            }
            total = total.add(add);
          } else if (e.type == Type.SCALE && curEmpty && !conn && total.signum() > 0) {
            BigDecimal t = total.multiply(v);
            if (t.compareTo(BIG) > 0) {
              stop = true;
              continue;
            }
            total = t;
          } else {
            stop = true;
            continue;
          }
          lastScale = v;
          cur = BigDecimal.ZERO;
          curEmpty = true;
          hasUnit = hasTens = hasTeen = hasHundreds = curDigits = false;
          article = false;
        }
        case FRACTION -> {
          if (!accepted && !negative) {
            cur = v;
            curEmpty = false;
          } else if (conn && total.add(cur).signum() > 0) {
            cur = cur.add(v);
          } else {
            stop = true;
            continue;
          }
          stop = true;
        }
        case FRACTION_PLURAL -> {
          if (!accepted || conn || article) {
            stop = true;
            continue;
          }
          cur = NumeralRecognizer.divide(total.add(cur), v);
          total = BigDecimal.ZERO;
          stop = true;
        }
        case POINT -> {
          if (!accepted || conn || article) {
            stop = true;
            continue;
          }
          int fracTok = i + 1;
          BigDecimal whole = total.add(cur);
          boolean sw = sawWords;
          boolean sd = sawDigits;
          int fracEnd;
          BigDecimal frac;
          int places;
          if (tk.isNum(fracTok) && tk.runs[fracTok].kind == DigitRun.Kind.PLAIN) {
            frac = tk.runs[fracTok].value;
            places = tk.runs[fracTok].intDigits;
            fracEnd = fracTok + 1;
            sd = true;
          } else if (entry(fracTok) != null && prefixes[fracTok] == 0 && entry(fracTok).type != Type.POINT) {
            fracEnd = compound(fracTok, null, -1);
            if (fracEnd < 0 || !NumeralRecognizer.isWhole(value) || value.signum() < 0) {
              value = whole;
              stop = true;
              continue;
            }
            frac = value;
            places = frac.toBigInteger().toString().length();
            sw = true;
          } else {
            stop = true;
            continue;
          }
          value = whole.add(frac.movePointLeft(places));
          if (negative) {
            value = value.negate();
          }
          sawWords = true;
          sawDigits = sd;
          wordCount = 2;
          lastType = Type.POINT;
          return fracEnd;
        }
        default -> {
          stop = true;
          continue;
        }
      }
      accepted = true;
      pending = false;
      sawWords = true;
      wordCount++;
      lastType = e.type;
      end = i + 1;
      i++;
    }
    if (!accepted || article && !sawDigits && total.signum() == 0 && lastType != Type.HUNDRED) {
      return -1;
    }
    BigDecimal v = total.add(cur);
    // a fraction written with على or واحد من: واحد من ثلاثة، مائة على خمسة وثلاثون
    if (sawWords && !sawDigits && end < tk.size && !tk.newlineBefore(end)) {
      Type t = type(end);
      if ((t == Type.FRACTION_CONNECTOR || t == Type.FRACTION_OF_ONE && v.compareTo(BigDecimal.ONE) == 0)
          && prefixes[end] == 0 && entry(end + 1) != null && prefixes[end + 1] == 0) {
        Type nt = type(end + 1);
        if (nt == Type.UNIT || nt == Type.TEN_MARK || nt == Type.TENS || nt == Type.HUNDRED
            || nt == Type.HUNDREDS || nt == Type.SCALE || nt == Type.VALUE) {
          int keepCount = wordCount;
          int e2 = compound(end + 1, null, -1);
          if (e2 > 0 && !sawDigits && value.signum() != 0) {
            v = NumeralRecognizer.divide(v, value);
            end = e2;
            wordCount = keepCount + 2;
          }
          sawWords = true;
          sawDigits = false;
        }
      }
    }
    value = negative ? v.negate() : v;
    return end;
  }

  // ---------------------------------------------------------------- labels and output

  private void emit(int startTok, int endTok, BigDecimal v, NumeralForm form, int signStart) {
    int ns = signStart >= 0 ? signStart : tk.start[startTok] + prefixes[startTok];
    int ne = tk.end[endTok - 1];
    NumeralLabel label = label(startTok, endTok, v, form == NumeralForm.DIGITS, digitsIn(startTok, endTok));
    add(ns, ne, v, null, null, form, label);
  }

  private int digitsIn(int a, int b) {
    return b - a == 1 && tk.isNum(a) && tk.runs[a].kind == DigitRun.Kind.PLAIN ? tk.runs[a].intDigits : 0;
  }

  private void add(int ns, int ne, BigDecimal v, Long low, Long high, NumeralForm form, NumeralLabel label) {
    Span orig = src.toOriginal(ns, ne);
    out.add(new NumeralMention(orig, new Span(ns, ne), orig.of(src.original), v, low, high, form, label));
  }

  /**
   * What a numeral over tokens {@code [a, b)} is.
   *
   * @param v          its value, null when vague
   * @param digitsOnly whether it is written in digits only
   * @param plainDigits the number of digits when it is one run without separators, else 0
   */
  NumeralLabel label(int a, int b, BigDecimal v, boolean digitsOnly, int plainDigits) {
    PhraseTrie<Integer> cueTrie = r.cues().trie;
    int after = cueAt(cueTrie, b);
    if (b < tk.size && tk.newlineBefore(b)) {
      after = 0;
    }
    int before = a - 1;
    if (isArticle(before)) {
      before--;
    }
    boolean paren = tk.isPunct(before, '(');
    if (paren || tk.isPunct(before, '"')) {
      before--;
    }
    int beforeMask = a > 0 && !tk.newlineBefore(a) ? cueBefore(cueTrie, before) : 0;
    beforeMask &= ~(NumeralRecognizer.NOT_NOUN | NumeralRecognizer.AGE_HOLDER | NumeralRecognizer.YEAR_A);
    if (beforeMask == 0 && a > 0 && !tk.newlineBefore(a)) {
      beforeMask = rangeAgeMask(before);
    }
    if (beforeMask == 0 && tk.isPunct(before, '.') && !tk.spaceBefore(before)) {
      // an abbreviated month: Jan. 6
      beforeMask = cueBefore(cueTrie, before - 1) & NumeralRecognizer.MONTH;
    }
    if ((after & NumeralRecognizer.PCT_A) != 0) {
      return NumeralLabel.PERCENT;
    }
    if ((beforeMask & NumeralRecognizer.MONEY_B) != 0 || (after & NumeralRecognizer.MONEY_A) != 0) {
      return NumeralLabel.MONEY;
    }
    if ((after & NumeralRecognizer.MEAS_A) != 0) {
      return NumeralLabel.MEASURE;
    }
    boolean whole = v != null && NumeralRecognizer.isWhole(v);
    boolean yearLike = whole && v.compareTo(BigDecimal.valueOf(1000)) >= 0 && v.compareTo(BigDecimal.valueOf(2100)) <= 0;
    boolean dayLike = v != null && v.signum() > 0 && v.compareTo(BigDecimal.valueOf(31)) <= 0;
    if ((after & NumeralRecognizer.TIME_A) != 0
        || (beforeMask & NumeralRecognizer.TIME_B) != 0 && v != null && v.compareTo(BigDecimal.valueOf(25)) < 0) {
      return NumeralLabel.TIME;
    }
    if (yearLike && (beforeMask & NumeralRecognizer.YEAR_B) != 0) {
      return NumeralLabel.YEAR;
    }
    if ((beforeMask & NumeralRecognizer.MONTH) != 0) {
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
    if ((after & NumeralRecognizer.DUR_A) != 0) {
      return paren || (beforeMask & NumeralRecognizer.AGE_B) != 0 ? NumeralLabel.AGE : NumeralLabel.DURATION;
    }
    if ((after & NumeralRecognizer.AGE_A) != 0 || (beforeMask & NumeralRecognizer.AGE_B) != 0 && whole
        && v.compareTo(BigDecimal.valueOf(130)) < 0) {
      return NumeralLabel.AGE;
    }
    if ((beforeMask & NumeralRecognizer.REF_B) != 0) {
      return NumeralLabel.REFERENCE;
    }
    if (digitsOnly && plainDigits == 4 && isYearFigure(v)) {
      return yearOrCount(a, b, beforeMask, after);
    }
    return NumeralLabel.COUNT;
  }

  /**
   * The ends of a range of ages are ages: after a range opener, the age words before it
   * («أعمارهم ما بين 14»); after a joiner, those of the first end («14 و 17 عاما»).
   *
   * @param k the token right before the numeral
   * @return {@link NumeralRecognizer#AGE_B} or 0
   */
  private int rangeAgeMask(int k) {
    if (!tk.isWord(k) && !tk.isPunct(k, '-')) {
      return 0;
    }
    if (tk.equalsText(k, "بين") || tk.equalsText(k, "مابين") || tk.equalsText(k, "between")
        || tk.equalsText(k, "من") || tk.equalsText(k, "from")) {
      int o = tk.isWord(k - 1) && tk.equalsText(k - 1, "ما") ? k - 2 : k - 1;
      return k > 0 && !tk.newlineBefore(k) ? cueBefore(r.cues().trie, o) & NumeralRecognizer.AGE_B : 0;
    }
    if (isYearJoiner(k) && !tk.isPunct(k, '/') && !out.isEmpty() && k > 0 && !tk.newlineBefore(k)) {
      NumeralMention last = out.get(out.size() - 1);
      if (last.label() == NumeralLabel.AGE && last.normalized().end() == tk.end[k - 1]) {
        return NumeralRecognizer.AGE_B;
      }
    }
    return 0;
  }

  private boolean isMonthNumber(int i) {
    return tk.isNum(i) && tk.runs[i].kind == DigitRun.Kind.PLAIN && tk.runs[i].value.signum() > 0
        && tk.runs[i].value.compareTo(BigDecimal.valueOf(12)) <= 0;
  }

  private static boolean isYearFigure(BigDecimal v) {
    return v != null && NumeralRecognizer.isWhole(v) && v.compareTo(BigDecimal.valueOf(1800)) >= 0
        && v.compareTo(BigDecimal.valueOf(2100)) <= 0;
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
    boolean preposition = (beforeMask & NumeralRecognizer.YEAR_PREP_B) != 0;
    if (a > 0 && (cueBefore(r.bounds().trie, a - 1) & NumeralRecognizer.ANY_BOUND_BEFORE) != 0) {
      // «حتى» bounds a count (حتى 2000 شخص) and ends a span of time (حتى 2005،)
      return preposition && !noun ? NumeralLabel.YEAR : NumeralLabel.COUNT;
    }
    if ((after & NumeralRecognizer.YEAR_A) != 0) {
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
    if (!tk.isArabicWord(b) || tk.newlineBefore(b) || isDefiniteWord(b) || tk.length(b) < 2) {
      return false;
    }
    int m = cueAt(r.cues().trie, b);
    if ((m & (NumeralRecognizer.NOT_NOUN | NumeralRecognizer.YEAR_A | NumeralRecognizer.MONTH)) != 0
        && cm.end == tk.end[b]) {
      return false;
    }
    // a proclitic و or ف glued to a verb or a particle (وقال، فيما) opens a new clause; ب or ل
    // with the article (بالتكليف، للغة) is a prepositional phrase, not the counted noun
    char c = s[tk.start[b]];
    if ((c == 'ب' || c == 'ل') && tk.length(b) > 4 && s[tk.start[b] + 1] == 'ا'
        && s[tk.start[b] + 2] == 'ل' || c == 'ل' && tk.length(b) > 3 && s[tk.start[b] + 1] == 'ل') {
      return false;
    }
    return !(c == 'و' || c == 'ف') || entry(b) != null;
  }

  /** «2011-2012», «2011 و2012», «2011 إلى 2013»: two year figures joined, the second the later. */
  private boolean inRangeOfYears(int a, int b) {
    BigDecimal v = tk.runs[a].value;
    int next = yearJoinedAfter(b);
    if (next >= 0 && tk.runs[next].value.compareTo(v) > 0 && !countedNounAt(next + 1)) {
      return true;
    }
    int prev = yearJoinedBefore(a);
    if (prev >= 0 && tk.runs[prev].value.compareTo(v) < 0 && !out.isEmpty()) {
      NumeralMention last = out.get(out.size() - 1);
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

  private boolean isYearJoiner(int j) {
    return tk.isPunct(j, '-') || tk.isPunct(j, '\u2013') || tk.isPunct(j, '/')
        || tk.isWord(j) && (tk.equalsText(j, "و") || tk.equalsText(j, "الي") || tk.equalsText(j, "حتي")
            || tk.equalsText(j, "والي") || tk.equalsText(j, "وحتي") || tk.equalsText(j, "to")
            || tk.equalsText(j, "and") || tk.equalsText(j, "until"));
  }

  /** Whether a month name follows within a date phrase: الـ 5 إلى الـ 19 من كانون الثاني. */
  private boolean monthFollows(int b) {
    PhraseTrie<Integer> cueTrie = r.cues().trie;
    for (int k = b; k < tk.size && k < b + 8; k++) {
      if (tk.newlineBefore(k)) {
        return false;
      }
      if ((cueAt(cueTrie, k) & NumeralRecognizer.MONTH) != 0) {
        return true;
      }
      if (tk.kind[k] == Tokens.PUNCT) {
        char c = tk.first(k);
        if (c != '-' && c != '/' && c != ',') {
          return false;
        }
      } else if (tk.kind[k] == Tokens.NUM) {
        BigDecimal v = tk.runs[k].value;
        if (v == null || v.compareTo(BigDecimal.valueOf(31)) > 0) {
          return false;
        }
      } else if (!(tk.equalsText(k, "من") || tk.equalsText(k, "الي") || tk.equalsText(k, "حتي")
          || tk.equalsText(k, "و") || tk.equalsText(k, "ال") || tk.equalsText(k, "of") || tk.equalsText(k, "to")
          || tk.equalsText(k, "and") || tk.equalsText(k, "the"))) {
        return false;
      }
    }
    return false;
  }
}
