package io.github.countercheck.reconcile;

import java.util.List;
import java.util.Objects;

/**
 * An original source behind figures (rule 6): the ministry, agency or official a claim cites,
 * or the outlet itself when the claim cites none, with the outlets that carried its figures.
 * Claims citing the same source through different outlets are one voice.
 *
 * @param name    the source's canonical name when {@link VoiceAliases} knows it, else its wording in
 *     the first claim (in canonical claim order), or the outlet
 * @param outlets the outlets (publisher, or document id when the publisher is unknown) that
 *     carried it, sorted
 */
public record Voice(String name, List<String> outlets) {

  /**
   * Validates and copies.
   *
   * @param name    the source's canonical name when {@link VoiceAliases} knows it, else its wording
   *     in the first claim (in canonical claim order), or the outlet
   * @param outlets the outlets (publisher, or document id when the publisher is unknown) that
   *     carried it, sorted
   */
  public Voice {
    Objects.requireNonNull(name, "name");
    outlets = List.copyOf(outlets);
  }
}
