package io.github.countercheck.claims.numbers;

import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.internal.DataFile;
import io.github.countercheck.claims.internal.QuantityPhrases;
import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.Span;
import io.github.countercheck.core.internal.TextScanner;
import io.github.countercheck.core.internal.TokenBuffer;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the bound words around count numerals into a {@link Quantity}, per the claim contract:
 * «نحو 12شرطياً» is APPROXIMATE 12 [10, 14], «أكثر من 1000» MORE_THAN 1000 [1001, ∞), «50 شخصا على
 * الأقل» AT_LEAST 50, «ما بين 20 و30» RANGE [20, 30], «العشرات» VAGUE [20, 99]. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * QuantityRecognizer quantities = QuantityRecognizer.create();
 * NormalizedText text = TextNormalizer.normalize("أصيب أكثر من 1000 شخص");
 * QuantityMention q = quantities.find(text).get(0);   // «أكثر من 1000», MORE_THAN 1000 [1001, ∞)
 * }</pre>
 *
 * <p>The bound words are data, in the bundled {@code quantity-bounds.json}: approximators before
 * (نحو، حوالي، زهاء، قرابة، ما يقارب، about, around...) and after (تقريبا), lower bounds (أكثر من،
 * ما يزيد عن، يتجاوز، more than, over; ما لا يقل عن، at least; N على الأقل، N أو أكثر، N or
 * more), upper bounds (ما يصل إلى، حتى، up to, at most; أقل من، fewer than) and ranges (an opener
 * and the joiners it allows: بين ... و، من ... إلى، between ... and, 20 - 30, 20 to 30; an entry
 * marked {@code "neighbours": true} joins two neighbouring counts only: «ثلاثة أو أربعة جرحى»,
 * «20 أو 30», an estimate read as the inclusive RANGE [3, 4]). The
 * proclitics و ف ب ل are read off the first bound word (وأكثر من، بنحو). An after-word may follow
 * the counted noun (up to two words: «50 شخصا على الأقل»).
 *
 * <p>Only {@link NumeralLabel#COUNT} numerals become quantities, and only whole ones from 0 to
 * {@link Quantity#MAX_COUNT}: a decimal that no scale word made whole, a negative or a larger
 * figure gives no mention. A range needs two such numerals; with no opener, its first end must
 * be below its second (so «2-1», a score, is no range). Bound words before a vague amount are
 * not read: the vague interval stands.
 */
public final class QuantityRecognizer {
  private static final BigDecimal MAX = BigDecimal.valueOf(Quantity.MAX_COUNT);

  private final NumeralRecognizer numerals;
  private final BoundWords bounds;

  /** The scale words of the number words (million, lakh, مليون، آلاف) and their values. */
  private final Map<String, Long> scales = new HashMap<>();

  private QuantityRecognizer(NumeralRecognizer numerals, BoundWords bounds) {
    this.numerals = numerals;
    this.bounds = bounds;
    numerals.words().trie.forEach((form, e) -> {
      if ((e.type == NumberWords.Type.SCALE || e.type == NumberWords.Type.SCALE_PLURAL)
          && e.value != null && NumeralRecognizer.isWhole(e.value)
          && e.value.compareTo(BigDecimal.valueOf(1000)) >= 0
          && e.value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) < 0) {
        scales.put(form, e.value.longValueExact());
      }
    });
  }

  private static final class Defaults {
    static final QuantityRecognizer INSTANCE =
        new QuantityRecognizer(NumeralRecognizer.create(), NumeralRecognizer.defaultBounds());
  }

  /** @return the recognizer with the bundled bound words and {@link NumeralRecognizer#create()} */
  public static QuantityRecognizer create() {
    return Defaults.INSTANCE;
  }

  /**
   * @param numerals the numeral recognizer {@link #find(NormalizedText)} uses
   * @param boundWords bound words in the format of the bundled {@code quantity-bounds.json}, or
   *     null for the bundled ones; the stream is read and closed here
   * @return a recognizer with this data
   */
  public static QuantityRecognizer create(NumeralRecognizer numerals,
      @Nullable InputStream boundWords) {
    Objects.requireNonNull(numerals, "numerals");
    if (boundWords == null) {
      return new QuantityRecognizer(numerals, NumeralRecognizer.defaultBounds());
    }
    return new QuantityRecognizer(numerals, new BoundWords(DataFile.read(boundWords, "bound words")));
  }

  /**
   * Finds the numerals of a text and reads the quantity phrases around them.
   *
   * @param text the normalized text
   * @return the quantity phrases in text order
   */
  public List<QuantityMention> find(NormalizedText text) {
    Objects.requireNonNull(text, "text");
    return find(Source.of(text));
  }

  /**
   * Finds the quantity phrases of the text a scanner holds, reading its buffers in place: for
   * the extraction, through {@link io.github.countercheck.claims.internal.NumbersAccess} (the
   * scanner is not API).
   *
   * @param scanner a scanner that has read a text
   * @return the quantity phrases in text order; their normalized spans index the scanner's
   *     normalized text
   */
  List<QuantityMention> findIn(TextScanner scanner) {
    Objects.requireNonNull(scanner, "scanner");
    return find(Source.of(scanner));
  }

  private List<QuantityMention> find(Source src) {
    // one tokenization for the numerals and the phrases around them, in the thread's arrays
    TokenView tk = TokenView.reused(src);
    try {
      return find(src, numerals.find(src, tk), tk, null, null);
    } finally {
      tk.done();
    }
  }

  /** The phrases of a text with no numeral. */
  private static final QuantityPhrases NO_PHRASES = new QuantityPhrases(List.of(), new int[0]);

  /**
   * Finds the quantity phrases of the text a scanner holds over its tokens, already made, and
   * tells the tokens each phrase lies on: the numeral grammar reads these tokens (and the chars
   * of a token only where it reads finer), so no token is made twice and no phrase is placed on
   * the tokens by its offsets.
   *
   * @param scanner a scanner that has read a text
   * @param tokens  the tokens of its whole text, as {@code scanner.tokenize(0, Integer.MAX_VALUE,
   *     tokens)} fills them after its last {@code scan} (a part of them works too: the grammar
   *     reads the rest by its own rules)
   * @return the quantity phrases in text order, as {@link #findIn(TextScanner)} gives them, with
   *     their tokens
   * @throws IllegalArgumentException if the tokens are not of the scanner's text
   */
  QuantityPhrases findIn(TextScanner scanner, TokenBuffer tokens) {
    Objects.requireNonNull(scanner, "scanner");
    Objects.requireNonNull(tokens, "tokens");
    int count = tokens.size();
    if (tokens.chars() != scanner.normalizedChars()
        || count > 0 && tokens.end(count - 1) > scanner.normalizedLength()) {
      throw new IllegalArgumentException("the tokens are not of the scanner's text");
    }
    Source src = Source.of(scanner);
    TokenView tk = TokenView.reused(src, tokens, count);
    try {
      Scan scan = numerals.scan(src, tk);
      List<NumeralMention> found = scan.run();
      if (found.isEmpty()) {
        return NO_PHRASES; // a text without numerals: nothing more to make
      }
      int[] at = new int[2 * found.size()];
      List<QuantityMention> phrases = find(src, found, tk, scan.tokens(), at);
      for (int k = 0; k < phrases.size(); k++) {
        Span ns = phrases.get(k).normalized();
        int first = tk.coreAt(at[2 * k], 1);
        int last = tk.coreAt(at[2 * k + 1] - 1, -1);
        int after = last + 1;
        while (after < count && tokens.start(after) < ns.end()) {
          after++; // a digit run the grammar reads over several core tokens (77/100)
        }
        at[2 * k] = first;
        at[2 * k + 1] = after;
      }
      return new QuantityPhrases(phrases, at);
    } finally {
      tk.done();
    }
  }

  /**
   * Reads the quantity phrases around numerals already found.
   *
   * @param text     the normalized text
   * @param numerals its numerals, in text order, as {@link NumeralRecognizer#find} gives them
   * @return one quantity phrase per whole COUNT numeral (or pair, for a range), in text order
   */
  public List<QuantityMention> find(NormalizedText text, List<NumeralMention> numerals) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(numerals, "numerals");
    Source src = Source.of(text);
    return find(src, numerals, TokenView.of(src), null, null);
  }

  /**
   * @param numTokens the tokens of each numeral (numeral {@code n} over {@code [numTokens[2n],
   *     numTokens[2n + 1])}), or null
   * @param phraseTokens receives the tokens of each phrase likewise, when {@code numTokens} is given
   */
  private List<QuantityMention> find(Source text, List<NumeralMention> numerals, TokenView tk,
      int[] numTokens, int[] phraseTokens) {
    PhraseTrie.Match<Integer> m = new PhraseTrie.Match<>();
    List<QuantityMention> out = new ArrayList<>();
    int[] at = new int[2];
    for (int n = 0; n < numerals.size(); n++) {
      NumeralMention a = numerals.get(n);
      if (a.label() != NumeralLabel.COUNT) {
        continue;
      }
      if (numTokens != null) {
        at[0] = numTokens[2 * n];
        at[1] = numTokens[2 * n + 1];
      }
      if (a.isVague()) {
        add(out, mention(text, a.normalized().start(), a.normalized().end(), Quantity.vague(a.low(), a.high()), List.of(a)), at, phraseTokens);
        continue;
      }
      Long va = count(a);
      if (va == null) {
        continue;
      }
      int before = tk.containing(a.normalized().start()) - 1;
      if (tk.isWord(before) && bounds.articleBefore.has(tk, before)) {
        before--;
      }
      NumeralMention b = n + 1 < numerals.size() ? numerals.get(n + 1) : null;
      QuantityMention range = b == null ? null : range(text, tk, m, a, va, b, before, at);
      if (range != null) {
        if (numTokens != null) {
          at[1] = numTokens[2 * n + 3];
        }
        add(out, range, at, phraseTokens);
        n++;
        continue;
      }
      add(out, bounded(text, tk, m, a, va, before, b, at), at, phraseTokens);
    }
    return List.copyOf(out);
  }

  /** Adds a phrase, and its tokens {@code at} to {@code tokens} if there are any. */
  private static void add(List<QuantityMention> out, QuantityMention q, int[] at, int[] tokens) {
    if (tokens != null) {
      tokens[2 * out.size()] = at[0];
      tokens[2 * out.size() + 1] = at[1];
    }
    out.add(q);
  }

  /**
   * A range of two counts: an opener (or none) before the first, a joiner it allows between
   * them; null if {@code a} and {@code b} make none.
   *
   * @param before the token before {@code a} (its article skipped)
   */
  private QuantityMention range(Source text, TokenView tk, PhraseTrie.Match<Integer> m,
      NumeralMention a, long va, NumeralMention b, int before, int[] at) {
    Long vb = b.label() == NumeralLabel.COUNT && !b.isVague() ? count(b) : null;
    if (vb == null) {
      return null;
    }
    String joiner = between(text.s, a.normalized().end(), b.normalized().start());
    int openStart = -1;
    Set<String> allowed = null;
    int k = phraseBefore(text.s, tk, bounds.openers, before, m);
    if (k >= 0) {
      openStart = tk.start[k] + m.prefix;
      allowed = bounds.joins.get(m.value);
    }
    // a range runs upward: «من 800 إلى 1» (a rate falling, a score) is no range
    boolean ok = joiner != null && va < vb && (allowed != null && allowed.contains(joiner)
        || bounds.bareJoins.contains(joiner)
        || bounds.neighbourJoins.contains(joiner) && neighbours(va, vb));
    if (!ok) {
      return null;
    }
    if (allowed == null || !allowed.contains(joiner)) {
      openStart = a.normalized().start();
    } else {
      at[0] = k;
    }
    long low = elidedScale(va, scaleOf(text.s, b), vb);
    // a count that moved, "had risen from 58 to 62", is its later figure (issue 16)
    boolean moved = k >= 0 && MovedCount.before(bounds, tk, k);
    if (moved && tk.isLatinWord(k)) {
      return null; // (en28mine) English "had risen from 58 to 62": two figures, two counts
    }
    Quantity q = moved ? Quantity.exact(vb) : Quantity.range(low, vb);
    return mention(text, openStart, b.normalized().end(), q, List.of(a, b));
  }

  /**
   * (issue 16) The first end of a range whose scale word is written only with the second: "between
   * two and three million", "3 to 4 lakh", "10-15,000". When the second end ends in a scale word,
   * or is a figure grouped in thousands, and the first is a bare number below the second's
   * multiplier, the first takes the scale too; "500 to 3,000" keeps its ends.
   */
  private static long elidedScale(long va, long scale, long vb) {
    if (scale < 1000 || vb % scale != 0 || va >= vb / scale) {
      return va;
    }
    return va * scale;
  }

  /**
   * The scale a numeral of normalized text {@code s} ends with: its last word when a scale word,
   * or 1000 per group of zeros of a figure ("15,000"); 0 if none.
   */
  private long scaleOf(char[] s, NumeralMention b) {
    String t = new String(s, b.normalized().start(), b.normalized().end() - b.normalized().start());
    if (b.form() == NumeralForm.DIGITS) {
      long scale = 1;
      for (int end = t.length(); end >= 4 && t.startsWith(",000", end - 4); end -= 4) {
        scale *= 1000;
      }
      return scale;
    }
    int cut = Math.max(t.lastIndexOf(' '), t.lastIndexOf('-'));
    Long scale = cut < 0 || b.form() == NumeralForm.VAGUE ? null : scales.get(t.substring(cut + 1));
    return scale == null ? 0 : scale;
  }

  /**
   * One count with the bound words before it, or else after it or its counted noun (50 شخصا على
   * الأقل); exact with none.
   *
   * @param next the next numeral, or null: an after-word is looked for before it only
   * @param at    the first token and the one after the last of {@code a}, made those of the phrase
   */
  private QuantityMention bounded(Source text, TokenView tk, PhraseTrie.Match<Integer> m,
      NumeralMention a, long va, int before, NumeralMention next, int[] at) {
    int start = a.normalized().start();
    int end = a.normalized().end();
    Quantity q = Quantity.exact(va);
    int k = phraseBefore(text.s, tk, bounds.trie(), before, m);
    int mask = k >= 0 ? m.value & BoundCue.BEFORE_COUNT : 0;
    if (mask != 0) {
      start = tk.start[k] + m.prefix;
      at[0] = k;
      q = BoundCue.AT_LEAST_BEFORE.in(mask) ? Quantity.atLeast(va)
          : BoundCue.AT_MOST_BEFORE.in(mask) ? Quantity.atMost(va)
          : BoundCue.MORE_THAN_BEFORE.in(mask) ? Quantity.moreThan(va)
          : BoundCue.LESS_THAN_BEFORE.in(mask) ? Quantity.lessThan(va)
          : Quantity.approximate(va);
      return mention(text, start, end, q, List.of(a));
    }
    int last = tk.containing(a.normalized().end() - 1);
    for (int j = last + 1; j <= last + 3 && j < tk.size; j++) {
      if (tk.newlineBefore(j)) {
        break;
      }
      int am = maskAt(text.s, tk, bounds.trie(), j, m) & BoundCue.AFTER_COUNT;
      if (am != 0) {
        int e = j;
        while (e + 1 < tk.size && tk.end[e] < m.end) {
          e++;
        }
        if (next != null && e + 1 < tk.size && tk.start[e + 1] >= next.normalized().start()
            && text.s[tk.start[j]] < 0x80) {
          // (issue 16) English "killing 3 and injuring at least 8": the bound opens the next
          // number; Arabic writes it after the noun before a breakdown («13 جنديا على الأقل ثلاثة منهم»)
          break;
        }
        end = m.end;
        at[1] = e + 1;
        q = BoundCue.AT_LEAST_AFTER.in(am) ? Quantity.atLeast(va)
            : BoundCue.AT_MOST_AFTER.in(am) ? Quantity.atMost(va)
            : Quantity.approximate(va);
        break;
      }
      if (!tk.isWord(j) || next != null && tk.start[j] >= next.normalized().start()) {
        break;
      }
    }
    return mention(text, start, end, q, List.of(a));
  }

  /**
   * Whether two counts are neighbours, as in an estimate «ثلاثة أو أربعة», «20 or 30»: the next
   * whole number, or the next round number of the same size.
   */
  static boolean neighbours(long a, long b) {
    if (b == a + 1) {
      return a > 0;
    }
    long step = 10;
    while (step <= a && a % step == 0) {
      if (b - a == step && b % step == 0) {
        return true;
      }
      step *= 10;
    }
    return false;
  }

  private static Long count(NumeralMention a) {
    BigDecimal v = a.value();
    if (v == null || v.signum() < 0 || !NumeralRecognizer.isWhole(v) || v.compareTo(MAX) > 0) {
      return null;
    }
    return v.longValueExact();
  }

  /** The text between two numerals, trimmed, if it is short: the joiner of a range. */
  private static String between(char[] s, int a, int b) {
    if (b < a || b - a > 12) {
      return null;
    }
    StringBuilder j = new StringBuilder(b - a);
    boolean space = false;
    for (int i = a; i < b; i++) {
      char c = s[i];
      if (c == '\n' || c == '\r') {
        return null;
      }
      if (Character.isWhitespace(c)) {
        space = j.length() > 0;
      } else {
        if (space) {
          j.append(' ');
          space = false;
        }
        j.append(c);
      }
    }
    return j.toString();
  }

  private static QuantityMention mention(Source text, int ns, int ne, Quantity q, List<NumeralMention> ns2) {
    Span orig = text.toOriginal(ns, ne);
    return new QuantityMention(orig, new Span(ns, ne), orig.of(text.original), q, ns2);
  }

  /** The token where the longest phrase that ends exactly at the end of token {@code last} starts. */
  static <V> int phraseBefore(char[] s, TokenView tk, PhraseTrie<V> trie, int last, PhraseTrie.Match<V> m) {
    if (last < 0) {
      return -1;
    }
    int end = tk.end[last];
    if (!trie.mayEndAt(s, end)) {
      return -1; // no phrase of the trie ends there
    }
    int found = -1;
    V value = null;
    int prefix = 0;
    for (int k = last; k >= 0 && k > last - 6; k--) {
      if (k < last && tk.newlineBefore(k + 1)) {
        break;
      }
      if (cueAt(s, tk, trie, k, m) != null && m.end == end) {
        found = k;
        value = m.value;
        prefix = m.prefix;
      }
    }
    if (found >= 0) {
      m.value = value;
      m.end = end;
      m.prefix = prefix;
    }
    return found;
  }

  /** The longest phrase that starts at token {@code i}, proclitics read off; null if none. */
  static <V> V cueAt(char[] s, TokenView tk, PhraseTrie<V> trie, int i, PhraseTrie.Match<V> m) {
    int st = tk.start[i];
    int en = tk.end[i];
    V best = null;
    int bestEnd = -1;
    int bestPrefix = 0;
    int proclitics = tk.kind[i] == TokenView.WORD ? tk.proclitics(i) : 1;
    for (int p = 0; p <= 2; p++) {
      if ((proclitics & (1 << p)) == 0) {
        continue;
      }
      if (trie.longest(s, st + p, tk.n, m) && m.end > bestEnd) {
        best = m.value;
        bestEnd = m.end;
        bestPrefix = p;
      }
    }
    if (best != null) {
      m.value = best;
      m.end = bestEnd;
      m.prefix = bestPrefix;
    }
    return best;
  }

  private static int maskAt(char[] s, TokenView tk, PhraseTrie<Integer> trie, int i, PhraseTrie.Match<Integer> m) {
    Integer v = cueAt(s, tk, trie, i, m);
    return v == null ? 0 : v;
  }
}
