package io.github.countercheck.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
  private final @Nullable String publisher;
  private final @Nullable PublicationTime published;
  private final @Nullable String story;
  private final Language language;

  private Document(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.text = Objects.requireNonNull(b.text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id is blank");
    }
    this.publisher = b.publisher == null || b.publisher.isBlank() ? null : b.publisher;
    this.published = b.published;
    this.story = b.story == null || b.story.isBlank() ? null : b.story;
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
   * @throws UncheckedIOException naming the file and the reason if it cannot be read or is not
   *     UTF-8 text (see {@link #decodeUtf8(byte[], String)})
   */
  public static Document fromFile(Path file) {
    Objects.requireNonNull(file, "file");
    return builder(file.getFileName().toString(), readUtf8(file)).build();
  }

  /**
   * Reads a file strictly as UTF-8 (see {@link #decodeUtf8(byte[], String)} for what is refused).
   *
   * @param file the file
   * @return its text, without a leading byte-order mark
   * @throws UncheckedIOException naming the file and the reason if it is missing, a directory,
   *     unreadable, binary, or not valid UTF-8
   */
  public static String readUtf8(Path file) {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw unreadable(file + ": is a directory, not a text file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new UncheckedIOException(file + ": cannot read: permission denied", e);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
    return decodeUtf8(bytes, file.toString());
  }

  /**
   * Decodes bytes strictly as UTF-8 text. Refused, with a message that starts with {@code
   * source} and says why: bytes that hold a NUL or are mostly control characters (a binary
   * file), UTF-16 or UTF-32 text (NUL bytes, or a UTF-16 byte-order mark), and invalid UTF-8; when
   * invalid UTF-8 reads as Windows-1256 Arabic (most non-ASCII bytes decode to Arabic letters), the
   * message says so and how to convert it. Nothing is guessed: offsets must index the text the
   * user has.
   *
   * @param bytes  the bytes
   * @param source what they came from, for messages (a file name, "standard input")
   * @return the text, without a leading byte-order mark
   * @throws UncheckedIOException naming the source and the reason if the bytes are not UTF-8 text
   */
  public static String decodeUtf8(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
        || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
      throw unreadable(source + ": UTF-16 text, not UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)");
    }
    String binary = binaryReason(bytes);
    if (binary != null) {
      throw unreadable(source + ": " + binary + ", not a text file");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      String why = looksLikeWindows1256(bytes)
          ? ": not valid UTF-8 text; it looks like Windows-1256 Arabic"
              + " (convert it: iconv -f WINDOWS-1256 -t UTF-8)"
          : ": not valid UTF-8 text (first bad byte at offset " + firstInvalidUtf8(bytes) + ")";
      throw new UncheckedIOException(source + why, e);
    }
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  private static UncheckedIOException unreadable(String message) {
    return new UncheckedIOException(message, new IOException(message));
  }

  /** @return why the bytes are binary, or null if they may be text */
  private static @Nullable String binaryReason(byte[] bytes) {
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return "binary data (NUL bytes)";
      }
      if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0B
          || b == 0x7F) {
        controls++;
      }
    }
    // text has almost no control characters; a file of them is binary
    return controls > 16 && controls * 10L > bytes.length ? "binary data (control bytes)" : null;
  }

  /** Whether invalid UTF-8 reads as Arabic in Windows-1256: most non-ASCII bytes are letters. */
  private static boolean looksLikeWindows1256(byte[] bytes) {
    if (!java.nio.charset.Charset.isSupported("windows-1256")) {
      return false;
    }
    String s = new String(bytes, java.nio.charset.Charset.forName("windows-1256"));
    int high = 0;
    int arabic = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        high++;
        if (c >= 0x0621 && c <= 0x0652) {
          arabic++;
        }
      }
    }
    return high > 0 && arabic * 10L >= high * 7L;
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    d.decode(in, out, true);
    return in.position();
  }

  /** @return the document id */
  public String id() {
    return id;
  }

  /** @return the original text, exactly as given */
  public String text() {
    return text;
  }

  /** @return the outlet that published the document, or null when unknown */
  public @Nullable String publisher() {
    return publisher;
  }

  /** @return the publication time (a day, or a time of day), or null when unknown */
  public @Nullable PublicationTime published() {
    return published;
  }

  /** @return the publication day, or null when unknown */
  public @Nullable LocalDate publishedDate() {
    return published == null ? null : published.date();
  }

  /**
   * @return the story the user assigned the document to (a manifest's {@code story} field), or
   *     null when none was given: it overrides the story clustering
   */
  public @Nullable String story() {
    return story;
  }

  /** @return the language, given or detected */
  public Language language() {
    return language;
  }

  /**
   * @return a builder holding this document's values, to derive a changed copy
   */
  public Builder toBuilder() {
    return new Builder(id, text).publisher(publisher).published(published).story(story)
        .language(language);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Document d
        && id.equals(d.id)
        && text.equals(d.text)
        && Objects.equals(publisher, d.publisher)
        && Objects.equals(published, d.published)
        && Objects.equals(story, d.story)
        && language == d.language;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, publisher, published, story, language);
  }

  @Override
  public String toString() {
    return "Document[" + id + ", " + text.length() + " chars, " + language.code()
        + (publisher != null ? ", " + publisher : "")
        + (published != null ? ", " + published : "")
        + (story != null ? ", story " + story : "") + "]";
  }

  /** Builds a {@link Document}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String text;
    private @Nullable String publisher;
    private @Nullable PublicationTime published;
    private @Nullable String story;
    private @Nullable Language language;

    private Builder(String id, String text) {
      this.id = id;
      this.text = text;
    }

    /**
     * @param publisher the outlet, or null when unknown
     * @return this builder
     */
    public Builder publisher(@Nullable String publisher) {
      this.publisher = publisher;
      return this;
    }

    /**
     * @param published the publication date, or null when unknown
     * @return this builder
     */
    public Builder published(@Nullable LocalDate published) {
      this.published = published == null ? null : PublicationTime.of(published);
      return this;
    }

    /**
     * @param published the publication time (a day or a time of day), or null when unknown
     * @return this builder
     */
    public Builder published(@Nullable PublicationTime published) {
      this.published = published;
      return this;
    }

    /**
     * @param story a story id of the user's, which overrides the story clustering, or null
     * @return this builder
     */
    public Builder story(@Nullable String story) {
      this.story = story;
      return this;
    }

    /**
     * @param language the language, or null to detect it from the text
     * @return this builder
     */
    public Builder language(@Nullable Language language) {
      this.language = language;
      return this;
    }

    /** @return the document */
    public Document build() {
      return new Document(this);
    }
  }
}
