package io.github.countercheck.claims;

import io.github.countercheck.claims.ScopeCues.Match;
import io.github.countercheck.claims.ScopeCues.Reach;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Reads which incident each claim of a sentence counts, from the lexicon's scope cues ({@link
 * ScopeCues}): the incident the article reports ({@link Scope#INCIDENT}, the default), a
 * cumulative total or another, earlier incident.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li><b>Cues.</b> The sentence is read left to right; at each word that the extractor's key
 *       table marks as the first word of a cue, the longest cue is taken, and its words are not
 *       read again. So «خلال العام الماضي» (over the past year: CUMULATIVE) is not also «العام
 *       الماضي» (last year: BACKGROUND), "the deadliest since 1998" is not "since 1998", and the
 *       incident's own time («منذ أمس», «منذ اندلاع الاحتجاجات أمس», "since Tuesday", «يناير من
 *       العام الجاري»), listed as INCIDENT cues, takes no other scope.
 *   <li><b>Clauses.</b> A cue governs only the claims of its own clause: the sentence is cut at
 *       the marks {@code , ، ; ؛ : . ( ) ? ! ؟} and before a clause opener of the lexicon (بينما،
 *       فيما; while). A figure about something else in another clause keeps its scope.
 *   <li><b>Fronted cue.</b> A cue in the sentence's first clause, which holds no claim of its own,
 *       also governs the clause after it: «منذ اندلاع الأزمة، قتل ...», "Since January, ...".
 *   <li><b>Direction.</b> A CLAUSE cue governs claims before or after it; an AFTER cue (a
 *       superlative with «منذ» / "since": "the deadliest since 1998, when 224 were killed";
 *       «على غرار») governs only the claims after it, since the count before it is the incident
 *       being compared: "killed 12, the deadliest attack since 1998". Its reach goes on into a
 *       clause that opens with a continuer of the lexicon (حيث، عندما، الذي; when, which).
 *   <li><b>Embedded clauses.</b> A cue after a claim does not govern it across an embedder of the
 *       lexicon: a relative (الذي، التي; which, who), a comparison (مقارنة، مقابل; compared) or a
 *       result clause (ليرتفع، ليصل; bringing): "arrested 7, among them the man behind the attack
 *       that killed 89 last week" leaves the 7 of the incident. An AFTER cue does not reach past a
 *       connective (حيث), which speaks of the sentence's main event.
 *   <li><b>Dates join.</b> A background cue that starts at most three tokens after a cumulative
 *       or superlative cue, in its clause, is its date and joins it: «منذ اندلاع الأزمة منتصف
 *       مارس 2011» is cumulative, not a past year.
 *   <li><b>Nearest.</b> Of several cues that govern a claim, the nearest in words decides.
 * </ul>
 *
 * <p>A running total of the current incident since it began (hours or days: «منذ أمس وحتى
 * الآن», "since Tuesday's clashes began", «حتى الآن» alone) stays INCIDENT; totals since a year,
 * an uprising or the start of a conflict or of a period are CUMULATIVE.
 *
 * <p><b>Parts.</b> {@link Scope#PART} cues are read apart, after the rules above, and each governs
 * one claim: {@link Reach#NEXT} the claim right after it («بينهم أربعة أتراك», "including 4
 * Japanese"), {@link Reach#PREVIOUS} the claim right before it («ثلاثة منهم حالتهم خطيرة», "112
 * remain in hospital"), {@link Reach#NOUN} the claim whose count phrase it follows as its counted
 * noun («120 رجلا», "4 Japanese", «X منهم»); and the claims joined to that one as the next items of
 * the breakdown («و9 صينيين»). Such a claim is a candidate; the extractor makes it a part once the
 * whole document is read ({@link PartReader#resolveParts}): only if the document gives a larger count of the
 * same event, scope and modality, whose subject is the part's, or any when the part counts mere
 * persons ({@link Subject#PERSON}); a narrower subject («قتل 16 بينهم أربعة أطفال») stays a
 * sub-category of the incident, which reconciliation compares as such.
 */
final class ScopeReader {
  private final ScopeCues cues;
  private final TokenWords w;
  private final int from;
  private final int to;
  private final long scopeBit;
  private final long openerBit;
  private final PhraseIndex<Boolean> openers;
  private final String original;
  private final IntSupplier pastBefore;
  /** The original spans of the sentence's count phrases, as start, end pairs. */
  private final int[] countSpans;
  /** Per token, how many embedders (which, الذي) stand before it; set by {@link #apply}. */
  private int[] embedded;
  /** Per token, how many connectives (حيث) stand before it; set by {@link #apply}. */
  private int[] joined;
  /** The sentence's tokens as the cue tables read them, shared by the scope and part passes. */
  private final Adapter tokens = new Adapter();

  /**
   * @param lex        the sentence's lexicon
   * @param words      the tokens, with their lexicon key bits
   * @param from       the sentence's first token
   * @param to         its end
   * @param original   the document's original text
   * @param pastBefore a year is past, for {@code {pastYear}}, when it is before this one
   * @param countSpans the original spans of the sentence's count phrases (start, end pairs), for
   *                   the {@link Reach#NOUN} cues
   */
  ScopeReader(Lexicon lex, TokenWords words, int from, int to, String original,
      IntSupplier pastBefore, int[] countSpans) {
    this.countSpans = countSpans;
    this.cues = lex.scopeCues;
    this.w = words;
    this.from = from;
    this.to = to;
    this.scopeBit = lex.scopeWords.bit();
    this.openers = lex.clauseOpeners;
    this.openerBit = openers.bit();
    this.original = original;
    this.pastBefore = pastBefore;
  }

  /** A cue found in the sentence and the clause it stands in. */
  private record Found(Match match, int clause) {}

  /**
   * Gives the claims {@code claims[first, ..)}, all of this sentence, the scope their cues say,
   * and finds the claims that part cues govern.
   *
   * @param claims the claims, replaced in place
   * @param first  the first claim of the sentence
   * @return the claims of the sentence that part cues govern, in text order; empty if none
   */
  List<PartReader.PartCue> apply(List<Claim> claims, int first) {
    if (first >= claims.size()) {
      return List.of();
    }
    if (!cues.isEmpty()) {
      applyScopes(claims, first);
    }
    return cues.hasParts()
        ? new PartReader(cues, w, from, to, scopeBit, original, pastBefore, countSpans, tokens)
            .read(claims, first)
        : List.of();
  }

  private void applyScopes(List<Claim> claims, int first) {
    List<Found> found = new ArrayList<>(2);
    int[] clause = new int[to - from];
    boolean[] continues = new boolean[to - from + 1];
    int c = 0;
    for (int i = from; i < to; ) {
      if (w.isPunctuation(i) && isBreak(i)) {
        clause[i - from] = c++;
        if (i + 1 < to && w.isWord(i + 1) && cues.continuer(tokens, i + 1, to) > 0) {
          continues[c] = true;
        }
        i++;
        continue;
      }
      if (i > from && w.isWord(i) && (w.keys(i) & openerBit) != 0
          && !(w.isPunctuation(i - 1) && isBreak(i - 1)) && openers.match(w, i) != null) {
        c++;
      }
      clause[i - from] = c;
      if (w.isWord(i) && (w.keys(i) & scopeBit) != 0) {
        Match m = cues.match(tokens, i, to, pastBefore);
        if (m != null) {
          for (int j = i; j < m.end(); j++) {
            clause[j - from] = c; // a cue is one clause: it holds no break
          }
          found.add(new Found(m, c));
          i = m.end();
          continue;
        }
      }
      i++;
    }
    if (found.isEmpty()) {
      return;
    }
    mergeDates(found);
    // embedded[i - from]: how many embedders (which, الذي) stand before token i; joined: how many
    // connectives (حيث)
    embedded = new int[to - from + 1];
    joined = new int[to - from + 1];
    for (int i = from; i < to; i++) {
      boolean word = w.isWord(i);
      embedded[i + 1 - from] = embedded[i - from]
          + (word && cues.embedder(tokens, i, to) > 0 ? 1 : 0);
      joined[i + 1 - from] = joined[i - from]
          + (word && cues.connective(tokens, i, to) > 0 ? 1 : 0);
    }
    int n = claims.size() - first;
    int[] claimFrom = new int[n];
    int[] claimTo = new int[n];
    boolean[] clauseHasClaim = new boolean[c + 1];
    claimTokens(w, from, to, claims, first, claimFrom, claimTo);
    for (int k = 0; k < n; k++) {
      for (int t = claimFrom[k]; t < claimTo[k]; t++) {
        clauseHasClaim[clause[t - from]] = true;
      }
    }
    for (int k = 0; k < n; k++) {
      Found best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Found f : found) {
        int d = distance(f, claimFrom[k], claimTo[k], clause, continues, clauseHasClaim);
        if (d >= 0 && d < bestDistance) {
          best = f;
          bestDistance = d;
        }
      }
      if (best != null && best.match().cue().scope() != Scope.INCIDENT) {
        Match m = best.match();
        String cue = original.substring(w.spanStart(m.start()), w.spanEnd(m.end() - 1));
        claims.set(first + k, claims.get(first + k).withScope(m.cue().scope(), cue));
      }
    }
  }

  /**
   * How many tokens lie between a cue and the claim {@code [a, b)} it governs, or -1 if it does
   * not govern it.
   */
  private int distance(Found f, int a, int b, int[] clause, boolean[] continues,
      boolean[] clauseHasClaim) {
    Match m = f.match();
    int ca = clause[a - from];
    int cb = clause[b - 1 - from];
    boolean after = a >= m.end();
    boolean before = b <= m.start();
    if (m.cue().reach() == Reach.AFTER) {
      if (!after || joined[a - from] > joined[m.end() - from]) {
        return -1; // «أسوأ الهجمات منذ بداية الحرب حيث أسفرت عن مقتل 50»: the 50 are the attack's
      }
      for (int x = f.clause() + 1; x <= ca; x++) {
        if (!continues[x]) {
          return -1;
        }
      }
      return a - m.end();
    }
    boolean same = f.clause() >= ca && f.clause() <= cb;
    boolean fronted = f.clause() == 0 && !clauseHasClaim[0] && ca == 1;
    if (!same && !fronted) {
      return -1;
    }
    if (after) {
      return a - m.end();
    }
    if (before && embedded[m.start() - from] > embedded[b - from]) {
      return -1; // "arrested 7, among them the man behind the attack that killed 89 last week"
    }
    return before ? m.start() - b : 0;
  }

  /**
   * A date right after a cumulative cue is its starting point, not another incident: «منذ اندلاع
   * الأزمة السورية منتصف مارس 2011», "since the crisis started in February 2003"; after a
   * superlative it is what the incident is compared with («الأعنف منذ عام 1998»). A background cue
   * that starts at most three tokens after a cumulative or superlative one, in its clause, joins
   * it and takes its scope and reach.
   */
  private static void mergeDates(List<Found> found) {
    for (int k = found.size() - 1; k > 0; k--) {
      Found before = found.get(k - 1);
      Found date = found.get(k);
      if ((before.match().cue().scope() == Scope.CUMULATIVE
          || before.match().cue().reach() == Reach.AFTER)
          && date.match().cue().scope() == Scope.BACKGROUND
          && date.match().cue().reach() == Reach.CLAUSE
          && before.clause() == date.clause()
          && date.match().start() - before.match().end() <= 3) {
        Match joined = new Match(before.match().cue(), before.match().start(), date.match().end());
        found.set(k - 1, new Found(joined, before.clause()));
        found.remove(k);
      }
    }
  }

  /**
   * The tokens of the claims {@code claims[first, ..)}: claim {@code k} covers tokens {@code
   * [a[k], b[k])} of {@code [from, to)}, at least one.
   */
  static void claimTokens(TokenWords w, int from, int to, List<Claim> claims, int first, int[] a,
      int[] b) {
    for (int k = 0; k < a.length; k++) {
      Claim claim = claims.get(first + k);
      int x = from;
      while (x < to && w.spanEnd(x) <= claim.span().start()) {
        x++;
      }
      int y = x;
      while (y < to && w.spanStart(y) < claim.span().end()) {
        y++;
      }
      a[k] = Math.min(x, to - 1);
      b[k] = Math.max(y, a[k] + 1);
    }
  }

  /** Whether token {@code i} is a mark that ends a clause. */
  private boolean isBreak(int i) {
    return isBreak(w, i);
  }

  /** Whether token {@code i} of {@code w} is a mark that ends a clause. */
  static boolean isBreak(TokenWords w, int i) {
    if (w.length(i) != 1) {
      return false;
    }
    return switch (w.charAt(i, 0)) {
      case ',', '\u060C', ';', '\u061B', ':', '.', '(', ')', '?', '\u061F', '!' -> true;
      default -> false;
    };
  }

  /** The sentence's tokens as the cue matcher reads them. */
  private final class Adapter implements ScopeCues.Tokens {
    @Override
    public boolean isWordOrNumber(int i) {
      return i >= from && i < to && !w.isPunctuation(i) && w.length(i) > 0;
    }

    @Override
    public boolean isBreak(int i) {
      return i < from || i >= to || w.isPunctuation(i) && ScopeReader.this.isBreak(i);
    }

    @Override
    public long number(int i) {
      int len = w.length(i);
      if (len == 0 || len > 12) {
        return -1;
      }
      long v = 0;
      for (int k = 0; k < len; k++) {
        char ch = w.charAt(i, k);
        if (ch < '0' || ch > '9') {
          return -1;
        }
        v = v * 10 + (ch - '0');
      }
      return v;
    }

    @Override
    public boolean matchesWord(int i, String word) {
      return w.matchesWord(i, word);
    }

    @Override
    public char[] chars() {
      return w.chars();
    }

    @Override
    public int start(int i) {
      return w.start(i);
    }

    @Override
    public int end(int i) {
      return w.end(i);
    }

    @Override
    public int entryStems(int i) {
      // only the stems at which the extractor's key table found an entry
      return w.entryStems(i);
    }

    @Override
    public int stemMask(int i) {
      return w.stemMask(i);
    }
  }
}
