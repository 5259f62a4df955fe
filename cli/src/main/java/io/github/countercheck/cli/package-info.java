/**
 * The {@code countercheck} command line: {@code extract}, {@code numbers}, {@code reconcile} and
 * {@code score}.
 * Internal: the commands' classes are not API; use the library modules from Java.
 */
package io.github.countercheck.cli;
