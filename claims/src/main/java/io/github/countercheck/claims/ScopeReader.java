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
 * whole document is read ({@link #resolveParts}): only if the document gives a larger count of the
 * same event, scope and modality, whose subject is the part's, or any when the part counts mere
 * persons ({@link Subject#PERSON}); a narrower subject («قتل 16 بينهم أربعة أطفال») stays a
 * sub-category of the incident, which reconciliation compares as such.
 */
final class ScopeReader {
  private final ScopeCues cues;
  private final TokenWords w;
  private final int from;
  private final int to;
  private final int scopeBit;
  private final int openerBit;
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
   * A claim that a {@link Scope#PART} cue governs, to be a part if its document gives a larger
   * count ({@link #resolveParts}).
   *
   * @param claim       the claim's index in the document's claims
   * @param cue         the cue's words, in original wording
   * @param largerFirst whether the larger count must come before the claim (a {@link Reach#NOUN}
   *                    cue: «120 رجلا» after a toll of 233, not the headline "Insurgents kill 23
   *                    Iraqis" before its breakdown)
   */
  record PartCue(int claim, String cue, boolean largerFirst) {}

  /**
   * Gives the claims {@code claims[first, ..)}, all of this sentence, the scope their cues say,
   * and finds the claims that part cues govern.
   *
   * @param claims the claims, replaced in place
   * @param first  the first claim of the sentence
   * @return the claims of the sentence that part cues govern, in text order; empty if none
   */
  List<PartCue> apply(List<Claim> claims, int first) {
    if (first >= claims.size()) {
      return List.of();
    }
    if (!cues.isEmpty()) {
      applyScopes(claims, first);
    }
    return cues.hasParts() ? parts(claims, first) : List.of();
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
    for (int k = 0; k < n; k++) {
      Claim claim = claims.get(first + k);
      int a = from;
      while (a < to && w.spanEnd(a) <= claim.span().start()) {
        a++;
      }
      int b = a;
      while (b < to && w.spanStart(b) < claim.span().end()) {
        b++;
      }
      claimFrom[k] = Math.min(a, to - 1);
      claimTo[k] = Math.max(b, claimFrom[k] + 1);
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
   * The claims of the sentence that a part cue governs: a {@link Reach#NEXT} cue the claim right
   * after it, a {@link Reach#PREVIOUS} cue the claim right before it (see {@link Reach}), and each
   * of them the claims joined to that one ({@link #joined}). The first cue found for a claim is
   * its cue. Part cues are read apart from the other scope cues: they take no words from them.
   */
  private List<PartCue> parts(List<Claim> claims, int first) {
    int n = claims.size() - first;
    int[] a = new int[n];
    int[] b = new int[n];
    for (int k = 0; k < n; k++) {
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
    String[] cueOf = null;
    boolean[] largerFirst = null;
    for (int i = from; i < to; i++) {
      if (!w.isWord(i) || (w.keys(i) & scopeBit) == 0) {
        continue;
      }
      for (Reach reach : PART_REACHES) {
        Match m = cues.matchPart(reach, tokens, i, to, pastBefore);
        if (m == null) {
          continue;
        }
        int k = switch (reach) {
          case NEXT -> claimAfter(claims, first, m, a, b);
          case PREVIOUS -> claimBefore(m, a, b);
          default -> claimCounting(m, a, b);
        };
        if (k < 0) {
          continue;
        }
        if (cueOf == null) {
          cueOf = new String[n];
          largerFirst = new boolean[n];
        }
        String cue = original.substring(w.spanStart(m.start()), w.spanEnd(m.end() - 1));
        for (int j = k; j < n; j++) {
          if (j > k && !joined(claims.get(first + j - 1), claims.get(first + j), b[j - 1], a[j],
              b[j])) {
            break;
          }
          if (cueOf[j] == null) {
            cueOf[j] = cue;
            largerFirst[j] = reach == Reach.NOUN;
          }
        }
      }
    }
    if (cueOf == null) {
      return List.of();
    }
    List<PartCue> out = new ArrayList<>(2);
    for (int k = 0; k < n; k++) {
      if (cueOf[k] != null) {
        out.add(new PartCue(first + k, cueOf[k], largerFirst[k]));
      }
    }
    return out;
  }

  private static final Reach[] PART_REACHES = {Reach.NEXT, Reach.PREVIOUS, Reach.NOUN};

  /**
   * The claim a {@link Reach#NOUN} cue governs: the one holding the word before the cue, when that
   * word is in a count phrase (of several, the one that ends first); -1 if none.
   */
  private int claimCounting(Match m, int[] a, int[] b) {
    int t = m.start() - 1;
    if (t < from || !inCount(t)) {
      return -1;
    }
    int best = -1;
    for (int k = 0; k < a.length; k++) {
      // a list item's phrase may reach back over the one before: the shortest is the count's
      if (a[k] <= t && t < b[k] && (best < 0 || b[k] < b[best])) {
        best = k;
      }
    }
    return best;
  }

  /** Whether token {@code t} is in a count phrase. */
  private boolean inCount(int t) {
    for (int x = 0; x + 1 < countSpans.length; x += 2) {
      if (w.spanStart(t) >= countSpans[x] && w.spanEnd(t) <= countSpans[x + 1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The claim a {@link Reach#NEXT} cue governs: of those that end after the cue and start at most
   * one word after it, with no clause mark between, the one that starts nearest after it; else
   * one whose phrase holds the cue («المصابين تم تحويل 3»); -1 if none. A cue right after a claim
   * of another event is that claim's («مصرع 9 منهم وإصابة آخر»: of them), and governs nothing.
   */
  private int claimAfter(List<Claim> claims, int first, Match m, int[] a, int[] b) {
    int before = -1;
    for (int k = 0; k < a.length; k++) {
      if (b[k] == m.start()) {
        before = k;
      }
    }
    int best = -1;
    int bestRank = Integer.MAX_VALUE;
    for (int k = 0; k < a.length; k++) {
      if (b[k] <= m.end() || a[k] > m.end() + 1) {
        continue;
      }
      boolean broken = false;
      for (int t = m.end(); t < a[k]; t++) {
        broken |= w.isPunctuation(t) && isBreak(t);
      }
      // a list item's phrase may reach back over the cue: one that starts after it comes first
      int rank = a[k] >= m.end() ? a[k] - m.end() : 2 + m.end() - a[k];
      if (!broken && rank < bestRank) {
        best = k;
        bestRank = rank;
      }
    }
    if (best >= 0 && before >= 0 && before != best
        && claims.get(first + before).event() != claims.get(first + best).event()) {
      return -1;
    }
    return best;
  }

  /**
   * The claim a {@link Reach#PREVIOUS} cue governs: the last whose phrase holds the cue's first
   * word or ends right before it; -1 if none.
   */
  private static int claimBefore(Match m, int[] a, int[] b) {
    int best = -1;
    for (int k = 0; k < a.length; k++) {
      if (a[k] <= m.start() && m.start() <= b[k] && (best < 0 || a[k] > a[best])) {
        best = k;
      }
    }
    return best;
  }

  /**
   * Whether claim {@code next} is joined to claim {@code prev} as the next item of one
   * breakdown: the same event, and between them at most three tokens of the clause (a comma of
   * a list allowed) that end with و or "and", or nothing but a comma, or none when {@code next}
   * opens with و: «بينهم 38 مصابا بالخرطوش و18 مصابا بجروح», "including 3 Britons and 2 French".
   *
   * <p>A list item's phrase may reach back over the item before it («بينهم 33 بالخرطوش و4» is
   * read with the words from «مصابا»): then the words of {@code next} after {@code prev}, its
   * number among them, are read instead, and one of them must be و or "and" or open with و.
   *
   * @param end     the token after {@code prev}
   * @param start   the first token of {@code next}
   * @param nextEnd the token after {@code next}
   */
  private boolean joined(Claim prev, Claim next, int end, int start, int nextEnd) {
    if (prev.event() != next.event() || nextEnd <= end) {
      return false;
    }
    boolean overlaps = start < end;
    int x = overlaps ? end : start;
    int lo = end;
    int hi = overlaps ? nextEnd : start;
    if (hi - lo > (overlaps ? 4 : 3)) {
      return false;
    }
    boolean comma = false;
    boolean and = false;
    for (int t = lo; t < hi; t++) {
      if (w.isPunctuation(t)) {
        if (!isBreak(t) || w.length(t) != 1) {
          continue;
        }
        char c = w.charAt(t, 0);
        if (c != ',' && c != '\u060C') {
          return false;
        }
        comma = true;
      } else if (w.is(t, "\u0648") || w.is(t, "and")) {
        and = true;
      } else if (overlaps && opensWithWaw(t)) {
        and = true;
      }
    }
    if (and) {
      return true;
    }
    if (!overlaps && x - lo <= 1 && (opensWithWaw(start) || w.is(start, "and"))) {
      return true; // «38 مصابا و18»: the و is the next phrase's first letter
    }
    return !overlaps && comma && hi - lo == 1;
  }

  /** Whether token {@code t} opens with a و that may be the conjunction. */
  private boolean opensWithWaw(int t) {
    return w.length(t) > 1 && w.charAt(t, 0) == '\u0648'
        && ((w.stemMask(t) & 2) != 0 || Character.isDigit(w.charAt(t, 1)));
  }

  /**
   * Makes a part of each claim a part cue governs ({@link Scope#PART}, with the cue) when its
   * document gives a larger count of the same event: a claim of the same scope and modality whose
   * low is above this claim's high, and whose subject is this claim's, or any when this one counts
   * mere persons ({@link Subject#PERSON}); for a counted noun (nationality, sex) one before it. So «قتل 16 بينهم أربعة أطفال» keeps its 4 children of
   * the incident (a narrower subject, which reconciliation reads as a sub-category), and an
   * article whose only count is "12 were taken to hospital" reports the incident with it. A claim
   * with no upper bound, or of no event, is no part.
   *
   * @param claims     the document's claims, replaced in place
   * @param candidates the claims part cues govern
   */
  static void resolveParts(List<Claim> claims, List<PartCue> candidates) {
    if (candidates.isEmpty()) {
      return;
    }
    Claim[] parts = new Claim[candidates.size()];
    for (int x = 0; x < parts.length; x++) {
      PartCue p = candidates.get(x);
      Claim c = claims.get(p.claim());
      if (hasLarger(c, claims, p.largerFirst() ? p.claim() : claims.size())) {
        parts[x] = c.withScope(Scope.PART, candidates.get(x).cue());
      }
    }
    for (int x = 0; x < parts.length; x++) {
      if (parts[x] != null) {
        claims.set(candidates.get(x).claim(), parts[x]);
      }
    }
  }

  /** Whether one of {@code claims[0, until)} is a larger count that {@code part} is a part of. */
  private static boolean hasLarger(Claim part, List<Claim> claims, int until) {
    Long high = part.quantity().high();
    if (high == null || part.event() == Event.OTHER) {
      return false;
    }
    for (int i = 0; i < until; i++) {
      Claim d = claims.get(i);
      if (d != part && d.event() == part.event() && d.scope() == part.scope()
          && d.modality() == part.modality() && d.quantity().low() > high
          && (d.subject() == part.subject() || part.subject() == Subject.PERSON)) {
        return true;
      }
    }
    return false;
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

  /** Whether token {@code i} is a mark that ends a clause. */
  private boolean isBreak(int i) {
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
