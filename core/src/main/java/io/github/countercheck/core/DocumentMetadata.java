package io.github.countercheck.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known of a document besides its text: the facts that reconciliation weighs (who
 * published it, when). Used where the text itself is not at hand, such as claims read back from
 * JSON Lines.
 *
 * @param id        the document id
 * @param publisher the outlet, or null when unknown
 * @param published the publication date, or null when unknown
 */
public record DocumentMetadata(String id, String publisher, LocalDate published) {

  /**
   * Validates the id; a blank publisher becomes null.
   *
   * @param id        the document id
   * @param publisher the outlet, or null when unknown
   * @param published the publication date, or null when unknown
   */
  public DocumentMetadata {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id is blank");
    }
    publisher = publisher == null || publisher.isBlank() ? null : publisher;
  }

  /**
   * @param document a document
   * @return its metadata
   */
  public static DocumentMetadata of(Document document) {
    return new DocumentMetadata(
        document.id(), document.publisher().orElse(null), document.published().orElse(null));
  }

  /** @return the publisher, when known */
  public Optional<String> publisherName() {
    return Optional.ofNullable(publisher);
  }

  /** @return the publication date, when known */
  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }
}
