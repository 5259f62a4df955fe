package io.github.countercheck.spark;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.PublicationTime;
import java.io.Serializable;
import java.util.Objects;

/**
 * An article as a row of a Spark {@code Dataset}: the fields of the articles' JSON Lines ({@code
 * id, text, publisher, published, language}, and an optional {@code story}), read with {@code
 * Encoders.bean(Article.class)}. A JavaBean, mutable, because Spark's bean encoder needs setters
 * and a constructor without arguments; {@link #toDocument()} makes the library's immutable,
 * validated {@link Document} of it.
 *
 * <pre>{@code
 * Dataset<Article> articles = spark.read().json("articles/*.jsonl")
 *     .as(Encoders.bean(Article.class));
 * }</pre>
 */
public final class Article implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The document id. */
  private String id;
  /** The text. */
  private String text;
  /** The outlet, or null. */
  private String publisher;
  /** The publication time in ISO-8601, or null. */
  private String published;
  /** The language code, or null to detect it. */
  private String language;
  /** The user's story id, or null. */
  private String story;

  /** An empty article, for Spark's encoder. */
  public Article() {}

  /**
   * The article of a document.
   *
   * @param d the document
   * @return its article (with its language, given or detected)
   */
  public static Article of(Document d) {
    Objects.requireNonNull(d, "d");
    Article a = new Article();
    a.id = d.id();
    a.text = d.text();
    a.publisher = d.publisher();
    a.published = d.published() == null ? null : d.published().toString();
    a.language = d.language().code();
    a.story = d.story();
    return a;
  }

  /**
   * The library's document of this article.
   *
   * @return the document (its language detected when none is given)
   * @throws IllegalArgumentException if the id or text is missing, or the time or language cannot
   *     be read; the message names the article
   */
  public Document toDocument() {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an article has no id");
    }
    if (text == null) {
      throw new IllegalArgumentException("article '" + id + "' has no text");
    }
    try {
      return Document.builder(id, text)
          .publisher(publisher)
          .published(published == null || published.isBlank() ? null
              : PublicationTime.parse(published))
          .language(language == null || language.isBlank() ? null : Language.fromCode(language))
          .story(story)
          .build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("article '" + id + "': " + e.getMessage(), e);
    }
  }

  /** @return the document id */
  public String getId() {
    return id;
  }

  /** @param id the document id */
  public void setId(String id) {
    this.id = id;
  }

  /** @return the text */
  public String getText() {
    return text;
  }

  /** @param text the text */
  public void setText(String text) {
    this.text = text;
  }

  /** @return the outlet, or null */
  public String getPublisher() {
    return publisher;
  }

  /** @param publisher the outlet, or null */
  public void setPublisher(String publisher) {
    this.publisher = publisher;
  }

  /** @return the publication time, ISO-8601 (a date or a date-time), or null */
  public String getPublished() {
    return published;
  }

  /** @param published the publication time, ISO-8601 (a date or a date-time), or null */
  public void setPublished(String published) {
    this.published = published;
  }

  /** @return the language code ({@code ar}, {@code en}, {@code mixed}), or null to detect it */
  public String getLanguage() {
    return language;
  }

  /** @param language the language code, or null to detect it */
  public void setLanguage(String language) {
    this.language = language;
  }

  /** @return the user's story id, or null */
  public String getStory() {
    return story;
  }

  /** @param story the user's story id, or null */
  public void setStory(String story) {
    this.story = story;
  }

  @Override
  public String toString() {
    return "Article[" + id + "]";
  }
}
