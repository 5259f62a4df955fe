/**
 * Not API: helpers the library's own packages share, with no compatibility promise; a user must
 * not call them, and they may change or go in any release.
 *
 * <p>{@link io.github.countercheck.claims.internal.DataFile} reads the library's replaceable JSON
 * data files (lexicons, number words, the numeral grammar, vague amounts, cue and bound words),
 * so that every loader reports an error the same way: file, line and field. {@link
 * io.github.countercheck.claims.internal.ClaimJsonWriter} writes a claim to a Jackson generator
 * for the JSON documents that embed claims, so that no Jackson type is in the public API.
 */
package io.github.countercheck.claims.internal;
