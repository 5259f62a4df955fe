package io.github.countercheck.reconcile;

import io.github.countercheck.core.PublicationTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Documents that tell the same real-world incident: claims are grouped only within a story.
 *
 * @param id        the story id: the user's (a manifest's {@code story} field) or the clustering's
 * @param title     a short human label: the first words of its earliest document, or the id
 * @param documents the ids of its documents, in publication order (undated last, then by id)
 * @param first     the earliest publication time among its documents, or null when none is dated
 * @param last      the latest publication time among its documents, or null when none is dated
 */
public record Story(String id, String title, List<String> documents,
    @Nullable PublicationTime first, @Nullable PublicationTime last) {

  /**
   * Validates and copies.
   *
   * @param id        the story id
   * @param title     a short label
   * @param documents its documents' ids
   * @param first     the earliest publication time, or null
   * @param last      the latest publication time, or null
   */
  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    documents = List.copyOf(documents);
  }
}
