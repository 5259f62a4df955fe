package io.github.countercheck.claims;

import io.github.countercheck.claims.Lexicon.AttributionRole;
import io.github.countercheck.claims.Lexicon.TimeRole;
import io.github.countercheck.claims.PhraseIndex.Match;
import io.github.countercheck.core.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The attribution rule family: who a count is attributed to. It reads the sentence's cues in
 * order (the lexicon's {@code attribution} section: prepositions «وفق، بحسب»; "according to",
 * reporting verbs «قال، أعلنت»; "said", continuations «وأضاف») and names each source in original
 * words; a count takes the nearest cue before it that is not postposed, or a whole-sentence cue
 * after it when nearer; a postposed reporting clause ("18 were killed, state television
 * reported") covers the clause before it. A sentence with no cue of its own passes the carried
 * attribution on only when it continues a report.
 */
final class AttributionReader extends RuleReader {
  /** The sentence's attributions in text order, with the indexes {@link #of} reads them by. */
  private final List<Attribution> list;
  private final int[] nextWhole;
  private final int[] prevPlain;

  /**
   * Reads the attributions of a sentence.
   *
   * @param carried the attribution carried from the sentence before (its text may be null), asked
   *     for only when a cue of this sentence needs it (وقال إن: the source said before)
   */
  AttributionReader(SentenceView view, Supplier<String> carried) {
    super(view);
    this.list = attributions(carried);
    this.nextWhole = nextWholeSentence(list);
    this.prevPlain = previousPlain(list);
  }

  /** @return the attribution of a count, as {@link #nearestAttribution} chooses it */
  String of(CountSlot s) {
    return nearestAttribution(list, nextWhole, prevPlain, s);
  }

  /**
   * @return the attribution this sentence leaves for the next: its own first, else the carried
   *     one if the sentence continues a report (وأضاف), else none
   */
  Supplier<String> leftForNext(Supplier<String> carried) {
    for (Attribution a : list) {
      if (!a.carried) {
        String own = a.text;
        return () -> own;
      }
    }
    return continues() ? carried : SentenceReader.NONE;
  }

  /**
   * An attribution of the sentence: where its cue stands, the source in original words, whether it
   * was carried from the sentence before, whether it covers the whole sentence (وفق X; according
   * to X) or only what follows its verb, and whether it is postposed: a reporting clause set off
   * after what it reports ("18 were killed, state television reported"; «قتل 12 شخصا، قالت
   * الشرطة»), which covers the clause before it instead.
   */
  private record Attribution(int at, String text, boolean carried, boolean wholeSentence,
      boolean postposed) {

    Attribution(int at, String text, boolean carried, boolean wholeSentence) {
      this(at, text, carried, wholeSentence, false);
    }
  }

  private boolean continues() {
    for (int i = from; i < Math.min(to, from + 3); i++) {
      if (w.isWord(i)) {
        Match<AttributionRole> m = v.match(lex.attribution, i);
        if (m != null && m.value() == AttributionRole.CONTINUATION) {
          return true;
        }
      }
    }
    return false;
  }

  private List<Attribution> attributions(Supplier<String> carried) {
    List<Attribution> list = new ArrayList<>(2);
    for (int i = from; i < to; i++) {
      if (!w.isWord(i)) {
        continue;
      }
      Match<AttributionRole> m = v.match(lex.attribution, i);
      if (m == null) {
        continue;
      }
      int next = i + m.words();
      switch (m.value()) {
        case CONTINUATION -> {
          // وأضاف أن، "adding that": the source named last in this sentence, else the one before
          String own = lastOwn(list);
          if (own != null && nextIsComplementizer(next)) {
            list.add(new Attribution(i, own, false, false));
          } else if (nextIsComplementizer(next) && carried.get() != null) {
            list.add(new Attribution(i, carried.get(), true, false));
          }
        }
        case PREPOSITION -> {
          // بحسب ما أعلنت الوزارة، حسبما ذكرت: the source follows the reporting verb
          Match<AttributionRole> verb = v.match(lex.attribution, next);
          if (verb != null && verb.value() == AttributionRole.VERB) {
            next += verb.words();
          }
          String source = sourceAfter(next, false);
          if (source != null) {
            list.add(new Attribution(i, source, false, true));
          }
        }
        case VERB -> {
          // English puts the source before its verb ("the ministry said"), Arabic after it
          // (قالت الوزارة); each falls back to the other order ("said the spokesman").
          boolean complementizer = nextIsComplementizer(next);
          boolean english = language == Language.EN;
          int clause = english ? sourceBeforeStart(i) : -1;
          String source = clause < 0 ? null : v.originalText(clause, i);
          if (source == null && !complementizer) {
            source = sourceAfter(next, v.match(lex.chainVerbs, i) != null);
            clause = i;
          }
          if (source == null && !english) {
            clause = sourceBeforeStart(i);
            source = clause < 0 ? null : v.originalText(clause, i);
          }
          if (source != null) {
            boolean postposed = clause > from && isClauseBreak(clause - 1) && !opensReport(next);
            list.add(new Attribution(i, source, false, false, postposed));
          } else if (nextIsComplementizer(next) && carried.get() != null) {
            list.add(new Attribution(i, carried.get(), true, false)); // وقال إن: the source said before
          }
        }
        default -> { }
      }
      i = next - 1;
    }
    return list;
  }

  private static String lastOwn(List<Attribution> list) {
    for (int k = list.size() - 1; k >= 0; k--) {
      if (!list.get(k).carried) {
        return list.get(k).text;
      }
    }
    return null;
  }

  private boolean nextIsComplementizer(int i) {
    if (i >= to || !w.isWord(i)) {
      return i < to && w.isPunctuation(i) && !w.is(i, "-");
    }
    return lex.words.complementizers.has(w, i);
  }

  /**
   * The source named after a cue: up to six words (twelve through a reporting chain such as
   * نقلت الوكالات عن المتحدث), to the first stop word or punctuation; a hyphen inside a name
   * (إنترفاكس-كازاخستان) does not end it.
   */
  private String sourceAfter(int i, boolean chainVerb) {
    for (Match<TimeRole> t; i < to && w.isWord(i) && (t = v.match(lex.time, i)) != null; ) {
      i += t.words(); // said Tuesday; قالت اليوم الوزارة: a time is no source
    }
    int start = i;
    int end = i;
    boolean chain = false;
    while (end < to && end - start < (chain ? 14 : 6)) {
      if (!w.isWord(end)) {
        if (w.is(end, "-") && end > start && end + 1 < to && w.isWord(end + 1)) {
          end++;
          continue;
        }
        break;
      }
      if (chainVerb && !chain && end > start && lex.words.quoting.has(w, end)) {
        chain = true;
        end++;
        continue;
      }
      if (v.match(lex.attributionStops, end) != null || v.cueAt(end) != null
          || end > start && v.match(lex.time, end) != null) {
        break;
      }
      end++;
    }
    while (end > start && !w.isWord(end - 1)) {
      end--;
    }
    return end == start ? null : v.originalText(start, end);
  }

  /**
   * The source before its verb, in a clause that opens with it: «وزارة الدفاع الروسية قالت إن»,
   * "Tokayev, President of Kazakhstan stated that".
   */
  private int sourceBeforeStart(int verb) {
    int start = verb;
    while (start > from && w.isWord(start - 1) && verb - start < 6
        && (v.match(lex.functionWords, start - 1) == null
            || lex.words.articles.has(w, start - 1))) {
      start--; // an article is part of the name: "The Interior Ministry said"
    }
    boolean opensClause = start == from || !w.isWord(start - 1) && !w.is(start - 1, "-");
    return !opensClause || start == verb ? -1 : start;
  }

  /** Whether a report follows a verb: a complementizer (إن، that) or a colon. */
  private boolean opensReport(int i) {
    if (i >= to) {
      return false;
    }
    return w.isWord(i) ? nextIsComplementizer(i) : w.is(i, ":");
  }

  /** A comma-like mark that sets a reporting clause off from what it reports. */
  private boolean isClauseBreak(int i) {
    if (w.isWord(i)) {
      return false;
    }
    return w.is(i, ",") || w.is(i, "،") || w.is(i, "-") || w.is(i, "–") || w.is(i, "—");
  }

  /**
   * The attribution of a count: when no cue of the sentence that is not postposed stands before
   * it and the next cue is a postposed one, that one (or the source it cites); otherwise the last
   * cue at or before it that is not postposed, or the first whole-sentence cue after it, whichever
   * is closer (the one before on a tie); otherwise a postposed cue before it. {@code list} is in
   * text order; {@code nextWhole[k]} is the index of the first whole-sentence cue at or after
   * {@code k} and {@code prevPlain[k]} that of the last cue before {@code k} that is not
   * postposed, so that a long sentence with many counts and many cues stays linear.
   */
  private static String nearestAttribution(List<Attribution> list, int[] nextWhole,
      int[] prevPlain, CountSlot s) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).at <= s.from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Attribution before = prevPlain[lo] >= 0 ? list.get(prevPlain[lo]) : null;
    boolean ownBefore = before != null && !before.carried;
    if (!ownBefore && lo < list.size() && list.get(lo).postposed) {
      Attribution citing = lo + 1 < list.size() ? list.get(lo + 1) : null;
      // "18 were killed, state television reported, citing the interior ministry": the original
      return citing != null && citing.wholeSentence && citing.at - list.get(lo).at <= 3
          ? citing.text : list.get(lo).text;
    }
    Attribution after = lo < list.size() && nextWhole[lo] >= 0 ? list.get(nextWhole[lo]) : null;
    if (after != null && (before == null || after.at - s.from < s.from - before.at)) {
      return after.text;
    }
    if (before != null) {
      return before.text;
    }
    return lo > 0 ? list.get(lo - 1).text : null;
  }

  private static int[] previousPlain(List<Attribution> list) {
    int[] prev = new int[list.size() + 1];
    prev[0] = -1;
    for (int k = 1; k <= list.size(); k++) {
      prev[k] = list.get(k - 1).postposed ? prev[k - 1] : k - 1;
    }
    return prev;
  }

  private static int[] nextWholeSentence(List<Attribution> list) {
    int[] next = new int[list.size() + 1];
    next[list.size()] = -1;
    for (int k = list.size() - 1; k >= 0; k--) {
      next[k] = list.get(k).wholeSentence ? k : next[k + 1];
    }
    return next;
  }

}
