package io.github.countercheck.claims.numbers;

import io.github.countercheck.claims.numbers.NumberWords.Entry;
import io.github.countercheck.claims.numbers.NumberWords.Type;
import io.github.countercheck.core.internal.CharClass;
import io.github.countercheck.core.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a {@link NumeralRecognizer} over one text: the mutable state of a single call, and
 * the view of the tokens its readers share (the number-word entry and the label cues of a token,
 * looked up once and kept, and the mentions found so far). The run hands each token to the
 * reader of its kind: {@link DigitReader} for digits, {@link WordReader} for words (which hands
 * compounds to {@link CompoundReader}); both name what they found with the {@link Labeller}.
 */
final class Scan {
  private static final Entry NONE = new Entry(Type.CONNECTOR, BigDecimal.ZERO, null, false, false);

  final NumeralRecognizer r;
  final Source src;
  /** The normalized chars, from 0 to {@link #n}. */
  final char[] s;
  final int n;
  final TokenView tk;
  /** The proclitic chars read off each token's entry. */
  final byte[] prefixes;
  /** The match of the last label cue lookup ({@link #cueAt}): its end. */
  final PhraseTrie.Match<Integer> cm = new PhraseTrie.Match<>();
  final List<NumeralMention> out = new ArrayList<>();
  /** The first token and the one after the last of each numeral of {@link #out}. */
  private int[] tokens = new int[8];
  final LabelCues cues;
  final CompoundReader compound;
  final Labeller labeller;
  final DigitReader digits;
  final WordReader words;
  private final Entry[] entries;
  private final PhraseTrie.Match<Entry> wm = new PhraseTrie.Match<>();

  /** A scan over tokens already made, so that one tokenization serves numerals and quantities. */
  Scan(NumeralRecognizer r, Source src, TokenView tokens) {
    this.r = r;
    this.src = src;
    this.s = src.s;
    this.n = src.n;
    this.tk = tokens;
    this.entries = tk.entries;
    this.prefixes = tk.prefixes;
    this.cues = r.cues();
    this.compound = new CompoundReader(this);
    this.labeller = new Labeller(this);
    this.digits = new DigitReader(this);
    this.words = new WordReader(this);
  }

  List<NumeralMention> run() {
    int i = 0;
    while (i < tk.size) {
      int next;
      if (tk.kind[i] == TokenView.NUM) {
        next = digits.at(i);
      } else if (tk.kind[i] == TokenView.WORD) {
        next = r.readsEveryWord() || mayStartNumeral(i) ? words.at(i) : i + 1;
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
   * run on). For any other word, {@link WordReader#at} finds nothing; this decides it with one
   * hash of the word instead of its trie walks.
   */
  private boolean mayStartNumeral(int i) {
    int st = tk.start[i];
    int en = tk.end[i];
    if (en < n && CharClass.isLetter(s[en])) {
      return true;
    }
    // the shape of the word and of what a proclitic leaves, before any hash
    int offsets = r.mayBeStarter(s, st, en) ? 1 : 0;
    int proclitics = tk.proclitics(i);
    if ((proclitics & 2) != 0 && r.mayBeStarter(s, st + 1, en)) {
      offsets |= 2;
    }
    if ((proclitics & 4) != 0 && r.mayBeStarter(s, st + 2, en)) {
      offsets |= 4;
    }
    return offsets != 0 && r.starters().getStems(s, st, en, offsets) != 0;
  }

  /**
   * Whether a number-word entry may be read with the article after a definite noun: a unit or ten
   * of three to ten ({@link #definiteCardinalAt}); its form with the article is a starter.
   */
  static boolean mayBeDefiniteCardinal(Entry e) {
    return (e.type == Type.UNIT || e.type == Type.TEN_MARK) && !e.teenOnly
        && e.value.compareTo(BigDecimal.valueOf(3)) >= 0;
  }

  /**
   * (issue 16) Whether a number-word entry may be read with the article standing alone, before a
   * word of {@code cardinalAloneBefore}: as {@link #mayBeDefiniteCardinal}, and two («الاثنين
   * الآخرين»).
   */
  static boolean mayBeCardinalAlone(Entry e) {
    return mayBeDefiniteCardinal(e) || e.type == Type.UNIT && !e.teenOnly
        && e.value.compareTo(BigDecimal.valueOf(2)) == 0;
  }

  /**
   * (ar29cas) Whether a number-word entry may be read with the article after a word of {@code
   * scaleAloneAfter}: a hundred («المائة، المئة») or a power of ten («الألف، المليون»).
   */
  static boolean mayBeScaleAlone(Entry e) {
    return e.type == Type.HUNDRED || e.type == Type.SCALE;
  }

  /**
   * A cardinal with the article after a definite noun, which it agrees with as an adjective
   * (الجنود الثلاثة، المصابين الأربعة، والرهائن السبعة): a numeral of three to ten, read like the
   * digits in «الجنود الـ3». The article, or و with it, is read off as a proclitic. Two (الاثنين)
   * is left out: it is also Monday. (issue 16) Before a word of {@code cardinalAloneBefore} («الذين،
   * الآخرين، عشر») the cardinal stands alone, with no noun before it, and two is read too: «الثمانية
   * الذين تم القبض عليهم»، «القبض على الاثنين الآخرين». After a word of {@code cardinalAloneAfter}
   * (an event noun: «اعتقال الثلاثة»، «وفاة الثلاثة أشخاص») a cardinal of three to ten stands alone.
   *
   * @return the letters before the number word (ال or وال), or -1 where the word is none
   */
  private int definiteCardinalAt(int i) {
    // read only for a word the starters let through (their forms with the article): cheap tests
    // first
    int st = tk.start[i];
    int en = tk.end[i];
    int len = en - st;
    if (len < 5 || len > 9) {
      return -1; // الخمس .. والثمانية
    }
    int p = s[st] == '\u0648' ? 1 : 0;
    char first = s[st + p + 2];
    if (s[st + p] != '\u0627' || s[st + p + 1] != '\u0644' || first < '\u0600' || first > '\u06FF'
        || !r.mayBeStarter(s, st + p + 2, en)
        || !tk.isArabicWord(i) || src.originalChar(st + p) != '\u0627') {
      return -1;
    }
    // after a definite noun it agrees with it (الجنود الثلاثة); (issue 16) before a relative, «الآخرين»
    // or a teen it stands alone as the count (الثمانية الذين، الاثنين الآخرين، التسعة عشر)
    boolean afterNoun = i > 0 && tk.kind[i - 1] == TokenView.WORD && definiteAfterConjunction(i - 1);
    boolean alone = !afterNoun && cues.cardinalAloneBefore.has(tk, i + 1);
    // (issue 16) right after an event noun it is the event's count: «اعتقال الثلاثة»، «مصرع الأربعة»
    boolean afterCue = !afterNoun && !alone && cues.cardinalAloneAfter.has(tk, i - 1);
    // (ar29cas) a hundred or a thousand after a verb of passing or a toll's plural: «تجاوزت المائة»
    boolean scale = !alone && i > 0 && cues.scaleAloneAfter.has(tk, i - 1);
    if (!afterNoun && !alone && !afterCue && !scale) {
      return -1;
    }
    PhraseTrie<Entry> trie = r.words().trie;
    if (!trie.longest(s, st + p + 2, en, wm) || wm.end != en) {
      return -1;
    }
    if (scale && mayBeScaleAlone(wm.value)) {
      return p + 2;
    }
    return (alone ? mayBeCardinalAlone(wm.value) : mayBeDefiniteCardinal(wm.value)) ? p + 2 : -1;
  }


  /** Whether word token {@code j} has the article, after an optional و, ف, ب or ل. */
  private boolean definiteAfterConjunction(int j) {
    if (isDefiniteWord(j)) {
      return true;
    }
    int st = tk.start[j];
    char c = s[st];
    return tk.length(j) > 3 && (c == '\u0648' || c == '\u0641' || c == '\u0628')
        && s[st + 1] == '\u0627' && s[st + 2] == '\u0644' && src.originalChar(st + 1) == '\u0627'
        || tk.length(j) > 3 && c == '\u0644' && s[st + 1] == '\u0644';
  }

  /** The number-word entry of a token, proclitics read off; null if none. */
  Entry entry(int i) {
    if (i < 0 || i >= tk.size || tk.kind[i] != TokenView.WORD) {
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
    int proclitics = tk.proclitics(i);
    for (int p = from; p <= 2; p++) {
      if ((proclitics & (1 << p)) == 0) {
        continue;
      }
      if (trie.longest(s, st + p, en, wm) && wm.end == en) {
        prefixes[i] = (byte) p;
        return wm.value;
      }
    }
    int article = definiteCardinalAt(i);
    if (article > 0) {
      prefixes[i] = (byte) article; // الجنود الثلاثة
      return wm.value;
    }
    return null;
  }

  Type type(int i) {
    Entry e = entry(i);
    return e == null ? null : e.type;
  }

  /** Whether word token {@code i} carries a proclitic that joins it to the numeral before: و. */
  boolean joinsByProclitic(int i) {
    return prefixes[i] > 0 && r.words().joins(s[tk.start[i]]);
  }

  /** The label cue mask of the longest cue phrase that starts at token {@code i}; sets cm.end. */
  int cueAt(int i) {
    if (i < 0 || i >= tk.size) {
      return 0;
    }
    // the label cues of a token are asked for again and again by the numerals around it
    if (tk.cueEnd[i] == 0) {
      Integer v = QuantityRecognizer.cueAt(s, tk, cues.trie(), i, cm);
      int mask = v == null ? 0 : v;
      if (v == null) {
        cm.end = -1;
      }
      tk.cueMask[i] = mask;
      tk.cueEnd[i] = cm.end + 2; // 0 stands for not looked up, 1 for no match (end -1)
      return mask;
    }
    cm.end = tk.cueEnd[i] - 2;
    return tk.cueMask[i];
  }

  /** The cues of phrases of a trie that end exactly at the end of token {@code last}. */
  int cueBefore(PhraseTrie<Integer> trie, int last) {
    if (last < 0) {
      return 0;
    }
    int mask = 0;
    int end = tk.end[last];
    if (!trie.mayEndAt(s, end)) {
      return 0; // no phrase of the trie ends there, so none of the lookups below would count
    }
    for (int k = last; k >= 0 && k > last - 5; k--) {
      int m = trie == cues.trie() ? cueAt(k) : boundAt(trie, k);
      if (m != 0 && cm.end == end) {
        mask |= m;
      }
      if (k < last && tk.newlineBefore(k + 1)) {
        break;
      }
    }
    return mask;
  }

  /** The label cues of phrases that end exactly at the end of token {@code last}. */
  int cueBefore(int last) {
    return cueBefore(cues.trie(), last);
  }

  private int boundAt(PhraseTrie<Integer> trie, int i) {
    Integer v = QuantityRecognizer.cueAt(s, tk, trie, i, cm);
    if (v == null) {
      cm.end = -1;
      return 0;
    }
    return v;
  }

  boolean isDefiniteWord(int i) {
    if (!tk.isArabicWord(i) || tk.length(i) <= 2 || s[tk.start[i]] != 'ا' || s[tk.start[i] + 1] != 'ل') {
      return false;
    }
    // آليات is no article: the alef of ال is a bare alef (or a wasla) in the original
    char orig = src.originalChar(tk.start[i]);
    return orig == 'ا' || orig == '\u0671';
  }

  /** Whether token {@code i} is a definite article written apart: ال، the. */
  boolean isArticle(int i) {
    return tk.isWord(i) && cues.articles.has(tk, i);
  }

  // ---------------------------------------------------------------- output

  /** Reports the numeral over tokens {@code [startTok, endTok)}, labelled. */
  void emit(int startTok, int endTok, BigDecimal v, NumeralForm form, int signStart) {
    int ns = signStart >= 0 ? signStart : tk.start[startTok] + prefixes[startTok];
    int ne = tk.end[endTok - 1];
    NumeralLabel label = labeller.label(startTok, endTok, v, form == NumeralForm.DIGITS, digitsIn(startTok, endTok));
    add(signStart >= 0 ? startTok - 1 : startTok, endTok, ns, ne, v, null, null, form, label);
  }

  private int digitsIn(int a, int b) {
    return b - a == 1 && tk.isNum(a) && tk.runs[a].kind == DigitRun.Kind.PLAIN ? tk.runs[a].intDigits : 0;
  }

  /** Reports a numeral over tokens {@code [firstTok, endTok)}, the normalized chars {@code [ns, ne)}. */
  void add(int firstTok, int endTok, int ns, int ne, BigDecimal v, Long low, Long high,
      NumeralForm form, NumeralLabel label) {
    Span orig = src.toOriginal(ns, ne);
    int k = 2 * out.size();
    if (k == tokens.length) {
      tokens = java.util.Arrays.copyOf(tokens, Math.max(8, 2 * k));
    }
    tokens[k] = firstTok;
    tokens[k + 1] = endTok;
    out.add(new NumeralMention(orig, new Span(ns, ne), orig.of(src.original), v, low, high, form, label));
  }

  /**
   * The tokens of each numeral {@link #run} found: numeral {@code k} is over tokens
   * {@code [tokens()[2k], tokens()[2k + 1])}.
   */
  int[] tokens() {
    return tokens;
  }
}
