package io.github.countercheck.claims;

import io.github.countercheck.core.Document;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shared harness of the rule-family tables ({@code CountedNounReaderTest} and its siblings):
 * each row is a sentence and what the claims read from it must be, written as {@code EVENT SUBJECT
 * KIND low-high}, several joined by {@code "; "}, or {@code "-"} for none.
 */
final class RuleRows {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();

  private RuleRows() {}

  /** @return the claims of a one-sentence document */
  static List<Claim> claims(String sentence) {
    return EXTRACTOR.extract(Document.of("row.txt", sentence));
  }

  /** @return the claims of a sentence, each as {@code EVENT SUBJECT KIND low-high}, or "-" */
  static String briefs(String sentence) {
    String s = claims(sentence).stream().map(RuleRows::brief).collect(Collectors.joining("; "));
    return s.isEmpty() ? "-" : s;
  }

  /**
   * @return the scored claims of a sentence (events other than {@link Event#OTHER}), each as
   *     {@code EVENT SUBJECT low}, or "-"
   */
  static String scored(String sentence) {
    String s = claims(sentence).stream()
        .filter(c -> c.event() != Event.OTHER)
        .map(c -> c.event() + " " + c.subject() + " " + c.quantity().low())
        .collect(Collectors.joining("; "));
    return s.isEmpty() ? "-" : s;
  }

  private static String brief(Claim c) {
    Quantity q = c.quantity();
    return c.event() + " " + c.subject() + " " + q.kind() + " " + q.low() + "-"
        + (q.high() == null ? "" : q.high());
  }
}
