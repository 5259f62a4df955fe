package io.github.countercheck.claims;

import io.github.countercheck.core.TextNormalizer;
import java.util.List;

/**
 * A small set of word forms compared whole, as written after normalization: no proclitic is
 * stripped (unlike a {@link PhraseIndex}), so «من» matches only «من», never «ومن». For the
 * grammar words of a lexicon's {@code words} section, which the rules test one token at a time.
 * Immutable.
 */
final class WordForms {
  private final String[] forms;

  private WordForms(String[] forms) {
    this.forms = forms;
  }

  /** @return the set of the normalized forms of {@code words} */
  static WordForms of(List<String> words) {
    return new WordForms(words.stream()
        .map(w -> TextNormalizer.normalizeForm(w).trim()).toArray(String[]::new));
  }

  /** @return whether token {@code i}'s form is one of the set */
  boolean has(TokenWords w, int i) {
    for (String f : forms) {
      if (w.is(i, f)) {
        return true;
      }
    }
    return false;
  }

  /** @return whether the normalized word {@code s} is one of the set */
  boolean contains(String s) {
    for (String f : forms) {
      if (f.equals(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return whether token {@code i}'s form is one of the set, or one of the set after a first «و»
   *     («وحالة»)
   */
  boolean hasAfterConjunction(TokenWords w, int i) {
    if (has(w, i)) {
      return true;
    }
    if (w.length(i) < 2 || w.charAt(i, 0) != '\u0648') {
      return false;
    }
    for (String f : forms) {
      if (w.length(i) == f.length() + 1 && w.startsWith(i, f, 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param s   a normalized word or stem
   * @param min how many letters must be left
   * @return {@code s} without the longest form of the set it ends with, or null if it ends with none
   */
  String withoutEnding(String s, int min) {
    String best = null;
    for (String f : forms) {
      if (s.endsWith(f) && s.length() - f.length() >= min
          && (best == null || f.length() > s.length() - best.length())) {
        best = s.substring(0, s.length() - f.length());
      }
    }
    return best;
  }

  /** @return whether token {@code i}'s form ends with one of the set */
  boolean endsOne(TokenWords w, int i) {
    for (String f : forms) {
      if (w.endsWith(i, f)) {
        return true;
      }
    }
    return false;
  }
}
