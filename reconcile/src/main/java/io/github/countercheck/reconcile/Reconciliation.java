package io.github.countercheck.reconcile;

import io.github.countercheck.core.DocumentMetadata;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of reconciling claims: the documents they came from and the groups of claims that
 * count the same thing. Every input claim is in exactly one group.
 *
 * @param documents the documents, sorted by id: those given, and those claims name without
 *     metadata (with no publisher and no date)
 * @param groups    the groups, in a deterministic order (story, scope, event, modality, subject,
 *     place, first claim)
 * @param stories   the stories the documents were told apart into, in order of their earliest
 *     publication (undated last); empty when the documents carry no story
 */
public record Reconciliation(List<DocumentMetadata> documents, List<ClaimGroup> groups,
    List<Story> stories) {

  /**
   * Copies the lists.
   *
   * @param documents the documents, sorted by id: those given, and those claims name without
   *     metadata (with no publisher and no date)
   * @param groups    the groups, in a deterministic order
   * @param stories   the stories, in order of their earliest publication
   */
  public Reconciliation {
    documents = List.copyOf(documents);
    groups = List.copyOf(groups);
    stories = List.copyOf(stories);
  }

  /**
   * A reconciliation with no stories.
   *
   * @param documents the documents, sorted by id
   * @param groups    the groups, in a deterministic order
   */
  public Reconciliation(List<DocumentMetadata> documents, List<ClaimGroup> groups) {
    this(documents, groups, List.of());
  }

  /**
   * The voice a claim speaks with (rule 6), as the reconciler found it with the built-in voice
   * table: the source it cites, else its outlet (or the agency an outlet is named as). Reports use
   * it to draw each figure in its voice's colour, also when the voice goes by another name than
   * the claim's words (an alias, or an outlet named as an agency).
   *
   * <pre>{@code
   * for (int i = 0; i < g.claims().size(); i++) {
   *   Voice v = r.voiceOf(g, i);
   *   String who = v == null ? "?" : v.name();
   * }
   * }</pre>
   *
   * @param group a group of this reconciliation
   * @param claim the index of a claim in {@code group.claims()}
   * @return the voice, one of {@code group.voices()}; null only for a group built by hand whose
   *     voices do not name the claim's outlet
   * @throws IndexOutOfBoundsException if the group has no claim of that index
   */
  public @Nullable Voice voiceOf(ClaimGroup group, int claim) {
    return voiceOf(group, claim, VoiceAliases.builtIn());
  }

  /**
   * {@link #voiceOf(ClaimGroup, int)} for a reconciler built with another voice table ({@link
   * Reconciler.Builder#voices(VoiceAliases)}).
   *
   * @param group  a group of this reconciliation
   * @param claim  the index of a claim in {@code group.claims()}
   * @param voices the voice table the reconciler used
   * @return the voice, one of {@code group.voices()}; null only for a group built by hand whose
   *     voices do not name the claim's outlet
   * @throws IndexOutOfBoundsException if the group has no claim of that index
   */
  public @Nullable Voice voiceOf(ClaimGroup group, int claim, VoiceAliases voices) {
    int i = ClaimVoices.index(this, group, claim, voices);
    return i < 0 ? null : group.voices().get(i);
  }

  /** @return the number of claims over all groups */
  public int claimCount() {
    int n = 0;
    for (ClaimGroup g : groups) {
      n += g.claims().size();
    }
    return n;
  }
}
