package io.github.countercheck.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article: an id, its original text, and what is known of where and when it appeared.
 *
 * <p>The text is kept exactly as given (no newline translation, no normalization); every offset
 * the library reports indexes it. Immutable and thread-safe.
 *
 * <pre>{@code
 * Document doc = Document.builder("001.txt", text)
 *     .publisher("TRT عربي")
 *     .published(LocalDate.of(2022, 1, 7))
 *     .build();               // language detected from the script
 * }</pre>
 */
public final class Document {
  private final String id;
  private final String text;
  private final String publisher;
  private final LocalDate published;
  private final Language language;

  private Document(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.text = Objects.requireNonNull(b.text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id is blank");
    }
    this.publisher = b.publisher == null || b.publisher.isBlank() ? null : b.publisher;
    this.published = b.published;
    this.language = b.language != null ? b.language : Language.detect(text);
  }

  /**
   * A document with no metadata; its language is detected.
   *
   * @param id   the document id, for a file its file name
   * @param text the original text
   * @return the document
   */
  public static Document of(String id, String text) {
    return builder(id, text).build();
  }

  /**
   * Starts a document.
   *
   * @param id   the document id, for a file its file name
   * @param text the original text
   * @return a builder
   */
  public static Builder builder(String id, String text) {
    return new Builder(Objects.requireNonNull(id, "id"), Objects.requireNonNull(text, "text"));
  }

  /**
   * Reads a UTF-8 file as a document whose id is the file name. A byte-order mark is dropped;
   * nothing else is changed.
   *
   * @param file the file
   * @return the document, with no metadata
   * @throws UncheckedIOException naming the file if it cannot be read or is not valid UTF-8
   */
  public static Document fromFile(Path file) {
    Objects.requireNonNull(file, "file");
    return builder(file.getFileName().toString(), readUtf8(file)).build();
  }

  /**
   * Reads a file strictly as UTF-8.
   *
   * @param file the file
   * @return its text, without a leading byte-order mark
   * @throws UncheckedIOException naming the file if it cannot be read or is not valid UTF-8
   */
  public static String readUtf8(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UncheckedIOException(file + ": not valid UTF-8 text", e);
    }
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  /** @return the document id */
  public String id() {
    return id;
  }

  /** @return the original text, exactly as given */
  public String text() {
    return text;
  }

  /** @return the outlet that published the document, when known */
  public Optional<String> publisher() {
    return Optional.ofNullable(publisher);
  }

  /** @return the publication date, when known */
  public Optional<LocalDate> published() {
    return Optional.ofNullable(published);
  }

  /** @return the language, given or detected */
  public Language language() {
    return language;
  }

  /**
   * @return a builder holding this document's values, to derive a changed copy
   */
  public Builder toBuilder() {
    return new Builder(id, text).publisher(publisher).published(published).language(language);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Document d
        && id.equals(d.id)
        && text.equals(d.text)
        && Objects.equals(publisher, d.publisher)
        && Objects.equals(published, d.published)
        && language == d.language;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, publisher, published, language);
  }

  @Override
  public String toString() {
    return "Document[" + id + ", " + text.length() + " chars, " + language.code()
        + (publisher != null ? ", " + publisher : "")
        + (published != null ? ", " + published : "") + "]";
  }

  /** Builds a {@link Document}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String text;
    private String publisher;
    private LocalDate published;
    private Language language;

    private Builder(String id, String text) {
      this.id = id;
      this.text = text;
    }

    /**
     * @param publisher the outlet, or null when unknown
     * @return this builder
     */
    public Builder publisher(String publisher) {
      this.publisher = publisher;
      return this;
    }

    /**
     * @param published the publication date, or null when unknown
     * @return this builder
     */
    public Builder published(LocalDate published) {
      this.published = published;
      return this;
    }

    /**
     * @param language the language, or null to detect it from the text
     * @return this builder
     */
    public Builder language(Language language) {
      this.language = language;
      return this;
    }

    /** @return the document */
    public Document build() {
      return new Document(this);
    }
  }
}
