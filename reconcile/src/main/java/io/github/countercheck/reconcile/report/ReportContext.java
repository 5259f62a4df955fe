package io.github.countercheck.reconcile.report;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.internal.Shorten;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Story;
import io.github.countercheck.reconcile.Voice;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the three report formats share, read once per rendering: the documents by id and their
 * display names, each claim's voice and time (which {@link FigureChain} and {@link
 * NamedRelations} read), and the groups bucketed by story and scope. Plain text only: each
 * renderer escapes what it prints.
 */
final class ReportContext {

  /** The most characters of a document title a report shows. */
  static final int MAX_TITLE = 60;
  /** The most characters of a document title a chain, conflict or update shows. */
  static final int BRIEF_TITLE = 36;

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
      String t = Shorten.atSpace(ReportText.oneLine(title).strip().replaceAll(" {2,}", " "),
          MAX_TITLE);
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
        return "\u201c" + Shorten.atSpace(title, max) + "\u201d";
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
    return a.equals(b) || ReportText.key(a).equals(ReportText.key(b));
  }

  /** A figure of a named conflict or update: {@code 12 (AFP, 6 Jan 2022)}. */
  String linkText(ClaimGroup g, int ci) {
    Claim c = g.claims().get(ci);
    return ReportText.figure(g, c) + " (" + briefVoiceOf(g, ci) + ", "
        + ReportText.when(time(c), true) + ")";
  }

  /** @return the voices behind a group's estimate: {@code "; from 3 voices: A; B (via C); D"} */
  String voicesBehind(ClaimGroup g) {
    StringBuilder s = new StringBuilder("; from ").append(g.voices().size())
        .append(g.voices().size() == 1 ? " voice: " : " voices: ");
    for (int i = 0; i < g.voices().size(); i++) {
      s.append(i == 0 ? "" : "; ").append(voice(g.voices().get(i)));
    }
    return s.toString();
  }

  // ---- times ------------------------------------------------------------------------------

  /** Orders claims by publication time, undated last, then by their place in the group. */
  int[] byTime(ClaimGroup g) {
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
        : s.last() == null || s.last().equals(s.first())
            ? date.apply(ReportText.when(s.first(), true))
        : date.apply(ReportText.when(s.first(), true)) + " – "
            + date.apply(ReportText.when(s.last(), true));
    Set<String> outlets = new LinkedHashSet<>();
    int unnamed = 0;
    for (String id : s.documents()) {
      DocumentMetadata d = docs.get(id);
      if (d == null || d.publisher() == null) {
        unnamed++;
      } else {
        outlets.add(ReportText.key(d.publisher()));
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
}
