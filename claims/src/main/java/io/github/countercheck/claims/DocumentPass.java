package io.github.countercheck.claims;

import io.github.countercheck.claims.internal.NumbersAccess;
import io.github.countercheck.claims.internal.QuantityPhrases;
import io.github.countercheck.claims.numbers.NumeralLabel;
import io.github.countercheck.claims.numbers.NumeralMention;
import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.claims.numbers.QuantityMention;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.internal.TextScanner;
import io.github.countercheck.core.internal.TokenBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One document's reading for {@link ClaimExtractor#extract}, sentence by sentence: its count
 * phrases and tokens are read in text order, and what one sentence carries to the next (an
 * attribution, sentences waiting to be read) is kept here. A sentence is read ({@link #read})
 * only when it has a count phrase, when its words may make a count with no numeral, or when a
 * later one asks for the attribution it carries ({@link Chain}); the claims' scopes are read
 * after the sentence's claims, when a scope cue stands in it.
 *
 * <p>One per document and thread; not thread-safe.
 */
final class DocumentPass {
  /** The extractor whose lexicons, recognizers and skipping policy the pass reads with. */
  private final ClaimExtractor extractor;
  private final Document document;
  private final ExtractionWorkspace ws;
  private final TextScanner scanner;
  private final List<QuantityMention> phrases;
  /** The tokens each phrase lies on, as {@link QuantityPhrases} tells them. */
  private final QuantityPhrases found;
  private final TokenBuffer tokens;
  private final int tokenCount;
  private final long[] keys;
  private final int[] stems;
  final List<Claim> claims = new ArrayList<>();
  List<PartReader.PartCue> parts = List.of();
  private Supplier<String> carried = SentenceReader.NONE;
  private final List<Pending> pending = new ArrayList<>();
  private PastBefore pastBefore;
  /** The next count phrase, and the token after the last sentence's. */
  private int q;
  private int t1;
  /** The key bits of the last sentence's words, all of them or'ed. */
  private long bits;

  DocumentPass(ClaimExtractor extractor, Document document, ExtractionWorkspace ws,
      TextScanner scanner) {
    this.extractor = extractor;
    this.document = document;
    this.ws = ws;
    this.scanner = scanner;
    // every token of the text, once: sentences are ranges of them, and the numeral grammar
    // reads them too, so the count phrases come with their tokens
    this.tokens = ws.tokens;
    this.tokenCount = scanner.tokenize(0, Integer.MAX_VALUE, tokens);
    this.found = NumbersAccess.get().findIn(extractor.quantities, scanner, tokens);
    this.phrases = found.phrases();
    this.keys = ws.keys(tokenCount);
    this.stems = ws.stems;
    ws.seen(scanner.sentenceCount());
  }

  /** Reads sentence {@code si}, if it can yield a claim or carries what a later one needs. */
  void sentence(int si) {
    int start = scanner.sentenceStart(si);
    int end = scanner.sentenceEnd(si);
    int nStart = scanner.normalizedIndex(start);
    int nEnd = scanner.normalizedIndex(end);
    int q0 = q;
    List<QuantityMention> inSentence = countsIn(nStart, nEnd);
    // the sentence's tokens: those that start in it
    int t0 = t1;
    while (t0 < tokenCount && tokens.start(t0) < nStart) {
      t0++;
    }
    t1 = t0;
    while (t1 < tokenCount && tokens.start(t1) < nEnd) {
      t1++;
    }
    if (t1 == t0) {
      return;
    }
    if (ws.repeated(scanner.normalizedChars(), nStart, nEnd)) {
      return; // a repeated sentence or paragraph: its claims are already out
    }
    // its words, looked up in its lexicon's key table, before anything is built (a repeated
    // sentence's are not: nothing reads them)
    Language language = sentenceLanguage(document, scanner, start, end);
    Lexicon lex = language == Language.EN ? extractor.english : extractor.arabic;
    int words = lookUp(lex, t0, t1);
    if (inSentence.isEmpty() && !extractor.readEverySentence
        && !SentenceReader.mayCountWithoutNumerals(lex, ws.wordKeys(), ws.waw, words)) {
      if ((bits & lex.attribution.bit()) == 0) {
        // nothing to count and no source to carry: what reading it would give
        carried = SentenceReader.NONE;
        pending.clear();
      } else {
        // no count, only an attribution: it matters if a later sentence is read, so read it then
        pending.add(new Pending(start, end, t0, t1, lex, language, extractor.numerals));
      }
      return;
    }
    if ((bits & lex.attribution.bit()) == 0) {
      // no attribution word: the sentence reads no carried source and carries none on, so
      // what the sentences before it carry does not matter
      pending.clear();
      carried = SentenceReader.NONE;
    }
    if (!pending.isEmpty()) {
      // the sentences with only an attribution before this one: read if it asks what they carry
      carried = new Chain(document, ws, carried, List.copyOf(pending));
      pending.clear();
    }
    int before = claims.size();
    carried = read(document, ws, start, end, t0, t1, lex, language, extractor.numerals,
        inSentence, tokensOf(inSentence, q0), carried, claims);
    if ((bits & lex.scopeWords.bit()) != 0 && claims.size() > before) {
      // a scope cue's first word is in the sentence, and it has claims: read their scope
      readScopes(lex, t0, inSentence, before);
    }
  }

  /**
   * The tokens of the count phrases {@code inSentence}, in pairs (first, after the last): those
   * of the phrases from {@code q0} on that {@link #countsIn} took.
   */
  private int[] tokensOf(List<QuantityMention> inSentence, int q0) {
    int[] at = new int[2 * inSentence.size()];
    for (int k = q0, j = 0; j < inSentence.size(); k++) {
      if (phrases.get(k) == inSentence.get(j)) {
        at[2 * j] = found.firstToken(k);
        at[2 * j + 1] = found.endToken(k);
        j++;
      }
    }
    return at;
  }

  /** The count phrases that start in the sentence {@code [nStart, nEnd)} (normalized). */
  private List<QuantityMention> countsIn(int nStart, int nEnd) {
    List<QuantityMention> inSentence = List.of();
    while (q < phrases.size() && phrases.get(q).normalized().start() < nEnd) {
      QuantityMention m = phrases.get(q++);
      if (m.normalized().start() >= nStart && isCount(m)) {
        if (inSentence.isEmpty()) {
          inSentence = new ArrayList<>(2);
        }
        inSentence.add(m);
      }
    }
    return inSentence;
  }

  /**
   * Looks up the words of tokens {@code [t0, t1)} in the lexicon's key table: their key bits and
   * entry stems into {@link #keys} and {@link #stems}, the sentence's words' bits into the
   * workspace, all the bits or'ed into {@link #bits}.
   *
   * @return how many words the sentence has
   */
  private int lookUp(Lexicon lex, int t0, int t1) {
    bits = extractor.readEverySentence ? -1 : 0;
    int words = 0;
    long[] wordKeys = ws.words(t1 - t0);
    boolean[] waw = ws.waw;
    char[] chars = tokens.chars();
    int[] values = ws.stemValues;
    long[] ids = ws.ids;
    for (int t = t0; t < t1; t++) {
      if (tokens.isWord(t)) {
        int from = tokens.start(t);
        int stemOffsets = tokens.stemOffsets(t);
        long k = lex.keysAndStems(chars, from, tokens.end(t), stemOffsets, values, ids, stems, t);
        keys[t] = k;
        bits |= k;
        waw[words] = chars[from] == '\u0648' && (stemOffsets & 2) != 0;
        wordKeys[words++] = k;
      } else {
        keys[t] = 0;
        ids[t] = PhraseIndex.NO_IDS;
      }
    }
    return words;
  }

  /** Reads the scope of the claims {@code claims[before, ..)} of the sentence from {@code t0}. */
  private void readScopes(Lexicon lex, int t0, List<QuantityMention> inSentence, int before) {
    if (pastBefore == null) {
      pastBefore = new PastBefore(document, tokens, tokenCount);
    }
    TokenWords sentence = new TokenWords(tokens, t0, t1, keys, stems, ws.ids, t1, lex);
    int[] countSpans = new int[inSentence.size() * 2];
    for (int k = 0; k < inSentence.size(); k++) {
      countSpans[2 * k] = inSentence.get(k).span().start();
      countSpans[2 * k + 1] = inSentence.get(k).span().end();
    }
    List<PartReader.PartCue> found =
        new ScopeReader(lex, sentence, 0, t1 - t0, document.text(), pastBefore, countSpans)
            .apply(claims, before);
    if (!found.isEmpty()) {
      if (parts.isEmpty()) {
        parts = new ArrayList<>();
      }
      parts.addAll(found);
    }
  }

  /**
   * Reads one sentence, tokens {@code [t0, t1)} of the text: places its count phrases on its
   * tokens and applies the claim rules, with the few tokens after it that a lexicon phrase may
   * reach into.
   *
   * @param ws the workspace, holding the tokens of the text and the key bits of those read so far
   * @return the attribution it carries to the next sentence
   */
  private static Supplier<String> read(Document document, ExtractionWorkspace ws,
      int start, int end, int t0, int t1, Lexicon lex, Language language,
      NumeralRecognizer numerals, List<QuantityMention> inSentence, int[] phraseTokens,
      Supplier<String> carried, List<Claim> claims) {
    TokenBuffer tokens = ws.tokens;
    TokenWords words = new TokenWords(tokens, t0,
        (int) Math.min(tokens.size(), (long) t1 + lex.maxWords() + 1), ws.keys, ws.stems, ws.ids,
        t1, lex);
    int tFrom = firstStartingAtOrAfter(words, 0, words.size(), start);
    int tTo = firstStartingAtOrAfter(words, tFrom, words.size(), end);
    int[] qFrom = new int[inSentence.size()];
    int[] qTo = new int[inSentence.size()];
    List<QuantityMention> placed = new ArrayList<>(inSentence.size());
    for (int k = 0; k < inSentence.size(); k++) {
      // the phrase's tokens, as the numeral grammar read them, within the sentence's
      QuantityMention m = inSentence.get(k);
      int a = Math.max(tFrom, Math.min(tTo, phraseTokens[2 * k] - t0));
      int b = Math.max(a, Math.min(tTo, phraseTokens[2 * k + 1] - t0));
      if (a < b) {
        qFrom[placed.size()] = a;
        qTo[placed.size()] = b;
        placed.add(m);
      }
    }
    SentenceReader.Buffers buffers = ws.readerBuffers();
    try {
      SentenceReader reader = new SentenceReader(
          lex, language, words, tFrom, tTo, document.text(), document.id(), buffers, numerals);
      return reader.read(placed, qFrom, qTo, carried, claims);
    } finally {
      ws.release(buffers);
    }
  }

  /** A sentence whose reading waits until a later one needs the attribution it carries. */
  private record Pending(int start, int end, int t0, int t1, Lexicon lex, Language language,
      NumeralRecognizer numerals) {}

  /**
   * The attribution that a run of sentences with no count but an attribution word carries on:
   * they are read, in order, the first time a later sentence asks for it. Reading them yields no
   * claim (they have nothing to count), only this.
   */
  private static final class Chain implements Supplier<String> {
    private Document document;
    private ExtractionWorkspace ws;
    private Supplier<String> before;
    private List<Pending> sentences;
    private String text;

    Chain(Document document, ExtractionWorkspace ws, Supplier<String> before, List<Pending> sentences) {
      this.document = document;
      this.ws = ws;
      this.before = before;
      this.sentences = sentences;
    }

    @Override
    public String get() {
      if (sentences != null) {
        Supplier<String> carried = before;
        List<Claim> none = new ArrayList<>(0);
        for (Pending p : sentences) {
          carried = read(document, ws, p.start, p.end, p.t0, p.t1, p.lex, p.language,
              p.numerals, List.of(), new int[0], carried, none);
        }
        text = carried.get();
        document = null;
        ws = null;
        before = null;
        sentences = null;
      }
      return text;
    }
  }

  private static boolean isCount(QuantityMention m) {
    for (NumeralMention n : m.numerals()) {
      if (n.label() != NumeralLabel.COUNT) {
        return false;
      }
    }
    return true;
  }

  /** The first token in {@code [lo, hi)} that starts at or after an original index. */
  private static int firstStartingAtOrAfter(TokenWords words, int lo, int hi, int originalIndex) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.spanStart(mid) < originalIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static Language sentenceLanguage(Document document, TextScanner scanner, int start,
      int end) {
    Language detected = scanner.language(start, end);
    if (document.language() != Language.MIXED) {
      return detected == Language.EN ? Language.EN : document.language() == Language.EN
          && detected != Language.AR ? Language.EN : Language.AR;
    }
    return detected == Language.EN ? Language.EN : Language.AR;
  }
}
