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
 * {@linkplain io.github.countercheck.core.Token tokens} that carry their candidate
 * {@linkplain io.github.countercheck.core.Stems stems} after Arabic proclitics.
 * {@link io.github.countercheck.core.DocumentLoader} reads documents from files.
 *
 * <p>Language knowledge lives in plain UTF-8 lists next to the classes (one entry a line,
 * {@code #} comments): {@code abbreviations.txt} for the sentence splitter; the Arabic proclitics
 * are one table, {@link io.github.countercheck.core.Proclitics}, which stems, the numeral scan and
 * the place and voice names read.
 *
 * <p>The extraction's hot path shares tables built once here: {@link
 * io.github.countercheck.core.CharClass} (every char's class, for the tokenizer, the normalizing
 * scan, the sentence splitter and the numeral tokenizer), {@link
 * io.github.countercheck.core.WordTable} (words looked up by a range of chars) and {@link
 * io.github.countercheck.core.BufferPolicy} (when a buffer kept from text to text is let go). They
 * are public for the claims and reconcile modules, with no promise to other users.
 *
 * <p>Every type here is immutable and thread-safe except two, which are buffers kept for reuse:
 * {@link io.github.countercheck.core.TextScanner} (normalization, sentences and tokens of one text
 * at a time, into arrays it keeps for the next) and {@link io.github.countercheck.core.TokenBuffer}
 * (the tokens it writes). Neither is thread-safe: keep one per thread, and read what they hold
 * only until their next text. They are the extraction's hot path; most users want {@link
 * io.github.countercheck.core.TextAnalysis} instead.
 *
 * <p>Offsets are always UTF-16 indices into the <em>original</em> text, end exclusive; normalized
 * text keeps a two-way alignment so that any match found in it maps back to the exact original
 * characters.
 */
@NullMarked
package io.github.countercheck.core;

import io.github.countercheck.core.internal.BufferPolicy;
import io.github.countercheck.core.internal.CharClass;
import io.github.countercheck.core.internal.Proclitics;
import io.github.countercheck.core.internal.Stems;
import io.github.countercheck.core.internal.TextScanner;
import io.github.countercheck.core.internal.TokenBuffer;
import io.github.countercheck.core.internal.WordTable;
import org.jspecify.annotations.NullMarked;
