package io.github.countercheck.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Scores predicted claims against gold claims exactly as {@code shared/tools/score-claims} does:
 * a prediction matches a gold claim when the event is equal, the subject is one of the gold
 * subjects, the kind is one of the gold kinds, and the numbers are equal ({@code low} and
 * {@code high} for {@link QuantityKind#RANGE} and {@link QuantityKind#VAGUE}, {@code value}
 * otherwise). Gold claims take, in order, the first unused matching prediction (greedy,
 * one-to-one). Predictions with event {@link Event#OTHER} are not scored.
 */
final class ClaimScorer {

  private int tp;
  private int fp;
  private int fn;
  private final List<String> diagnostics = new ArrayList<>();

  /**
   * One gold claim: the event, the acceptable subjects and kinds, and the numbers.
   *
   * @param event    the event
   * @param subjects the subjects a reader accepts
   * @param kinds    the quantity kinds a reader accepts
   * @param value    the stated number, or null
   * @param low      the least count
   * @param high     the greatest count, or null when unbounded
   * @param note     the annotator's note, or empty
   */
  record GoldClaim(Event event, Set<Subject> subjects, Set<QuantityKind> kinds, Long value,
      long low, Long high, String note) {

    GoldClaim {
      Objects.requireNonNull(event, "event");
      // in the enums' order, so that reports list them the same way in every run
      subjects = subjects.isEmpty() ? Set.of()
          : Collections.unmodifiableSet(EnumSet.copyOf(subjects));
      kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
      if (event == Event.OTHER) {
        throw new IllegalArgumentException("gold claim with event OTHER is not scored: " + note);
      }
      if (subjects.isEmpty() || kinds.isEmpty()) {
        throw new IllegalArgumentException("gold claim without subjects or kinds: " + note);
      }
    }

    /**
     * Reads a gold claim in the format of {@code seeds.gold.jsonl}.
     *
     * @param node the JSON object
     * @return the claim
     */
    static GoldClaim fromJson(JsonNode node) {
      List<Subject> subjects = new ArrayList<>();
      node.path("subjects").forEach(s -> subjects.add(Subject.valueOf(s.asText())));
      List<QuantityKind> kinds = new ArrayList<>();
      node.path("kinds").forEach(k -> kinds.add(QuantityKind.valueOf(k.asText())));
      return new GoldClaim(
          Event.valueOf(node.path("event").asText()),
          Set.copyOf(subjects),
          Set.copyOf(kinds),
          longOrNull(node.get("value")),
          node.path("low").asLong(),
          longOrNull(node.get("high")),
          node.path("note").asText(""));
    }

    private static Long longOrNull(JsonNode n) {
      return n == null || n.isNull() ? null : n.asLong();
    }

    /**
     * @param claim a predicted claim
     * @return whether the prediction counts as this gold claim
     */
    boolean matches(Claim claim) {
      if (claim.event() != event || !subjects.contains(claim.subject())) {
        return false;
      }
      Quantity q = claim.quantity();
      if (!kinds.contains(q.kind())) {
        return false;
      }
      if (q.kind() == QuantityKind.RANGE || q.kind() == QuantityKind.VAGUE) {
        return q.low() == low && Objects.equals(q.high(), high);
      }
      return Objects.equals(q.value(), value);
    }

    @Override
    public String toString() {
      return event + " " + subjects + " " + kinds + " value=" + value + " [" + low + ", "
          + (high == null ? "" : high) + "]" + (note.isEmpty() ? "" : " (" + note + ")");
    }
  }

  /**
   * Scores the predictions for one text.
   *
   * @param id          the text's id, for the diagnostics
   * @param text        the text, quoted in the diagnostics; empty to quote nothing
   * @param gold        its gold claims
   * @param predictions the extractor's claims for it, OTHER included (they are skipped)
   */
  void add(String id, String text, List<GoldClaim> gold, List<Claim> predictions) {
    List<Claim> candidates = predictions.stream().filter(c -> c.event() != Event.OTHER).toList();
    boolean[] used = new boolean[candidates.size()];
    for (GoldClaim g : gold) {
      int hit = -1;
      for (int i = 0; i < candidates.size() && hit < 0; i++) {
        if (!used[i] && g.matches(candidates.get(i))) {
          hit = i;
        }
      }
      if (hit < 0) {
        fn++;
        diagnostics.add("MISS  " + id + " " + g + shorten(text));
      } else {
        used[hit] = true;
        tp++;
      }
    }
    for (int i = 0; i < candidates.size(); i++) {
      if (!used[i]) {
        fp++;
        Claim c = candidates.get(i);
        diagnostics.add("EXTRA " + id + " '" + c.text() + "' " + c.event() + " " + c.subject()
            + " " + c.quantity() + shorten(text));
      }
    }
  }

  private static String shorten(String text) {
    if (text.isEmpty()) {
      return "";
    }
    String oneLine = text.replace('\n', ' ').replace('\r', ' ');
    return " | " + (oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…");
  }

  int truePositives() {
    return tp;
  }

  int falsePositives() {
    return fp;
  }

  int falseNegatives() {
    return fn;
  }

  double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** @return the misses and extras, one line each, in text order */
  List<String> diagnostics() {
    return List.copyOf(diagnostics);
  }

  /** @return the summary line, in the format of {@code score-claims} */
  String summary() {
    return String.format(Locale.ROOT, "tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f",
        tp, fp, fn, precision(), recall(), f1());
  }
}
