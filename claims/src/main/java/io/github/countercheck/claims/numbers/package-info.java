/**
 * Numerals and quantity phrases: every way Arabic and English news writes a number (digits of
 * every script, number words, digits with scale words, vague amounts), parsed to a value, labelled
 * with what it is when it is not a count (a year, a time, a percentage...), and the bound words
 * around it ("more than", نحو، بين ... و ...) read into a {@link io.github.countercheck.claims.Quantity}.
 */
package io.github.countercheck.claims.numbers;
