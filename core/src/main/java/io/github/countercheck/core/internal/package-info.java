/**
 * Not API: the extraction's hot-path types, shared with the claims and reconcile modules and
 * exported only to them ({@code module-info.java}), with no compatibility promise.
 *
 * <p>{@link io.github.countercheck.core.internal.TextScanner} (normalization, sentences and tokens
 * of one text at a time, into arrays it keeps for the next) and {@link
 * io.github.countercheck.core.internal.TokenBuffer} (the tokens it writes) are buffers kept for
 * reuse: neither is thread-safe; keep one per thread and read what they hold only until their
 * next text. The rest is immutable and thread-safe: {@link
 * io.github.countercheck.core.internal.CharClass} (every char's class, for the tokenizer, the
 * normalizing scan, the sentence splitter and the numeral reader), {@link
 * io.github.countercheck.core.internal.WordTable} (words looked up by a range of chars), {@link
 * io.github.countercheck.core.internal.Stems} and {@link
 * io.github.countercheck.core.internal.Proclitics} (the one Arabic proclitic table), {@link
 * io.github.countercheck.core.internal.BufferPolicy} (when a buffer kept from text to text is let
 * go) and {@link io.github.countercheck.core.internal.WordLists} (the one loader of plain word
 * lists). {@link io.github.countercheck.core.internal.CoreAccess} reaches the package-private
 * parts of the API classes that these read.
 */
@NullMarked
package io.github.countercheck.core.internal;

import org.jspecify.annotations.NullMarked;
