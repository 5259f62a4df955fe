/**
 * The text model: {@link io.github.countercheck.core.Document documents} with their metadata,
 * {@link io.github.countercheck.core.Span spans} into the original text, offset-preserving
 * {@link io.github.countercheck.core.TextNormalizer normalization} of Arabic and English, sentences
 * and tokens.
 *
 * <p>Every type here is immutable and thread-safe. Offsets are always UTF-16 indices into the
 * <em>original</em> text, end exclusive; normalized text keeps a two-way alignment so that any match
 * found in it maps back to the exact original characters.
 */
package io.github.countercheck.core;
