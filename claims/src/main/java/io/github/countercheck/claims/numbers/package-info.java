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
 * {@code numeral-grammar.json} (which part of a numeral may follow which: units, teens, tens,
 * hundreds, scale words with their duals and plurals, the joiner و, digits with scale words; each
 * reading a small named value with its examples, which a test reads),
 * {@code vague-amounts.json}, {@code numeral-cues.json} (months, currencies, units, reference
 * nouns, year and date joiners... for the labels) and {@code quantity-bounds.json} (bound words,
 * range openers and joiners). Every file's {@code about} member documents its format.
 *
 * <p>Inside, one scan per text reads the tokens once: a digit reader, a word reader, a
 * compound-numeral reader that runs the grammar and holds no rule of its own, and a labeller;
 * the quantity and range recognizers read the bound words around the numerals it finds.
 */
@NullMarked
package io.github.countercheck.claims.numbers;

import org.jspecify.annotations.NullMarked;
