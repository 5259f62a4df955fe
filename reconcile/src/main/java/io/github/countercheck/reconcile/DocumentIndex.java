package io.github.countercheck.reconcile;

import io.github.countercheck.core.DocumentMetadata;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** The documents of a run by id: a document may be given twice only with the same metadata. */
final class DocumentIndex {

  private DocumentIndex() {}

  /**
   * The documents' metadata by id.
   *
   * @throws IllegalArgumentException when a document is given twice with other metadata
   * @throws NullPointerException     when a document is null
   */
  static Map<String, DocumentMetadata> byId(Collection<DocumentMetadata> documents) {
    Map<String, DocumentMetadata> meta = new HashMap<>();
    addAll(meta, documents);
    return meta;
  }

  /**
   * Adds each document's metadata under its id.
   *
   * @throws IllegalArgumentException when a document is given twice with other metadata
   * @throws NullPointerException     when a document is null
   */
  static void addAll(Map<String, DocumentMetadata> into, Collection<DocumentMetadata> documents) {
    for (DocumentMetadata d : documents) {
      Objects.requireNonNull(d, "document metadata");
      DocumentMetadata old = into.putIfAbsent(d.id(), d);
      if (old != null && !old.equals(d)) {
        throw new IllegalArgumentException("document '" + d.id() + "' is given twice, as " + old
            + " and as " + d);
      }
    }
  }
}
