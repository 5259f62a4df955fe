package io.github.countercheck.core.internal;

import io.github.countercheck.core.NormalizedText;
import io.github.countercheck.core.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Candidate stems of an Arabic word after its proclitics, by the table of {@link Proclitics}
 * ({@link Proclitics#STEMS}).
 *
 * <p>Arabic writes the conjunctions {@code و} {@code ف}, the prepositions {@code ب} {@code ك}
 * {@code ل} and the article {@code ال} glued to the word. The candidates are the suffixes of the
 * normalized word left after stripping, in this order, an optional conjunction, an optional
 * preposition and an optional article; {@code ل} followed by the article is written {@code لل}.
 * A proclitic is stripped only when at least two letters remain, and the article only when its
 * alef is written without hamza in the original ({@code ألفين} has no article: its alef is a root
 * letter). The whole word is always the first candidate, so that a lexicon decides whether a
 * leading {@code و} is a conjunction ({@code والمتظاهرين}) or a root letter ({@code وزارة}).
 *
 * <p>Candidates are reported as a bit set of offsets into the normalized word (bit {@code k} set:
 * the suffix from offset {@code k} is a candidate); proclitic runs are at most four letters long
 * ({@code وبال}), so an {@code int} holds them all.
 *
 * <pre>{@code
 * Stems.candidates("والمتظاهرين")  // [والمتظاهرين, المتظاهرين, متظاهرين]
 * Stems.candidates("بألفين")       // [بالفين, الفين]
 * Stems.candidates("للمتظاهرين")   // [للمتظاهرين, متظاهرين]
 * }</pre>
 *
 * Lexicon loaders index each entry under all its candidates so that an entry written with its
 * article also matches the bare stem.
 */
public final class Stems {

  private Stems() {}

  /**
   * The candidate stems of a word, longest first.
   *
   * @param word a word as written (it is normalized here; any hamza on an alef is taken into
   *     account before normalization)
   * @return the normalized word followed by its shorter candidate stems
   */
  public static List<String> candidates(String word) {
    Objects.requireNonNull(word, "word");
    NormalizedText nt = TextNormalizer.normalize(word);
    String form = nt.normalized();
    int mask = mask(form.toCharArray(), 0, form.length(), nt.original(),
        CoreAccess.get().alignment(nt));
    List<String> out = new ArrayList<>(Integer.bitCount(mask));
    for (int m = mask; m != 0; m &= m - 1) {
      out.add(form.substring(Integer.numberOfTrailingZeros(m)));
    }
    return List.copyOf(out);
  }

  /**
   * The candidate offsets of an already normalized word. The hamza of an alef is gone after
   * normalization, so every {@code ال} counts as an article here.
   *
   * @param normalizedWord a normalized word
   * @return the bit set of offsets where a candidate stem starts; bit 0 (the whole word) always set
   */
  public static int offsets(CharSequence normalizedWord) {
    Objects.requireNonNull(normalizedWord, "normalizedWord");
    char[] chars = normalizedWord.toString().toCharArray();
    return mask(chars, 0, chars.length, null, null);
  }

  /**
   * The candidate offsets of a normalized word.
   *
   * @param normalized the normalized chars
   * @param start      start of the word in them
   * @param end        end of the word in them
   * @param original   the original text, to tell a hamza alef from the article's plain alef; or
   *     null when the word was normalized without alignment, in which case every {@code ال}
   *     counts as an article
   * @param align      normalized index to original index, in the coordinates of
   *     {@code normalized}; unused when {@code original} is null
   * @return the bit set of candidate offsets relative to {@code start}; bit 0 always set
   */
  public static int mask(char[] normalized, int start, int end, String original, int[] align) {
    return Proclitics.STEMS.offsets(normalized, start, end, original, align);
  }

}
