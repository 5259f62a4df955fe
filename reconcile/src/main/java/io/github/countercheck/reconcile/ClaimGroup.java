package io.github.countercheck.reconcile;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Claims judged to count the same thing: the same event and modality, subjects related by the
 * hierarchy, a compatible place, and dates within the window.
 *
 * @param event     the event all members count
 * @param modality  the members' modality (asserted, expected and denied claims are never mixed)
 * @param subject   the most general subject of the members (their lowest common ancestor)
 * @param location  the canonical name of the group's place, or null when no member names a place
 * @param claims    the members, ordered by document date (undated last), document and span
 * @param relations verdicts between members, by index
 * @param estimate  the estimate, or null when the members count different things that cannot be
 *     added (siblings such as police and soldiers with no parent figure)
 * @param status    the group's status
 * @param notes     plain-word notes: framing, undated documents, limits on comparisons
 * @param voices    the original sources behind the figures, sorted by name
 * @param story     the id of the story the group belongs to (see {@link Story}), or null when the
 *     documents were not told apart into stories
 * @param scope     the scope its claims share: the story's incident, or cumulative or background
 *     figures (claims of different scopes are never grouped)
 */
public record ClaimGroup(
    Event event,
    Modality modality,
    Subject subject,
    @Nullable String location,
    List<Claim> claims,
    List<Relation> relations,
    @Nullable Estimate estimate,
    Status status,
    List<String> notes,
    List<Voice> voices,
    @Nullable String story,
    Scope scope) {

  /**
   * Validates and copies; every relation must index members.
   *
   * @param event     the event all members count
   * @param modality  the members' modality (asserted, expected and denied claims are never mixed)
   * @param subject   the most general subject of the members (their lowest common ancestor)
   * @param location  the canonical name of the group's place, or null when no member names a place
   * @param claims    the members, ordered by document date (undated last), document and span
   * @param relations verdicts between members, by index
   * @param estimate  the estimate, or null when the members count different things that cannot be
   *     added (siblings such as police and soldiers with no parent figure)
   * @param status    the group's status
   * @param notes     plain-word notes: framing, undated documents, limits on comparisons
   * @param voices    the original sources behind the figures, sorted by name
   * @param story     the id of the story the group belongs to, or null
   * @param scope     the scope its claims share
   */
  public ClaimGroup {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(scope, "scope");
    claims = List.copyOf(claims);
    // the engine's relations are made when read; any other list is copied; each reaches the claims
    if (relations instanceof RelationList list) {
      relations = list.in(claims);
    } else {
      List<Claim> members = claims;
      relations = relations.stream().map(r -> r.in(members)).toList();
    }
    notes = List.copyOf(notes);
    voices = List.copyOf(voices);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("a group needs at least one claim");
    }
    int past = relations instanceof RelationList list ? list.firstIndexingPast(claims.size()) : -1;
    if (past >= 0) {
      throw new IllegalArgumentException("relation " + relations.get(past) + " indexes past the "
          + claims.size() + " claims of the group");
    }
    if (!(relations instanceof RelationList) && !relations.isEmpty()) {
      for (Relation r : relations) {
        if (r.b() >= claims.size()) {
          throw new IllegalArgumentException(
              "relation " + r + " indexes past the " + claims.size() + " claims of the group");
        }
      }
    }
  }

  /**
   * A group outside any story, of the reported incident.
   *
   * @param event     the event all members count
   * @param modality  the members' modality
   * @param subject   the most general subject of the members
   * @param location  the canonical name of the group's place, or null
   * @param claims    the members
   * @param relations verdicts between members, by index
   * @param estimate  the estimate, or null
   * @param status    the group's status
   * @param notes     plain-word notes
   * @param voices    the original sources behind the figures
   */
  public ClaimGroup(Event event, Modality modality, Subject subject, @Nullable String location,
      List<Claim> claims, List<Relation> relations, @Nullable Estimate estimate, Status status,
      List<String> notes, List<Voice> voices) {
    this(event, modality, subject, location, claims, relations, estimate, status, notes, voices,
        null, Scope.INCIDENT);
  }
}
