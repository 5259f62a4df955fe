package io.github.countercheck.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.countercheck.core.internal.CharReferences;
import java.util.List;

/**
 * Fuzzes normalization, sentence splitting and tokenization. In {@code mvn verify} this runs in
 * Jazzer's regression mode over the seed corpus in {@code NormalizationFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (see RELIABILITY.md).
 */
final class NormalizationFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void normalizationKeepsItsAlignment(byte[] input) {
    String text = FuzzText.decode(input);
    NormalizedText nt = TextNormalizer.normalize(text);
    String norm = nt.normalized();

    assertThat(nt.original()).isSameAs(text);
    assertThat(norm.length()).isLessThanOrEqualTo(text.length());
    boolean mayFold = text.chars().anyMatch(c -> CharReferences.mayStart((char) c));
    if (!mayFold) { // references and mojibake fold in normalize only (see CharReferences)
      assertThat(norm).isEqualTo(TextNormalizer.normalizeForm(text));
      assertThat(TextNormalizer.normalizeForm(norm)).as("idempotent").isEqualTo(norm);
    }
    int previous = -1;
    for (int i = 0; i < norm.length(); i++) {
      int o = nt.originalIndex(i);
      assertThat(o).isGreaterThan(previous).isLessThan(text.length());
      if (!mayFold || CharReferences.foldedEnd(text, o) < 0) {
        assertThat(TextNormalizer.map(text.charAt(o))).isEqualTo(norm.charAt(i));
      }
      Span s = nt.toOriginal(i, i + 1);
      assertThat(s.start()).isEqualTo(o);
      assertThat(s.end()).isGreaterThan(o).isLessThanOrEqualTo(text.length());
      previous = o;
    }
    assertThat(nt.originalIndex(norm.length())).isEqualTo(text.length());
    int last = 0;
    for (int o = 0; o <= text.length(); o++) {
      int n = nt.normalizedIndex(o);
      assertThat(n).isBetween(last, norm.length());
      last = n;
    }
    Span whole = nt.toOriginal(0, norm.length());
    assertThat(whole.end()).isLessThanOrEqualTo(text.length());
  }

  @FuzzTest(maxDuration = "10m")
  void sentencesAndTokensStayInsideTheText(byte[] input) {
    String text = FuzzText.decode(input);
    TextAnalysis a = TextAnalysis.of(Document.of("fuzz", text));
    int end = 0;
    for (Sentence s : a.sentences()) {
      assertThat(s.start()).isGreaterThanOrEqualTo(end);
      assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
      end = s.end();
    }
    List<Token> tokens = a.tokens();
    int tokenEnd = 0;
    for (Token t : tokens) {
      assertThat(t.normStart()).isGreaterThanOrEqualTo(tokenEnd);
      assertThat(t.normEnd()).isGreaterThan(t.normStart())
          .isLessThanOrEqualTo(a.normalized().length());
      assertThat(t.span().end()).isLessThanOrEqualTo(text.length());
      tokenEnd = t.normEnd();
    }
  }
}
