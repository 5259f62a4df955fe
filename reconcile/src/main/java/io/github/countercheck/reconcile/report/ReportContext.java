package io.github.countercheck.reconcile.report;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.TextNormalizer;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Relation;
import io.github.countercheck.reconcile.Rules;
import io.github.countercheck.reconcile.Status;
import io.github.countercheck.reconcile.Story;
import io.github.countercheck.reconcile.Verdict;
import io.github.countercheck.reconcile.Voice;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the three report formats share, read once per rendering: the documents by id and their
 * display names, each claim's voice and time, a group's figures as a chain in time, its conflicts
 * and updates each named once, and the groups bucketed by story and scope. Plain text only: each
 * renderer escapes what it prints.
 */
final class ReportContext {

  /** The most characters of a document title a report shows. */
  static final int MAX_TITLE = 60;
  /** The most characters of a document title a chain, conflict or update shows. */
  static final int BRIEF_TITLE = 36;
  /** The most links a chain shows; a longer chain shows its start and end around an ellipsis. */
  static final int MAX_CHAIN = 16;
  /** The rule of subjects and their hierarchy: its conflicts set a sub-category against its parent. */
  private static final int SUBJECT_RULE = 4;

  private final Reconciliation r;
  private final ReportOptions options;
  private final Map<String, DocumentMetadata> docs = new HashMap<>();
  private final Map<String, String> titles = new HashMap<>();

  ReportContext(Reconciliation r, ReportOptions options) {
    this.r = Objects.requireNonNull(r, "r");
    this.options = Objects.requireNonNull(options, "options");
    for (DocumentMetadata d : r.documents()) {
      docs.put(d.id(), d);
    }
    options.documentTitles().forEach((id, title) -> {
      String t = shorten(oneLine(title).strip().replaceAll(" {2,}", " "), MAX_TITLE);
      if (!t.isEmpty()) {
        titles.put(id, t);
      }
    });
  }

  Reconciliation reconciliation() {
    return r;
  }

  ReportOptions options() {
    return options;
  }

  // ---- documents, outlets and voices -----------------------------------------------------

  DocumentMetadata doc(String id) {
    return docs.get(id);
  }

  /** @return the claim's publication time, or null when unknown */
  PublicationTime time(Claim c) {
    DocumentMetadata d = docs.get(c.document());
    return d == null ? null : d.published();
  }

  /** The name the engine gives the claim's outlet: its publisher, else its document id. */
  private String engineOutlet(Claim c) {
    DocumentMetadata d = docs.get(c.document());
    return d != null && d.publisher() != null ? d.publisher() : c.document();
  }

  /** @return the outlet as people read it: the publisher, else the title in quotes, else the id */
  String outlet(Claim c) {
    return name(engineOutlet(c));
  }

  /**
   * A voice's or outlet's name as people read it: the engine names a document without a publisher
   * by its id; such a name becomes the document's title, in quotes, when one is known.
   */
  String name(String engineName) {
    return name(engineName, MAX_TITLE);
  }

  private String name(String engineName, int max) {
    String title = titles.get(engineName);
    if (title != null) {
      DocumentMetadata d = docs.get(engineName);
      if (d == null || d.publisher() == null) {
        return "\u201c" + shorten(title, max) + "\u201d";
      }
    }
    return engineName;
  }

  /** @return the voice as people read it, with its outlets when they are other names */
  String voice(Voice v) {
    String name = name(v.name());
    List<String> outlets = new ArrayList<>();
    for (String o : v.outlets()) {
      String shown = name(o);
      if (!sameName(shown, name)) {
        outlets.add(shown);
      }
    }
    return outlets.isEmpty() ? name : name + " (via " + String.join(", ", outlets) + ")";
  }

  /** Per group, the claims' voice indices, found once. */
  private final Map<ClaimGroup, int[]> voicesOf = new java.util.IdentityHashMap<>();

  /**
   * @return the index in {@code g.voices()} of claim {@code ci}'s voice ({@link
   *     Reconciliation#voiceOf}), or -1 when the group's voices do not name it
   */
  int voiceIndex(ClaimGroup g, int ci) {
    int[] v = voicesOf.computeIfAbsent(g, this::findVoices);
    return v[ci];
  }

  private int[] findVoices(ClaimGroup g) {
    int[] out = new int[g.claims().size()];
    for (int i = 0; i < out.length; i++) {
      Voice v = r.voiceOf(g, i);
      out[i] = v == null ? -1 : g.voices().indexOf(v);
    }
    return out;
  }

  /** @return the claim's voice and, when it is another name, the outlet that carried it */
  String voiceOf(ClaimGroup g, int ci) {
    return voiceOf(g, ci, MAX_TITLE);
  }

  /** {@link #voiceOf(ClaimGroup, int)} with titles cut short, for chains and conflicts. */
  String briefVoiceOf(ClaimGroup g, int ci) {
    return voiceOf(g, ci, BRIEF_TITLE);
  }

  private String voiceOf(ClaimGroup g, int ci, int max) {
    Claim c = g.claims().get(ci);
    int vi = voiceIndex(g, ci);
    String voice = vi >= 0 ? name(g.voices().get(vi).name(), max)
        : c.attribution() != null ? c.attribution() : name(engineOutlet(c), max);
    String outlet = name(engineOutlet(c), max);
    return sameName(voice, outlet) ? voice : voice + " via " + outlet;
  }

  private static boolean sameName(String a, String b) {
    return a.equals(b) || key(a).equals(key(b));
  }

  static String key(String name) {
    return TextNormalizer.normalizeForm(name).replaceAll("\\s+", " ").trim();
  }

  // ---- times ------------------------------------------------------------------------------

  /**
   * A publication time as people read it: {@code 6 Jan 2022}, {@code 6 Jan 2022 14:05}, {@code
   * 6 Jan 14:05:30 UTC}, {@code 6 Jan 14:05 +02:00}; the time of day only when it was given.
   *
   * @param t    the time, or null
   * @param year whether to write the year
   */
  static String when(PublicationTime t, boolean year) {
    if (t == null) {
      return "undated";
    }
    LocalDate d = t.date();
    StringBuilder sb = new StringBuilder(24).append(d.getDayOfMonth()).append(' ')
        .append(d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    if (year) {
      sb.append(' ').append(d.getYear());
    }
    if (t.hasTime()) {
      LocalTime lt = Objects.requireNonNull(t.time());
      sb.append(' ');
      two(sb, lt.getHour()).append(':');
      two(sb, lt.getMinute());
      if (lt.getSecond() != 0) {
        two(sb.append(':'), lt.getSecond());
      }
      ZoneOffset o = t.offset();
      if (o != null) {
        sb.append(' ').append(o.getTotalSeconds() == 0 ? "UTC" : o.getId());
      }
    }
    return sb.toString();
  }

  private static StringBuilder two(StringBuilder sb, int v) {
    return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }

  /** Orders claims by publication time, undated last, then by their place in the group. */
  private int[] byTime(ClaimGroup g) {
    int n = g.claims().size();
    Integer[] order = new Integer[n];
    PublicationTime[] times = new PublicationTime[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      times[i] = time(g.claims().get(i));
    }
    java.util.Arrays.sort(order, (a, b) -> {
      PublicationTime ta = times[a];
      PublicationTime tb = times[b];
      if (ta == null || tb == null) {
        return ta == tb ? Integer.compare(a, b) : ta == null ? 1 : -1;
      }
      int c = ta.compareTo(tb);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = order[i];
    }
    return out;
  }

  // ---- the chain --------------------------------------------------------------------------

  /**
   * One link of a chain: a figure, the voices that gave it, and when. Claims of the same figure
   * published at the same time are one link. An elision stands for {@code elided} links left out.
   *
   * @param figure  the figure in words, with its subject when narrower than the group's
   * @param voices  who said it, each with the outlet that carried it when another name
   * @param when    when, with the year where it changes along the chain
   * @param claims  the claims of the link, by index in the group
   * @param elided  how many links an elision stands for; 0 for a link
   */
  record Link(String figure, List<String> voices, String when, List<Integer> claims, int elided) {

    /** @return the link in words: {@code 12 (AFP; state TV, 6 Jan 2022 14:00)} */
    String text() {
      return elided > 0 ? "… " + elided + " more …"
          : figure + " (" + String.join("; ", voices) + ", " + when + ")";
    }
  }

  /** @return the group's figures as a chain in time, each figure with who said it and when */
  List<Link> chain(ClaimGroup g) {
    int[] order = byTime(g);
    List<Link> links = new ArrayList<>();
    PublicationTime prevTime = null;
    String prevFigure = null;
    boolean started = false;
    List<String> voices = null;
    List<Integer> claims = null;
    int lastYear = Integer.MIN_VALUE;
    String when = null;
    for (int ci : order) {
      Claim c = g.claims().get(ci);
      PublicationTime t = time(c);
      String figure = figure(g, c);
      if (started && Objects.equals(t, prevTime) && figure.equals(prevFigure)) {
        String v = briefVoiceOf(g, ci);
        if (!voices.contains(v)) {
          voices.add(v);
        }
        claims.add(ci);
        continue;
      }
      if (started) {
        links.add(new Link(prevFigure, List.copyOf(voices), when, List.copyOf(claims), 0));
      }
      started = true;
      prevTime = t;
      prevFigure = figure;
      voices = new ArrayList<>(List.of(briefVoiceOf(g, ci)));
      claims = new ArrayList<>(List.of(ci));
      boolean year = t != null && t.date().getYear() != lastYear;
      if (t != null) {
        lastYear = t.date().getYear();
      }
      when = when(t, year);
    }
    links.add(new Link(prevFigure, List.copyOf(voices), when, List.copyOf(claims), 0));
    if (links.size() <= MAX_CHAIN) {
      return links;
    }
    int head = MAX_CHAIN / 2;
    int tail = MAX_CHAIN - head - 1;
    List<Link> shown = new ArrayList<>(links.subList(0, head));
    shown.add(new Link("", List.of(), "", List.of(), links.size() - head - tail));
    shown.addAll(links.subList(links.size() - tail, links.size()));
    return shown;
  }

  /** The claim's figure in a chain: its quantity, and its subject when narrower than the group's. */
  static String figure(ClaimGroup g, Claim c) {
    String f = shortFigure(c.quantity());
    return c.subject() == g.subject() ? f : f + " " + c.subject().name();
  }

  /** The figure in a few words: "12", "about 12", "more than 1,000", "10–20", "20–99 vague". */
  static String shortFigure(Quantity q) {
    return switch (q.kind()) {
      case EXACT -> number(q.value());
      case APPROXIMATE -> "about " + number(q.value());
      case AT_LEAST -> "at least " + number(q.value());
      case MORE_THAN -> "more than " + number(q.value());
      case AT_MOST -> "at most " + number(q.value());
      case LESS_THAN -> "fewer than " + number(q.value());
      case RANGE -> number(q.low()) + "–" + number(q.highOrMax());
      case VAGUE -> number(q.low()) + "–" + (q.high() == null ? "∞" : number(q.high())) + " vague";
    };
  }

  /**
   * The figure in the words the reasons use ({@link Quantity#inWords()}), so a report's figures
   * read as its verdicts do.
   */
  static String describe(Quantity q) {
    return q.inWords();
  }

  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  // ---- conflicts and updates, each named once ------------------------------------------------

  /**
   * A conflict or update between two figures, named once for every pair of claims that repeat it
   * (the same figures from the same voices).
   *
   * @param verdict  {@code CONFLICT} or {@code UPDATE}
   * @param first    the earlier claim of its first pair, by index in the group
   * @param second   the later claim of its first pair
   * @param citation the rule the first pair's reason cites, as "rule 5 CONFLICT", or ""
   * @param rule     that rule's number, or 0
   * @param why      what kind of conflict, in a few words; empty for an update
   * @param pairs    how many pairs of claims it stands for
   */
  record Named(Verdict verdict, int first, int second, String citation, int rule, String why,
      int pairs) {}

  /** @return the group's relations of this verdict, each pair of figures and voices once */
  List<Named> named(ClaimGroup g, Verdict verdict) {
    Map<String, Named> byKey = new LinkedHashMap<>();
    int[] order = null;
    for (Relation rel : g.relations()) {
      if (rel.verdict() != verdict) {
        continue;
      }
      if (order == null) {
        int[] byTime = byTime(g);
        order = new int[byTime.length];
        for (int k = 0; k < byTime.length; k++) {
          order[byTime[k]] = k;
        }
      }
      int first = order[rel.a()] <= order[rel.b()] ? rel.a() : rel.b();
      int second = first == rel.a() ? rel.b() : rel.a();
      String a = figure(g, g.claims().get(first)) + '\u0000' + voiceOf(g, first);
      String b = figure(g, g.claims().get(second)) + '\u0000' + voiceOf(g, second);
      String key = verdict == Verdict.UPDATE || a.compareTo(b) <= 0
          ? a + '\u0001' + b : b + '\u0001' + a;
      Named old = byKey.get(key);
      if (old != null) {
        byKey.put(key, new Named(old.verdict(), old.first(), old.second(), old.citation(),
            old.rule(), old.why(), old.pairs() + 1));
        continue;
      }
      String reason = rel.reason();
      int colon = reason.indexOf(':');
      int rule = Rules.cited(reason);
      String citation = rule > 0 && colon > 0 ? reason.substring(0, colon) : "";
      String why = "";
      if (verdict == Verdict.CONFLICT) {
        why = reason.contains("downward revision") ? "a downward revision"
            : rule == SUBJECT_RULE ? "a sub-category's count above its parent's"
            : "the figures do not overlap";
      }
      byKey.put(key, new Named(verdict, first, second, citation, rule, why, 1));
    }
    if (order == null) {
      return List.of();
    }
    int[] rank = order;
    List<Named> out = new ArrayList<>(byKey.values());
    out.sort(java.util.Comparator.<Named>comparingInt(n -> rank[n.first()])
        .thenComparingInt(n -> rank[n.second()]));
    return out;
  }

  /** @return how many relations of each other verdict the group has, and the rules they cite */
  Tally tally(ClaimGroup g) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    Set<Integer> rules = new TreeSet<>();
    for (Relation rel : g.relations()) {
      if (rel.verdict() == Verdict.CONFLICT || rel.verdict() == Verdict.UPDATE) {
        continue;
      }
      counts.merge(rel.verdict(), 1, Integer::sum);
      int rule = Rules.cited(rel.reason());
      if (rule > 0) {
        rules.add(rule);
      }
    }
    return new Tally(Collections.unmodifiableMap(counts), Collections.unmodifiableSet(rules));
  }

  /**
   * The relations a report does not name one by one.
   *
   * @param counts how many of each verdict
   * @param rules  the rules they cite
   */
  record Tally(Map<Verdict, Integer> counts, Set<Integer> rules) {

    /** @return "14 AGREE, 3 VAGUER", or "" when there are none */
    String text() {
      StringBuilder sb = new StringBuilder();
      counts.forEach((v, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ')
          .append(v.name()));
      return sb.toString();
    }
  }

  // ---- stories and scopes --------------------------------------------------------------

  /**
   * The groups of one scope within a story.
   *
   * @param scope  the scope
   * @param groups the groups, by index in the reconciliation, in its order
   */
  record ScopeBlock(Scope scope, List<Integer> groups) {}

  /**
   * A story and its groups.
   *
   * @param story  the story, or null for groups outside any story
   * @param scopes its groups by scope: the incident's, then cumulative, then background
   */
  record StoryBlock(Story story, List<ScopeBlock> scopes) {}

  /** @return whether the documents were told apart into stories */
  boolean hasStories() {
    return !r.stories().isEmpty();
  }

  /**
   * @return the stories that have groups, in the reconciliation's order, then the groups outside
   *     any story (or of a story it does not list)
   */
  List<StoryBlock> storyBlocks() {
    Map<String, Integer> storyIndex = new HashMap<>();
    for (int i = 0; i < r.stories().size(); i++) {
      storyIndex.put(r.stories().get(i).id(), i);
    }
    int outside = r.stories().size();
    Map<Integer, Map<Scope, List<Integer>>> byStory = new TreeMap<>();
    for (int gi = 0; gi < r.groups().size(); gi++) {
      ClaimGroup g = r.groups().get(gi);
      Integer si = g.story() == null ? null : storyIndex.get(g.story());
      byStory.computeIfAbsent(si == null ? outside : si, k -> new EnumMap<>(Scope.class))
          .computeIfAbsent(g.scope(), k -> new ArrayList<>()).add(gi);
    }
    List<StoryBlock> out = new ArrayList<>();
    byStory.forEach((si, scopes) -> {
      List<ScopeBlock> blocks = new ArrayList<>();
      scopes.forEach((scope, groups) -> blocks.add(new ScopeBlock(scope, List.copyOf(groups))));
      out.add(new StoryBlock(si == outside ? null : r.stories().get(si), List.copyOf(blocks)));
    });
    return out;
  }

  /** @return how many stories have no group (their documents gave no figures) */
  int storiesWithoutGroups() {
    Set<String> with = new java.util.HashSet<>();
    for (ClaimGroup g : r.groups()) {
      if (g.story() != null) {
        with.add(g.story());
      }
    }
    int n = 0;
    for (Story s : r.stories()) {
      n += with.contains(s.id()) ? 0 : 1;
    }
    return n;
  }

  /** @return the story's title on one line, or its id */
  static String storyTitle(Story s) {
    String t = oneLine(s.title()).strip();
    return t.isEmpty() ? s.id() : t;
  }

  /**
   * @return the story's time span and its documents and outlets: {@code 5 Jan 2022 14:00 – 6 Jan
   *     2022 · 5 documents from 3 outlets}
   */
  String storyLine(Story s) {
    return storyLine(s, java.util.function.UnaryOperator.identity());
  }

  /** {@link #storyLine(Story)} with each time passed through {@code date} (to keep it whole). */
  String storyLine(Story s, java.util.function.UnaryOperator<String> date) {
    String span = s.first() == null ? "undated"
        : s.last() == null || s.last().equals(s.first()) ? date.apply(when(s.first(), true))
        : date.apply(when(s.first(), true)) + " – " + date.apply(when(s.last(), true));
    Set<String> outlets = new LinkedHashSet<>();
    int unnamed = 0;
    for (String id : s.documents()) {
      DocumentMetadata d = docs.get(id);
      if (d == null || d.publisher() == null) {
        unnamed++;
      } else {
        outlets.add(key(d.publisher()));
      }
    }
    int n = s.documents().size();
    StringBuilder sb = new StringBuilder(span).append(" · ").append(n)
        .append(n == 1 ? " document" : " documents");
    if (!outlets.isEmpty()) {
      sb.append(" from ").append(outlets.size()).append(outlets.size() == 1 ? " outlet" : " outlets");
    }
    if (unnamed > 0) {
      sb.append(outlets.isEmpty() ? ", " : " and ").append(unnamed)
          .append(" without a publisher");
    }
    return sb.toString();
  }

  /** @return the scope's heading: what its figures count */
  static String scopeHeading(Scope scope) {
    return switch (scope) {
      case INCIDENT -> "The incident";
      case CUMULATIVE -> "Cumulative figures: totals beyond this incident";
      case BACKGROUND -> "Background figures: other incidents and earlier events";
      case PART -> "Parts of a count: breakdowns and shares of a larger figure";
    };
  }

  /**
   * @return the reconciliation in one sentence: {@code 6 claims from 1 document in 1 story in 3
   *     groups, 1 disputed.}
   */
  static String summary(Reconciliation r) {
    int disputed = 0;
    for (ClaimGroup g : r.groups()) {
      disputed += g.status() == Status.DISPUTED ? 1 : 0;
    }
    String stories = r.stories().isEmpty() ? ""
        : " in " + r.stories().size() + (r.stories().size() == 1 ? " story" : " stories");
    return count(r.claimCount(), "claim") + " from " + count(r.documents().size(), "document")
        + stories + " in " + count(r.groups().size(), "group") + ", " + disputed + " disputed.";
  }

  /** @return {@code "1 document"}, {@code "2 documents"}: the count and the noun it takes */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  // ---- text --------------------------------------------------------------------------------

  /**
   * @return the text on one line: whitespace and control characters become spaces, and the
   *     characters that reorder text (bidi embeddings, overrides and isolates) are dropped
   */
  static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= '\u202A' && ch <= '\u202E' || ch >= '\u2066' && ch <= '\u2069') {
        continue;
      }
      sb.append(Character.isWhitespace(ch) || Character.isISOControl(ch) ? ' ' : ch);
    }
    return sb.toString();
  }

  /** @return at most {@code max} characters of {@code s}, cut at a space where one is near, with … */
  static String shorten(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
    }
    if (Character.isHighSurrogate(s.charAt(cut - 1))) {
      cut--;
    }
    return s.substring(0, cut).stripTrailing() + "…";
  }
}
