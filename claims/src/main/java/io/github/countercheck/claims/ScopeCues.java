package io.github.countercheck.claims;

import io.github.countercheck.core.internal.WordTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scope cues of a lexicon ({@code scope} section): phrases that say a count is a cumulative
 * total («منذ اندلاع الأزمة», "since the start of the year") or another, earlier incident («في
 * هجوم مماثل», "the deadliest since 1998"), compiled once from the lexicon file. Immutable and
 * thread-safe.
 *
 * <p>A phrase is a sequence of elements: a word (normalized as text is, matched whole or without
 * its proclitics), {@code {name}} for any entry of a class of the section (an entry may have
 * several words), {@code {year}} (a number token from 1900 to 2099), {@code {pastYear}} (a year
 * before the document's publication year), {@code {number}} (a number token), {@code {any}} (one
 * word or number) and {@code {gap}} (up to {@value #GAP} tokens of the clause, marks such as
 * {@code /} included). A phrase that opens
 * with a class is indexed under the first word of each of its entries, so that the extractor's
 * one lookup per word tells which sentences hold a cue at all.
 *
 * <p>Cues, continuers, embedders and connectives are found by their first word in {@link
 * WordTable}s, looked up by the char range of a token's stem: no string is made per word.
 */
final class ScopeCues {

  /** How far a cue reaches. */
  enum Reach {
    /** The claims of the cue's clause, before or after it. */
    CLAUSE,
    /** Only the claims after the cue, in its clause and the clauses that continue it. */
    AFTER,
    /**
     * For {@link Scope#PART} only: the claim right after the cue (at most one word between, or
     * the cue inside the claim's phrase), and the claims of its clause joined to it by و / and:
     * «بينهم 3 أتراك»، "including 4 Japanese".
     */
    NEXT,
    /**
     * For {@link Scope#PART} only: the claim right before the cue, the cue starting inside the
     * claim's phrase or just after it, and the claims of its clause joined to it by و / and:
     * «3 منهم في حالة خطيرة»، "112 remain in hospital".
     */
    PREVIOUS,
    /**
     * For {@link Scope#PART} only: the claim whose count phrase ends right before the cue, the cue
     * being the counted noun («ثلاثة أتراك»، «120 رجلا»، "4 Japanese") or saying "of them" («ثلاثة
     * منهم», "three of them"), and the claims joined to it; not a noun's adjective («15 معتمرا
     * فلسطينيا»: the pilgrims are the count), nor «منهم» after a noun («قتل 5 أشخاص منهم 3 نساء»).
     * The larger count must come before the claim.
     */
    NOUN
  }

  /** The most words a {@code {gap}} spans. */
  static final int GAP = 5;

  /** The kinds of phrase elements. */
  enum Kind {
    WORDS, YEAR, PAST_YEAR, NUMBER, ANY, GAP
  }

  /**
   * One element of a phrase: for {@link Kind#WORDS}, the alternatives, each a sequence of
   * normalized words, and a table of their first words (a word that starts none is passed over
   * with one lookup); null for the other kinds.
   */
  record Element(Kind kind, String[][] alternatives, WordTable firsts) {
    Element(Kind kind, String[][] alternatives) {
      this(kind, alternatives, alternatives == null ? null : firstsOf(alternatives));
    }

    private static WordTable firstsOf(String[][] alternatives) {
      Map<String, Integer> firsts = new HashMap<>();
      for (String[] alt : alternatives) {
        firsts.put(alt[0], 1);
      }
      return WordTable.of(firsts);
    }
  }

  /** A compiled phrase: the elements after the first word it is indexed under. */
  record Cue(Scope scope, Reach reach, Element[] rest, String phrase) {}

  /** The words and tokens a token sequence offers to the matcher. */
  interface Tokens {
    /** @return whether token {@code i} is a word or a number (not punctuation) */
    boolean isWordOrNumber(int i);

    /** @return whether token {@code i} is a mark that ends a clause */
    boolean isBreak(int i);

    /** @return the value of token {@code i} if it is a number in digits, else -1 */
    long number(int i);

    /** @return whether word {@code i}, whole or without its proclitics, is {@code word} */
    boolean matchesWord(int i, String word);

    /** @return the chars that hold every token's normalized form */
    char[] chars();

    /** @return where token {@code i}'s form starts in {@link #chars()} */
    int start(int i);

    /** @return where token {@code i}'s form ends in {@link #chars()} */
    int end(int i);

    /**
     * @return the stem offsets of word {@code i} (bit {@code k}: the form without its first
     *     {@code k} chars) at which a cue may start, longest stem first when read from bit 0
     */
    int entryStems(int i);

    /** @return all the stem offsets of word {@code i}, as {@link WordSeq#stemMask} */
    int stemMask(int i);
  }

  /** A match: the cue and the token range it covers. */
  record Match(Cue cue, int start, int end) {}

  /** The cues by the first word they are indexed under: {@link #byFirst} gives their index. */
  private final ScopeCueTable byFirst;
  /** The {@link Scope#PART} cues, matched apart from the others: they never take their words. */
  private final ScopeCueTable partsByFirst;
  private final List<String> firstWords;
  private final String[][] continuers;
  private final String[][] embedders;
  private final String[][] connectives;
  /**
   * The first words of the continuers, embedders and connectives, with bit {@link #CONTINUER},
   * {@link #EMBEDDER} or {@link #CONNECTIVE}: a word none of them starts with is not looked at.
   */
  private final WordTable listFirsts;
  private final boolean empty;

  private static final int CONTINUER = 1;
  private static final int EMBEDDER = 2;
  private static final int CONNECTIVE = 4;

  private ScopeCues(Map<String, List<Cue>> byFirst, Map<String, List<Cue>> partsByFirst,
      String[][] continuers, String[][] embedders, String[][] connectives) {
    this.byFirst = new ScopeCueTable(byFirst);
    this.partsByFirst = new ScopeCueTable(partsByFirst);
    this.connectives = connectives;
    java.util.Set<String> first = new java.util.TreeSet<>(byFirst.keySet());
    first.addAll(partsByFirst.keySet());
    this.firstWords = List.copyOf(first);
    this.continuers = continuers;
    this.embedders = embedders;
    this.empty = byFirst.isEmpty();
    Map<String, Integer> firsts = new HashMap<>();
    addFirsts(firsts, continuers, CONTINUER);
    addFirsts(firsts, embedders, EMBEDDER);
    addFirsts(firsts, connectives, CONNECTIVE);
    this.listFirsts = WordTable.of(firsts);
  }

  private static void addFirsts(Map<String, Integer> into, String[][] list, int bit) {
    for (String[] entry : list) {
      into.merge(entry[0], bit, (a, b) -> a | b);
    }
  }

  /** No cues: every claim keeps {@link Scope#INCIDENT}. */
  static final ScopeCues NONE = new ScopeCues(Map.of(), Map.of(), new String[0][],
      new String[0][], new String[0][]);

  /**
   * Compiles the scope section of a lexicon file.
   *
   * @throws IllegalArgumentException naming the field of a phrase that names an unknown class,
   *     or that is empty, or of a group whose reach does not fit its scope (PART cues reach NEXT,
   *     PREVIOUS or NOUN, the others CLAUSE or AFTER)
   */
  static ScopeCues compile(LexiconFile.ScopeWords words) {
    if (words == null) {
      return NONE;
    }
    Map<String, String[][]> classes = new HashMap<>();
    words.classes().forEach((name, entries) -> {
      String[][] alts = new String[entries.size()][];
      for (int i = 0; i < entries.size(); i++) {
        alts[i] = ScopePhrases.wordsOf(entries.get(i), "scope.classes." + name + "[" + i + "]");
      }
      classes.put(name, alts);
    });
    Map<String, List<Cue>> byFirst = new HashMap<>();
    Map<String, List<Cue>> partsByFirst = new HashMap<>();
    for (int g = 0; g < words.cues().size(); g++) {
      LexiconFile.ScopeGroup group = words.cues().get(g);
      String field = "scope.cues[" + g + "]";
      if (group.scope() == null) {
        throw new IllegalArgumentException("field '" + field + ".scope' is missing");
      }
      boolean part = group.scope() == Scope.PART;
      Reach reach = group.governs() == null ? part ? Reach.NEXT : Reach.CLAUSE : group.governs();
      boolean adjacent = reach == Reach.NEXT || reach == Reach.PREVIOUS || reach == Reach.NOUN;
      if (part != adjacent) {
        throw new IllegalArgumentException("field '" + field + ".governs': " + reach + " does not"
            + " fit scope " + group.scope() + " (PART cues govern NEXT, PREVIOUS or NOUN, the others"
            + " CLAUSE or AFTER)");
      }
      Map<String, List<Cue>> into = part ? partsByFirst : byFirst;
      for (int p = 0; p < group.phrases().size(); p++) {
        String phrase = group.phrases().get(p);
        String pf = field + ".phrases[" + p + "]";
        List<Element> elements = ScopePhrases.parse(phrase, classes, pf);
        Element head = elements.get(0);
        if (head.kind() != Kind.WORDS) {
          throw new IllegalArgumentException("field '" + pf + "': '" + phrase
              + "' must open with a word or a class, not " + head.kind());
        }
        for (String[] alt : head.alternatives()) {
          List<Element> rest = new ArrayList<>();
          if (alt.length > 1) {
            String[] more = java.util.Arrays.copyOfRange(alt, 1, alt.length);
            for (String w : more) {
              rest.add(new Element(Kind.WORDS, new String[][] {{w}}));
            }
          }
          rest.addAll(elements.subList(1, elements.size()));
          Cue cue = new Cue(group.scope(), reach, rest.toArray(Element[]::new), phrase);
          for (String key : WordSeq.stemsOf(alt[0])) {
            into.computeIfAbsent(key, k -> new ArrayList<>(2)).add(cue);
          }
        }
      }
    }
    return new ScopeCues(freeze(byFirst), freeze(partsByFirst),
        ScopePhrases.wordsOfAll(words.continuers(), "scope.continuers"),
        ScopePhrases.wordsOfAll(words.embedders(), "scope.embedders"),
        ScopePhrases.wordsOfAll(words.connectives(), "scope.connectives"));
  }

  private static Map<String, List<Cue>> freeze(Map<String, List<Cue>> byFirst) {
    Map<String, List<Cue>> frozen = new HashMap<>();
    byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Map.copyOf(frozen);
  }

  /** @return the words that cues start with, to register in the lexicon's key table */
  List<String> firstWords() {
    return firstWords;
  }

  /** @return whether there are no cues other than {@link Scope#PART} ones */
  boolean isEmpty() {
    return empty;
  }

  /** @return whether there are {@link Scope#PART} cues */
  boolean hasParts() {
    return !partsByFirst.isEmpty();
  }

  /** Whether some stem of word {@code i} is the first word of an entry of list {@code bit}. */
  private boolean mayStart(Tokens t, int i, int bit) {
    return (listFirsts.getStems(t.chars(), t.start(i), t.end(i), t.stemMask(i)) & bit) != 0;
  }

  /**
   * Whether word {@code i} opens a clause that continues the one before (when, حيث).
   *
   * @return how many words the continuer has, or 0
   */
  int continuer(Tokens t, int i, int to) {
    return mayStart(t, i, CONTINUER) ? anyAt(continuers, t, i, to) : 0;
  }

  /**
   * Whether word {@code i} opens an embedded clause (a relative clause: which, الذي): a cue after
   * it speaks of what the clause is about, not of a count before it.
   *
   * @return how many words the embedder has, or 0
   */
  int embedder(Tokens t, int i, int to) {
    return mayStart(t, i, EMBEDDER) ? anyAt(embedders, t, i, to) : 0;
  }

  /**
   * Whether word {@code i} joins a clause about the sentence's main event (حيث): an AFTER cue
   * before it does not reach past it, whereas a relative (الذي, which) speaks of the noun just
   * before it, which may be what the cue compares with.
   *
   * @return how many words the connective has, or 0
   */
  int connective(Tokens t, int i, int to) {
    return mayStart(t, i, CONNECTIVE) ? anyAt(connectives, t, i, to) : 0;
  }

  private static int anyAt(String[][] list, Tokens t, int i, int to) {
    for (String[] c : list) {
      if (wordsAt(t, i, to, c)) {
        return c.length;
      }
    }
    return 0;
  }

  /**
   * The longest cue that starts at word {@code i} and ends by {@code to}.
   *
   * @param t         the tokens
   * @param i         the first word
   * @param to        the end of the sentence
   * @param pastBefore a year is past when it is before this one
   * @return the match, or null
   */
  Match match(Tokens t, int i, int to, java.util.function.IntSupplier pastBefore) {
    return longest(byFirst, t, i, to, pastBefore);
  }

  /**
   * The longest {@link Scope#PART} cue of each reach that starts at word {@code i}, in one pass
   * over its cues, for {@link Reach#NEXT}, {@link Reach#PREVIOUS} and {@link Reach#NOUN}.
   *
   * @param out receives the matches of the three reaches, in that order (null for none)
   */
  void matchParts(Tokens t, int i, int to, java.util.function.IntSupplier pastBefore,
      Match[] out) {
    java.util.Arrays.fill(out, null);
    char[] chars = t.chars();
    int from = t.start(i);
    int end = t.end(i);
    for (int m = t.entryStems(i); m != 0; m &= m - 1) { // the longest stem first
      int id = partsByFirst.id(chars, from + Integer.numberOfTrailingZeros(m), end);
      int candidates = id < 0 ? 0 : partsByFirst.candidates(id, t, i + 1, to);
      if (candidates == 0) {
        continue;
      }
      Cue[] list = partsByFirst.cues(id);
      for (int x = 0; x < list.length; x++) {
        if ((candidates & 1 << x) == 0) {
          continue; // its second element cannot start at the next token
        }
        Cue cue = list[x];
        int r = cue.reach() == Reach.NEXT ? 0 : cue.reach() == Reach.PREVIOUS ? 1 : 2;
        int last = matchRest(t, cue.rest(), 0, i + 1, to, pastBefore);
        if (last > 0 && (out[r] == null || last > out[r].end())) {
          out[r] = new Match(cue, i, last);
        }
      }
    }
  }

  private static Match longest(ScopeCueTable byFirst, Tokens t, int i, int to,
      java.util.function.IntSupplier pastBefore) {
    Match best = null;
    char[] chars = t.chars();
    int from = t.start(i);
    int end = t.end(i);
    for (int m = t.entryStems(i); m != 0; m &= m - 1) { // the longest stem first
      int id = byFirst.id(chars, from + Integer.numberOfTrailingZeros(m), end);
      int candidates = id < 0 ? 0 : byFirst.candidates(id, t, i + 1, to);
      if (candidates == 0) {
        continue;
      }
      Cue[] list = byFirst.cues(id);
      for (int x = 0; x < list.length; x++) {
        if ((candidates & 1 << x) == 0) {
          continue; // its second element cannot start at the next token
        }
        Cue cue = list[x];
        int last = matchRest(t, cue.rest(), 0, i + 1, to, pastBefore);
        if (last > 0 && (best == null || last > best.end())) {
          best = new Match(cue, i, last);
        }
      }
    }
    return best;
  }

  /** The furthest end of elements {@code [k, ..)} matched from token {@code j}, or -1. */
  private static int matchRest(Tokens t, Element[] rest, int k, int j, int to,
      java.util.function.IntSupplier pastBefore) {
    if (k == rest.length) {
      return j;
    }
    Element e = rest[k];
    switch (e.kind()) {
      case GAP -> {
        int best = -1;
        for (int n = 0; n <= GAP && j + n <= to; n++) {
          if (n > 0 && t.isBreak(j + n - 1)) {
            break; // a gap stays in its clause; it may hold a mark such as / or -
          }
          best = Math.max(best, matchRest(t, rest, k + 1, j + n, to, pastBefore));
        }
        return best;
      }
      case WORDS -> {
        if (j >= to || !t.isWordOrNumber(j)
            || e.firsts().getStems(t.chars(), t.start(j), t.end(j), t.stemMask(j)) == 0) {
          return -1; // no alternative starts with word j
        }
        int best = -1;
        for (String[] alt : e.alternatives()) {
          if (wordsAt(t, j, to, alt)) {
            best = Math.max(best, matchRest(t, rest, k + 1, j + alt.length, to, pastBefore));
          }
        }
        return best;
      }
      default -> {
        if (j >= to || !t.isWordOrNumber(j) || !single(t, e.kind(), j, pastBefore)) {
          return -1;
        }
        return matchRest(t, rest, k + 1, j + 1, to, pastBefore);
      }
    }
  }

  private static boolean single(Tokens t, Kind kind, int j,
      java.util.function.IntSupplier pastBefore) {
    return switch (kind) {
      case ANY -> true;
      case NUMBER -> t.number(j) >= 0;
      case YEAR -> isYear(t.number(j));
      case PAST_YEAR -> isYear(t.number(j)) && t.number(j) < pastBefore.getAsInt();
      default -> false;
    };
  }

  /** Whether a number reads as a year of modern news. */
  static boolean isYear(long n) {
    return n >= 1900 && n <= 2099;
  }

  private static boolean wordsAt(Tokens t, int j, int to, String[] words) {
    if (j + words.length > to) {
      return false;
    }
    for (int x = 0; x < words.length; x++) {
      if (!t.isWordOrNumber(j + x) || !t.matchesWord(j + x, words[x])) {
        return false;
      }
    }
    return true;
  }
}
