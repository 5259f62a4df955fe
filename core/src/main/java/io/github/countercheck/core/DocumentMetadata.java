package io.github.countercheck.core;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is known of a document besides its text: the facts that reconciliation weighs (who
 * published it, when, and which story it belongs to when the user says so). Used where the text
 * itself is not at hand, such as claims read back from JSON Lines.
 *
 * @param id        the document id
 * @param publisher the outlet, or null when unknown
 * @param published the publication time (a day, or a time of day), or null when unknown
 * @param story     the story id the user assigned, or null to leave it to the story clustering
 */
public record DocumentMetadata(String id, @Nullable String publisher,
    @Nullable PublicationTime published, @Nullable String story) {

  /**
   * Validates the id; a blank publisher or story becomes null.
   *
   * @param id        the document id
   * @param publisher the outlet, or null when unknown
   * @param published the publication time, or null when unknown
   * @param story     the story id the user assigned, or null
   */
  public DocumentMetadata {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id is blank");
    }
    publisher = publisher == null || publisher.isBlank() ? null : publisher;
    story = story == null || story.isBlank() ? null : story;
  }

  /**
   * Metadata with a publication day and no story.
   *
   * @param id        the document id
   * @param publisher the outlet, or null when unknown
   * @param published the publication day, or null when unknown
   */
  public DocumentMetadata(String id, @Nullable String publisher, @Nullable LocalDate published) {
    this(id, publisher, published == null ? null : PublicationTime.of(published), null);
  }

  /**
   * @param document a document
   * @return its metadata
   */
  public static DocumentMetadata of(Document document) {
    return new DocumentMetadata(document.id(), document.publisher(), document.published(),
        document.story());
  }

  /**
   * @param storyId a story id, or null
   * @return this metadata with that story
   */
  public DocumentMetadata withStory(@Nullable String storyId) {
    return new DocumentMetadata(id, publisher, published, storyId);
  }
}
