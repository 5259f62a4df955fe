/**
 * Quantitative claims: the {@link io.github.countercheck.claims.Quantity quantity} a text states,
 * the {@link io.github.countercheck.claims.Event event} it counts, the
 * {@link io.github.countercheck.claims.Subject subject} counted, who says so, where and when; and
 * the {@link io.github.countercheck.claims.ClaimExtractor extractor} that finds them in Arabic and
 * English news.
 *
 * <p>The names and values here are those of the claim contract (events, subjects and quantity kinds
 * by their JSON names).
 */
@NullMarked
package io.github.countercheck.claims;

import org.jspecify.annotations.NullMarked;
