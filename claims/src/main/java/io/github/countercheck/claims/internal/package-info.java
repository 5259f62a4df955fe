/**
 * Not API: helpers the library's own packages share, with no compatibility promise; a user must
 * not call them, and they may change or go in any release.
 *
 * <p>{@link io.github.countercheck.claims.internal.DataFile} reads the library's replaceable JSON
 * data files (lexicons, number words, the numeral grammar, vague amounts, cue and bound words),
 * so that every loader reports an error the same way: file, line and field. {@link
 * io.github.countercheck.claims.internal.ClaimJsonWriter} writes a claim to a Jackson generator
 * for the JSON documents that embed claims, so that no Jackson type is in the public API. {@link
 * io.github.countercheck.claims.internal.NumbersAccess} gives the extraction the numeral grammar's
 * in-place reading of a scanner's buffers, which takes an internal type and so is not API.
 *
 * <p>Exported only to the reconcile module ({@code module-info.java}).
 */
package io.github.countercheck.claims.internal;
