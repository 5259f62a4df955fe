package io.github.countercheck.claims;

import io.github.countercheck.core.Language;

/**
 * English modifiers between a number and its counted noun, as the tokenizer leaves them: an
 * abbreviation written with periods is several tokens ("10 U.S. soldiers": {@code U . S .}), and
 * wire copy keeps a backslash where a line was broken ("three high-ranking\Iraqi police
 * officers"). Both are read as one modifier, so that the noun after them is still found.
 *
 * <p>The rules: after a modifier, a run of single-letter words each followed by a period ("U.S.",
 * "U.N.") belongs to it when the modifier is itself such a letter; a lone backslash token after a
 * modifier is skipped; (en25fields) so are a hyphen and digits glued to the modifier, a model or
 * a name ("three C-130 cargo planes", "two F-16 jets": the numbers module labels the digits a
 * reference). Read by {@link CountedNounReader} (the English describing words before a counted
 * noun); stateless.
 */
final class EnglishModifiers {
  private EnglishModifiers() {}

  /**
   * The token after the modifier at {@code j}.
   *
   * @param v the sentence
   * @param j a word token, the modifier
   * @return the index of the first token after the modifier and any periods of its abbreviation
   *     and a backslash that follows it
   */
  static int after(SentenceView v, int j) {
    TokenWords w = v.w;
    int to = v.to;
    int k = j + 1;
    if (w.length(j) == 1 && Character.isLetter(w.charAt(j, 0))) {
      while (k < to && w.isPunctuation(k) && w.is(k, ".")) {
        if (k + 2 < to && w.isWord(k + 1) && w.length(k + 1) == 1
            && Character.isLetter(w.charAt(k + 1, 0)) && w.is(k + 2, ".")) {
          k += 2; // "U.S": a letter and its period
          continue;
        }
        k++; // the last period
        break;
      }
    }
    if (k < to && !w.isWord(k) && w.length(k) == 1 && w.charAt(k, 0) == '\\') {
      k++;
    }
    if (k == j + 1 && k + 1 < to && w.is(k, "-") && w.end(j) == w.start(k)
        && w.end(k) == w.start(k + 1) && Character.isDigit(w.charAt(k + 1, 0))) {
      k += 2; // "C-130": the digits of a name
    }
    return k;
  }

  /**
   * Whether the word at {@code i}, right after the "of" of a count, may be the first describing
   * word before the counted noun ("hundreds of Iraqi troops", "dozens of Rwandan soldiers"): an
   * English word that is no determiner ("one of their vehicles" is left to the partitive rules).
   *
   * @param v the sentence
   * @param i the token after "of"
   * @return whether the counted noun may be looked for after describing words from {@code i}
   */
  static boolean ofWord(SentenceView v, int i) {
    return v.language == Language.EN && !v.lex.words.determiners.has(v.w, i);
  }
}
