package io.github.countercheck.claims;

import io.github.countercheck.claims.ScopeCues.Match;
import io.github.countercheck.claims.ScopeCues.Reach;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Reads which claims of a sentence the {@link Scope#PART} cues govern (see {@link ScopeReader},
 * "Parts"), and makes parts of them once the whole document is read ({@link #resolveParts}).
 * Part cues are read apart from the other scope cues: they take no words from them.
 */
final class PartReader {
  private final ScopeCues cues;
  private final TokenWords w;
  private final int from;
  private final int to;
  private final long scopeBit;
  private final String original;
  private final IntSupplier pastBefore;
  /** The original spans of the sentence's count phrases, as start, end pairs. */
  private final int[] countSpans;
  private final ScopeCues.Tokens tokens;

  PartReader(ScopeCues cues, TokenWords w, int from, int to, long scopeBit, String original,
      IntSupplier pastBefore, int[] countSpans, ScopeCues.Tokens tokens) {
    this.cues = cues;
    this.w = w;
    this.from = from;
    this.to = to;
    this.scopeBit = scopeBit;
    this.original = original;
    this.pastBefore = pastBefore;
    this.countSpans = countSpans;
    this.tokens = tokens;
  }

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
   * The claims of the sentence that a part cue governs: a {@link Reach#NEXT} cue the claim right
   * after it, a {@link Reach#PREVIOUS} cue the claim right before it (see {@link Reach}), and each
   * of them the claims joined to that one ({@link #joined}). The first cue found for a claim is
   * its cue. Part cues are read apart from the other scope cues: they take no words from them.
   */
  List<PartCue> read(List<Claim> claims, int first) {
    int n = claims.size() - first;
    int[] a = new int[n];
    int[] b = new int[n];
    ScopeReader.claimTokens(w, from, to, claims, first, a, b);
    String[] cueOf = null;
    boolean[] largerFirst = null;
    Match[] matches = new Match[PART_REACHES.length];
    for (int i = from; i < to; i++) {
      if (!w.isWord(i) || (w.keys(i) & scopeBit) == 0) {
        continue;
      }
      cues.matchParts(tokens, i, to, pastBefore, matches);
      for (int r = 0; r < PART_REACHES.length; r++) {
        Reach reach = PART_REACHES[r];
        Match m = matches[r];
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
        broken |= w.isPunctuation(t) && ScopeReader.isBreak(w, t);
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
        if (!ScopeReader.isBreak(w, t) || w.length(t) != 1) {
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
}
