/**
 * The text model: {@link io.github.countercheck.core.Document documents} with their metadata,
 * {@link io.github.countercheck.core.Span spans} into the original text, offset-preserving
 * {@link io.github.countercheck.core.TextNormalizer normalization} of Arabic and English, sentences
 * and tokens.
 *
 * <p>The entry point is {@link io.github.countercheck.core.TextAnalysis#of(Document)}, which
 * normalizes a document once, {@linkplain io.github.countercheck.core.SentenceSplitter splits} it
 * into {@linkplain io.github.countercheck.core.Sentence sentences} and
 * {@linkplain io.github.countercheck.core.Tokenizer tokenizes} it into
 * {@linkplain io.github.countercheck.core.Token tokens} that carry their candidate stems after
 * Arabic proclitics. {@link io.github.countercheck.core.DocumentLoader} reads documents from
 * files.
 *
 * <p>Language knowledge lives in plain UTF-8 lists next to the classes (one entry a line,
 * {@code #} comments): {@code abbreviations.txt} for the sentence splitter.
 *
 * <p>Every type here is immutable and thread-safe, except {@link
 * io.github.countercheck.core.Document.Builder}, a builder for one thread.
 *
 * <p>The extraction's hot path (a scanner and a token buffer kept for reuse, the per-char class
 * table, the word table, the proclitic table and stems) is in {@code
 * io.github.countercheck.core.internal}: not API, exported only to the library's own claims and
 * reconcile modules ({@code module-info.java}).
 *
 * <p>Offsets are always UTF-16 indices into the <em>original</em> text, end exclusive; normalized
 * text keeps a two-way alignment so that any match found in it maps back to the exact original
 * characters.
 */
@NullMarked
package io.github.countercheck.core;

import org.jspecify.annotations.NullMarked;
