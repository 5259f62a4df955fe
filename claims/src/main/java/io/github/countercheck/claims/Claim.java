package io.github.countercheck.claims;

import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One quantitative claim: a quantity, the event it counts, what is counted, who the text says it,
 * where and when, pointing at its evidence in the original text.
 *
 * @param document    the document id
 * @param span        the claim phrase in the original text
 * @param text        the original characters of {@code span}
 * @param quantity    the count as stated
 * @param event       what happened
 * @param subject     what is counted
 * @param attribution who the text attributes it to, in original words, or null
 * @param location    the place, in original words, or null
 * @param time        the time expression, in original words, or null
 * @param language    the language of the claim's sentence
 * @param modality    asserted, expected or denied
 * @param scope       the incident the article reports, or a cumulative or background figure
 * @param scopeCue    the words that decided a scope other than {@link Scope#INCIDENT}, in original
 *     wording, or null
 */
public record Claim(
    String document,
    Span span,
    String text,
    Quantity quantity,
    Event event,
    Subject subject,
    @Nullable String attribution,
    @Nullable String location,
    @Nullable String time,
    Language language,
    Modality modality,
    Scope scope,
    @Nullable String scopeCue) {

  /**
   * Validates the claim; blank optional fields become null.
   *
   * @param document    the document id
   * @param span        the claim phrase in the original text
   * @param text        the original characters of {@code span}
   * @param quantity    the count as stated
   * @param event       what happened
   * @param subject     what is counted
   * @param attribution who the text attributes it to, in original words, or null
   * @param location    the place, in original words, or null
   * @param time        the time expression, in original words, or null
   * @param language    the language of the claim's sentence
   * @param modality    asserted, expected or denied
   * @param scope       the incident the article reports, or a cumulative or background figure
   * @param scopeCue    the words that decided a scope other than {@link Scope#INCIDENT}, or null
   */
  public Claim {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(scope, "scope");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "text '" + text + "' does not fit span " + span + " (length " + span.length() + ")");
    }
    attribution = blankToNull(attribution);
    location = blankToNull(location);
    time = blankToNull(time);
    scopeCue = blankToNull(scopeCue);
  }

  /**
   * A claim of the incident its article reports ({@link Scope#INCIDENT}).
   *
   * @param document    the document id
   * @param span        the claim phrase in the original text
   * @param text        the original characters of {@code span}
   * @param quantity    the count as stated
   * @param event       what happened
   * @param subject     what is counted
   * @param attribution who the text attributes it to, in original words, or null
   * @param location    the place, in original words, or null
   * @param time        the time expression, in original words, or null
   * @param language    the language of the claim's sentence
   * @param modality    asserted, expected or denied
   */
  public Claim(String document, Span span, String text, Quantity quantity, Event event,
      Subject subject, @Nullable String attribution, @Nullable String location,
      @Nullable String time, Language language, Modality modality) {
    this(document, span, text, quantity, event, subject, attribution, location, time, language,
        modality, Scope.INCIDENT, null);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * @param subject another subject
   * @return a copy of this claim counting {@code subject}
   */
  public Claim withSubject(Subject subject) {
    return new Claim(document, span, text, quantity, event, subject, attribution, location, time,
        language, modality, scope, scopeCue);
  }

  /**
   * @param scope a scope
   * @param cue   the words that decided it, or null
   * @return a copy of this claim with that scope
   */
  public Claim withScope(Scope scope, @Nullable String cue) {
    return new Claim(document, span, text, quantity, event, subject, attribution, location, time,
        language, modality, scope, cue);
  }
}
