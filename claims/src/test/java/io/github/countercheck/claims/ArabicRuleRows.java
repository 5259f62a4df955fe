package io.github.countercheck.claims;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import java.util.stream.Collectors;

/**
 * The claims of one Arabic sentence in a short form for table-driven tests of the rule classes:
 * {@code EVENT:SUBJECT:low} per claim in text order, claims of event {@link Event#OTHER} left out
 * (they are not scored), "-" when there is none.
 */
final class ArabicRuleRows {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();

  private ArabicRuleRows() {}

  static String claims(String text) {
    String s = EXTRACTOR.extract(Document.builder("t.txt", text).language(Language.AR).build())
        .stream().filter(c -> c.event() != Event.OTHER)
        .map(c -> c.event() + ":" + c.subject() + ":" + c.quantity().low())
        .collect(Collectors.joining(" "));
    return s.isEmpty() ? "-" : s;
  }
}
