package io.github.countercheck.spark;

import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.PublicationTime;
import java.io.Serializable;
import java.util.Objects;

/**
 * What is known of a document, as a row of a Spark {@code Dataset}: the fields of {@link
 * DocumentMetadata} (id, publisher, publication time in ISO-8601, story id). A JavaBean for Spark's
 * bean encoder.
 */
public final class DocumentRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The document id. */
  private String id;
  /** The outlet, or null. */
  private String publisher;
  /** The publication time in ISO-8601, or null. */
  private String published;
  /** The story id, or null. */
  private String story;

  /** An empty record, for Spark's encoder. */
  public DocumentRecord() {}

  /**
   * The record of a document's metadata.
   *
   * @param m the metadata
   * @return its record
   */
  public static DocumentRecord of(DocumentMetadata m) {
    Objects.requireNonNull(m, "m");
    DocumentRecord r = new DocumentRecord();
    r.id = m.id();
    r.publisher = m.publisher();
    r.published = m.published() == null ? null : m.published().toString();
    r.story = m.story();
    return r;
  }

  /**
   * The record of an article's metadata (a blank time read as none), with the story it was told
   * apart into.
   *
   * @param a     the article
   * @param story the story it was told apart into, or null to keep the article's own story id
   * @return its record
   */
  static DocumentRecord of(Article a, String story) {
    PublicationTime p = a.getPublished() == null || a.getPublished().isBlank() ? null
        : PublicationTime.parse(a.getPublished());
    DocumentMetadata m = new DocumentMetadata(a.getId(), a.getPublisher(), p, a.getStory());
    return of(story == null ? m : m.withStory(story));
  }

  /**
   * @return the metadata
   * @throws IllegalArgumentException if the id is blank or the time cannot be read
   */
  public DocumentMetadata toMetadata() {
    if (id == null) {
      throw new IllegalArgumentException("a document record has no id");
    }
    return new DocumentMetadata(id, publisher,
        published == null ? null : PublicationTime.parse(published), story);
  }

  /** @return the document id */
  public String getId() {
    return id;
  }

  /** @param id the document id */
  public void setId(String id) {
    this.id = id;
  }

  /** @return the outlet, or null */
  public String getPublisher() {
    return publisher;
  }

  /** @param publisher the outlet, or null */
  public void setPublisher(String publisher) {
    this.publisher = publisher;
  }

  /** @return the publication time in ISO-8601, or null */
  public String getPublished() {
    return published;
  }

  /** @param published the publication time in ISO-8601, or null */
  public void setPublished(String published) {
    this.published = published;
  }

  /** @return the story id, or null */
  public String getStory() {
    return story;
  }

  /** @param story the story id, or null */
  public void setStory(String story) {
    this.story = story;
  }
}
