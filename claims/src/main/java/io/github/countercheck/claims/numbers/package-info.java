/**
 * Numerals and quantity phrases: every way Arabic and English news writes a number (digits of
 * every script, number words, digits with scale words, vague amounts), parsed to a value, labelled
 * with what it is when it is not a count (a year, a time, a percentage...), and the bound words
 * around it ("more than", نحو، بين ... و ...) read into a {@link io.github.countercheck.claims.Quantity}.
 *
 * <p>Entry points, all immutable and thread-safe:
 * <ul>
 *   <li>{@link io.github.countercheck.claims.numbers.NumeralRecognizer}: numerals with span,
 *       exact value, {@link io.github.countercheck.claims.numbers.NumeralForm form} and
 *       {@link io.github.countercheck.claims.numbers.NumeralLabel label};
 *   <li>{@link io.github.countercheck.claims.numbers.QuantityRecognizer}: count phrases as
 *       {@link io.github.countercheck.claims.numbers.QuantityMention}s;
 *   <li>{@link io.github.countercheck.claims.numbers.RangeRecognizer}: comparison ranges with
 *       decimal ends and inclusivity ({@link io.github.countercheck.claims.numbers.NumberRange});
 *   <li>{@link io.github.countercheck.claims.numbers.VagueAmounts}: the replaceable table of vague
 *       amounts.
 * </ul>
 *
 * <p>The language knowledge is data in this package's resources, loaded with Jackson once:
 * {@code ar-number-words.json}, {@code en-number-words.json} (number words),
 * {@code vague-amounts.json}, {@code numeral-cues.json} (months, currencies, units, reference
 * nouns... for the labels) and {@code quantity-bounds.json} (bound words and range joiners).
 */
package io.github.countercheck.claims.numbers;
