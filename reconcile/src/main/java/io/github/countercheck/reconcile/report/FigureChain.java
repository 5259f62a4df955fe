package io.github.countercheck.reconcile.report;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.ClaimGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A group's figures as a chain in time, as every report format shows it: each figure with who
 * said it and when, claims of the same figure at the same time one link, a long chain cut to its
 * start and end around an ellipsis.
 */
final class FigureChain {

  /** The most links a chain shows; a longer chain shows its start and end around an ellipsis. */
  static final int MAX_CHAIN = 16;

  private FigureChain() {}

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
  static List<Link> of(ReportContext cx, ClaimGroup g) {
    int[] order = cx.byTime(g);
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
      PublicationTime t = cx.time(c);
      String figure = ReportText.figure(g, c);
      if (started && Objects.equals(t, prevTime) && figure.equals(prevFigure)) {
        String v = cx.briefVoiceOf(g, ci);
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
      voices = new ArrayList<>(List.of(cx.briefVoiceOf(g, ci)));
      claims = new ArrayList<>(List.of(ci));
      boolean year = t != null && t.date().getYear() != lastYear;
      if (t != null) {
        lastYear = t.date().getYear();
      }
      when = ReportText.when(t, year);
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
}
