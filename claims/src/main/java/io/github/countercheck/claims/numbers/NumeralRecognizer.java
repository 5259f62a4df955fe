package io.github.countercheck.claims.numbers;

import io.github.countercheck.core.internal.CharClass;
import io.github.countercheck.claims.internal.DataFile;
import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.Span;
import io.github.countercheck.core.TextNormalizer;
import io.github.countercheck.core.internal.WordTable;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds every numeral in a text, with its span, its exact value and what it is (a count, or a
 * year, a time, a price...). Immutable and thread-safe: build it once and share it.
 *
 * <pre>{@code
 * NumeralRecognizer numerals = NumeralRecognizer.create();
 * NormalizedText text = TextNormalizer.normalize("قتل 12 شرطيا وأصيب أكثر من مئتي شخص عام 2022");
 * for (NumeralMention m : numerals.find(text)) {
 *   System.out.println(m.text() + " " + m.value() + " " + m.label());  // 12 COUNT, مئتي 200 COUNT, 2022 YEAR
 * }
 * }</pre>
 *
 * <p><b>What it reads.</b> Digits of every script (the normalizer folds them to ASCII), with
 * thousands separators ({@code ,} {@code ٬} and a single space before groups of three: {@code 1
 * 000}) and decimal marks ({@code .} {@code ٫}, and a comma where it is the only reading: {@code
 * 23,00}); see {@link DigitRun}. Digits glued to an Arabic word ({@code 12شرطياً}) or a proclitic
 * ({@code و659}). Arabic and English number words from the bundled lexicons {@code
 * ar-number-words.json} and {@code en-number-words.json}: units in both genders and their
 * misspellings, teens, tens, compounds with و (glued or standalone) or "and", hundreds in every
 * spelling including construct and dual forms, scales with duals and plurals, digits with scale
 * words ({@code 1.5 مليون}), mixtures ({@code 4 آلاف و659}), the proclitics و ف ب ل, fractions
 * (نصف، خمسة أثمان، واحد من ثلاثة، ٧٧/١٠٠), negatives (سالب، ناقص، {@code -5}) and the decimal word
 * فاصلة. Vague amounts ({@link VagueAmounts}) become {@link NumeralForm#VAGUE} mentions; a plural
 * scale with a number before it is exact (ثلاثة آلاف = 3000), alone it is vague (آلاف).
 *
 * <p><b>Labels</b> come from the shape of the numeral and from cue words around it, held in
 * {@code numeral-cues.json}: months (DATE, YEAR), year words, clock words, duration units, age
 * words, percent words, currencies, units of measure, reference nouns. A four-digit figure from
 * 1800 to 2100 with no separator is a YEAR with year evidence: a year word or a month before it
 * (عام، سنة، مطلع، مواليد، مايو), a preposition of time (في، منذ، خلال، حتى، in, since, by), a
 * year marker after it (م، هـ، AD), a date («4 /12 2012», «رقم 2168 / 2013») or a range of two
 * such figures ({@code 2011-2012}). Followed by an Arabic counted noun with no such evidence
 * («أن 1920 لاجئا», «وأصابت 2018 مواطن»), joined to a larger figure that is no year («بين 1963
 * و3293»), or after a bound word («أكثر من 2000»; «حتى 2000 شخص» but «حتى 2005،»), it is a COUNT.
 * With no evidence and no noun after it («دستور 2012،») it stays a YEAR; so does one before an
 * English word (English news writes counts from 1,000 up with a separator). Digits inside a URL, an e-mail address, a hashtag or a handle get URL, EMAIL or
 * HASHTAG. A {@code +} before digits, an unseparated run of 11 digits or more, a run of 6 or more
 * starting with 0, or a dotted run like 192.168.1.2 is PHONE. Digits with an English ordinal
 * suffix ({@code 3rd}) are ORDINAL mentions; Arabic ordinal words (الأول، الثالث عشر) are read
 * and not reported, so that their عشر is never taken for 10, except a feminine one that tells an
 * age, reported as AGE: «طفل في العاشرة», «في الثالثة عشرة من عمره». The ends of a range of
 * ages share the label: «تتراوح أعمارهم ما بين 14 و 17 عاما».
 *
 * <p><b>Absurd input.</b> A digit run with more than {@value DigitRun#MAX_SEPARATORS} separators, or whose integer part has more than {@value
 * DigitRun#MAX_DIGITS} digits gives no mention at all. Runs of 11 to 30 digits are reported as
 * PHONE with their exact value. A chain of scale words stops growing past 10^24 and starts a
 * new numeral, so «ألف ألف ألف ...» gives a few exact mentions, each larger than {@code
 * Quantity.MAX_COUNT}, which the claims layer refuses. Digits glued to Latin letters ({@code 1M},
 * {@code 1e400}, {@code mp3}) are part of a word, not a numeral. The pass is linear in the text.
 */
public final class NumeralRecognizer {
  static final String CUES = "numeral-cues.json";
  static final String BOUNDS = "quantity-bounds.json";

  private final NumberWords words;
  private final VagueAmounts vague;
  private final LabelCues cues;
  private final BoundWords bounds;
  private final NumeralGrammar grammar;

  /**
   * The words at which a numeral may start: every one-word number-word form that the scan reads
   * as the start of a numeral, and the first word of every vague amount (see {@link #starters}).
   */
  private final WordTable starters;
  /**
   * The starters' shapes, a bit for each (first two letters, last two letters, length) of one,
   * hashed: a word whose shape has no bit is no starter, known without hashing the word.
   */
  private final long[] starterShapes;

  /** Looks every word up, skipping none by {@link #starters}: the reference the skipping is tested by. */
  private final boolean readEveryWord;

  private NumeralRecognizer(NumberWords words, VagueAmounts vague, LabelCues cues,
      BoundWords bounds, boolean readEveryWord) {
    this.words = words;
    this.vague = vague;
    this.cues = cues;
    this.bounds = bounds;
    this.grammar = NumeralGrammar.bundled();
    java.util.Map<String, Integer> keys = starterKeys(words, vague, grammar);
    this.starters = WordTable.of(keys);
    this.starterShapes = new long[SHAPES >>> 6];
    for (String k : keys.keySet()) {
      if (!k.isEmpty()) {
        char[] c = k.toCharArray();
        int shape = shape(c, 0, c.length);
        starterShapes[shape >>> 6] |= 1L << shape;
      }
    }
    this.readEveryWord = readEveryWord;
  }

  /**
   * The table of words where the scan may start a numeral written in words. A number-word form
   * matches a whole word (after proclitics), so only forms made of letters alone can: those whose
   * type starts a numeral (not a connector such as و or على, which the scan reads only inside
   * one). A vague amount matches from a word's start and ends where the word does, or goes on
   * after a space or another non-letter: its first run of letters is the word. A word with no
   * entry here, at none of its proclitic offsets, starts no numeral; so the scan looks nothing up
   * for it, which is most words of a text.
   */
  private static java.util.Map<String, Integer> starterKeys(NumberWords words, VagueAmounts vague,
      NumeralGrammar grammar) {
    java.util.Map<String, Integer> keys = new java.util.HashMap<>();
    words.trie.forEach((form, entry) -> {
      boolean starts = entry.type == NumberWords.Type.ORDINAL || grammar.starts(entry.type);
      if (starts && letters(form) == form.length()) {
        keys.put(form, 1);
      }
      if ((Scan.mayBeCardinalAlone(entry) || Scan.mayBeScaleAlone(entry)) && !form.isEmpty()
          && form.charAt(0) >= '\u0600'
          && form.charAt(0) <= '\u06FF' && letters(form) == form.length()) {
        keys.put("\u0627\u0644" + form, 1); // (issue 16) الثلاثة after a definite noun, الاثنين
                                              // before «الآخرين», (ar29cas) المائة: Scan
      }
    });
    vague.trie().forEach((form, amount) -> {
      int n = letters(form);
      if (n > 0) {
        keys.put(form.substring(0, n), 1);
      }
    });
    return keys;
  }

  /** The size of the bit set of starter shapes. */
  private static final int SHAPES = 1 << 14;

  /**
   * The bit of a word's shape: its first two and last two letters and its length (a word of one
   * letter has that letter for all four).
   */
  private static int shape(char[] s, int from, int to) {
    int len = to - from;
    int h = ((s[from] * 31 + s[from + Math.min(1, len - 1)]) * 31 + s[to - Math.min(2, len)]) * 31
        + s[to - 1];
    return (h * 31 + len) * 0x9E3779B9 >>> 18;
  }

  /**
   * Whether the word {@code s[from, to)} may be a starter: its shape is a starter's. Exact when
   * false; true may still be no starter.
   */
  boolean mayBeStarter(char[] s, int from, int to) {
    int shape = shape(s, from, to);
    return (starterShapes[shape >>> 6] & 1L << shape) != 0;
  }

  /** The length of the run of letters (as {@link TokenView} reads words) that opens a form. */
  private static int letters(String form) {
    int n = 0;
    while (n < form.length() && CharClass.isLetter(form.charAt(n))) {
      n++;
    }
    return n;
  }

  WordTable starters() {
    return starters;
  }

  boolean readsEveryWord() {
    return readEveryWord;
  }

  private static final class Defaults {
    static final NumberWords WORDS = NumberWords.defaults();
    static final LabelCues CUE_DATA = new LabelCues(DataFile.read(Resources.open(CUES), CUES));
    static final BoundWords BOUND_DATA = new BoundWords(DataFile.read(Resources.open(BOUNDS), BOUNDS));
    static final NumeralRecognizer INSTANCE =
        new NumeralRecognizer(WORDS, VagueAmounts.defaults(), CUE_DATA, BOUND_DATA, false);
  }

  /** @return the recognizer with the bundled lexicons and the contract's vague amounts */
  public static NumeralRecognizer create() {
    return Defaults.INSTANCE;
  }

  /**
   * @param vagueAmounts the vague amounts to recognize, replacing the defaults
   * @return a recognizer with the bundled lexicons and these vague amounts
   */
  public static NumeralRecognizer create(VagueAmounts vagueAmounts) {
    return builder().vagueAmounts(vagueAmounts).build();
  }

  /** @return a builder to replace the bundled data */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds the numerals of a text.
   *
   * @param text the normalized text
   * @return the mentions in text order, none overlapping
   */
  public List<NumeralMention> find(NormalizedText text) {
    Objects.requireNonNull(text, "text");
    Source src = Source.of(text);
    // the thread's reused tokens: nothing calls back into a recognizer while the scan runs
    TokenView tk = TokenView.reused(src);
    try {
      return new Scan(this, src, tk).run();
    } finally {
      tk.done();
    }
  }

  /** Finds the numerals over tokens already made (see {@link QuantityRecognizer#find(NormalizedText)}). */
  List<NumeralMention> find(Source src, TokenView tokens) {
    return new Scan(this, src, tokens).run();
  }

  /** A scan over tokens already made: {@link Scan#run} it, then read its numerals' tokens. */
  Scan scan(Source src, TokenView tokens) {
    return new Scan(this, src, tokens);
  }

  /**
   * Finds the numerals of a raw text (normalizing it first).
   *
   * @param text the original text
   * @return the mentions in text order
   */
  public List<NumeralMention> find(String text) {
    return find(TextNormalizer.normalize(Objects.requireNonNull(text, "text")));
  }

  /**
   * Reads a whole string as one number: «ثلاثمائة وخمسين» is 350, «١٠٠٬٠٠٠٫٠» is 100000,
   * «-١٢/١٠» is -1.2, «1 فاصلة 1» is 1.1, «مئات» is null (vague).
   *
   * <p>A text written with digits and separators that is no number is null too: a dotted
   * identifier, an IP address or a version (1.2.3.4, 192.168.1.2, 1.2.3), a clock time (10:30), a
   * date (6/1/2022). {@link #find(String)} still reports such a text, labelled {@code PHONE},
   * {@code TIME} or {@code DATE}, with the value of its first part.
   *
   * @param wholeText the text, nothing but a number (surrounding spaces allowed)
   * @return its value, or null if the text is not exactly one exact numeral
   */
  public @Nullable BigDecimal parse(String wholeText) {
    Objects.requireNonNull(wholeText, "wholeText");
    NormalizedText t = TextNormalizer.normalize(wholeText);
    String n = t.normalized();
    int s = 0;
    int e = n.length();
    while (s < e && Character.isWhitespace(n.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(n.charAt(e - 1))) {
      e--;
    }
    if (s == e) {
      return null;
    }
    List<NumeralMention> found = find(t);
    if (found.size() != 1) {
      return null;
    }
    NumeralMention m = found.get(0);
    if (m.value() == null || m.normalized().start() != s || m.normalized().end() != e
        || valueOfItsFirstPart(n, s, e)) {
      return null;
    }
    return m.value();
  }

  /**
   * Whether the digits that open {@code n[s, e)} (after a sign) are a run whose value is that of
   * its first part only: a dotted identifier, a clock time or a date.
   */
  private static boolean valueOfItsFirstPart(String n, int s, int e) {
    int d = s;
    while (d < e && !DigitRun.isDigit(n.charAt(d)) && d - s < 2) {
      d++;
    }
    if (d == e || !DigitRun.isDigit(n.charAt(d))) {
      return false;
    }
    return switch (DigitRun.read(n.toCharArray(), n.length(), d).kind) {
      case IDENT, TIME, DATE -> true;
      default -> false;
    };
  }

  NumberWords words() {
    return words;
  }

  VagueAmounts vague() {
    return vague;
  }

  /**
   * (issue 16) Whether a word is a unit of time that labels a figure before it a duration or an
   * age ({@code numeral-cues.json}, {@code durationAfter}: سنة، عاما، days), so that the claim rules
   * read the one list the labeller reads.
   *
   * @param word a word as written or normalized
   * @return whether it is one of the units, compared whole after normalizing
   */
  public boolean isUnitOfTime(String word) {
    return word != null && cues.unitOfTime(Cues.normal(word));
  }

  LabelCues cues() {
    return cues;
  }

  BoundWords bounds() {
    return bounds;
  }

  NumeralGrammar grammar() {
    return grammar;
  }

  /** The bundled bound words ({@code quantity-bounds.json}), read once. */
  static BoundWords defaultBounds() {
    return Defaults.BOUND_DATA;
  }

  @Override
  public String toString() {
    return "NumeralRecognizer[" + words.trie.size() + " number words, " + cues.trie().size() + " cues, " + vague + "]";
  }

  /** Builds a {@link NumeralRecognizer} with data of the user's own. Not thread-safe. */
  public static final class Builder {
    private VagueAmounts vague = VagueAmounts.defaults();
    private final List<InputStream> wordFiles = new ArrayList<>();
    private @Nullable InputStream cueFile;
    private boolean readEveryWord;

    private Builder() {}

    /** Looks every word up in the lexicons (slower; for tests of the word skipping). */
    Builder readEveryWord() {
      this.readEveryWord = true;
      return this;
    }

    /**
     * @param vagueAmounts the vague amounts, replacing the defaults
     * @return this builder
     */
    public Builder vagueAmounts(VagueAmounts vagueAmounts) {
      this.vague = Objects.requireNonNull(vagueAmounts, "vagueAmounts");
      return this;
    }

    /**
     * Adds a number-word lexicon in the format of the bundled {@code ar-number-words.json}. When
     * any is added, the bundled lexicons are not used. The stream is read and closed by {@link
     * #build()}.
     *
     * @param json the lexicon
     * @return this builder
     */
    public Builder numberWords(InputStream json) {
      wordFiles.add(Objects.requireNonNull(json, "json"));
      return this;
    }

    /**
     * Replaces the label cue words with a file in the format of the bundled {@code
     * numeral-cues.json}. The stream is read and closed by {@link #build()}.
     *
     * @param json the cues
     * @return this builder
     */
    public Builder labelCues(InputStream json) {
      this.cueFile = Objects.requireNonNull(json, "json");
      return this;
    }

    /** @return the recognizer */
    public NumeralRecognizer build() {
      NumberWords w;
      if (wordFiles.isEmpty()) {
        w = Defaults.WORDS;
      } else {
        w = new NumberWords();
        int k = 0;
        for (InputStream in : wordFiles) {
          w.load(in, "number words #" + (k++));
        }
      }
      LabelCues c = cueFile == null ? Defaults.CUE_DATA : new LabelCues(DataFile.read(cueFile, "label cues"));
      return new NumeralRecognizer(w, vague, c, Defaults.BOUND_DATA, readEveryWord);
    }
  }

  static boolean isWhole(BigDecimal v) {
    return v.scale() <= 0 || v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, MathContext.DECIMAL128).stripTrailingZeros();
  }

  static Span span(int s, int e) {
    return new Span(s, e);
  }
}
