package io.github.countercheck.claims.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.internal.QuantityPhrases;
import io.github.countercheck.core.internal.TextScanner;
import io.github.countercheck.core.internal.TokenBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tokens {@link QuantityRecognizer#findIn(TextScanner, TokenBuffer)} gives each phrase. */
final class QuantityPhrasesTest {
  private static final QuantityRecognizer QUANTITIES = QuantityRecognizer.create();

  @ParameterizedTest
  @ValueSource(strings = {
      "قتل أكثر من 1000 شخص وأصيب نحو 12شرطياً",
      "قتل تسعةأشخاص وأصيب ما بين 20 و30 آخرين",
      "أصيب 50 شخصا على الأقل، وقتل 77/100 و1,,000 و1:234 و١٢ جنديا",
      "at least twenty-five people were killed and between 20 and 30 hurt",
      "قتل\u200f 12\u200c شخصا\u0001 وأصيب العشرات"})
  void givesEachPhraseTheTokensItsCharsLieOn(String text) {
    TextScanner scanner = new TextScanner().scan(text);
    TokenBuffer tokens = new TokenBuffer();
    int count = scanner.tokenize(0, Integer.MAX_VALUE, tokens);
    QuantityPhrases found = QUANTITIES.findIn(scanner, tokens);
    assertThat(found.phrases()).isEqualTo(QUANTITIES.findIn(scanner));
    assertThat(found.phrases()).isNotEmpty();
    for (int k = 0; k < found.phrases().size(); k++) {
      QuantityMention m = found.phrases().get(k);
      // the first token that ends after the phrase's start, the first that starts at or after its end
      int first = 0;
      while (first < count && tokens.originalEnd(first) <= m.span().start()) {
        first++;
      }
      int after = first;
      while (after < count && tokens.originalStart(after) < m.span().end()) {
        after++;
      }
      assertThat(found.firstToken(k)).as(m.text()).isEqualTo(first);
      assertThat(found.endToken(k)).as(m.text()).isEqualTo(after);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"قتل 12 شخصا"})
  void refusesTheTokensOfAnotherText(String text) {
    TextScanner scanner = new TextScanner().scan(text);
    TokenBuffer tokens = new TokenBuffer();
    new TextScanner().scan(text).tokenize(0, Integer.MAX_VALUE, tokens);
    assertThatThrownBy(() -> QUANTITIES.findIn(scanner, tokens))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"قتل أكثر من 1000 شخص وأصيب نحو 12شرطياً و77/100 و١٢ جنديا"})
  void readsTheRestOfATextWhoseTokensStopEarly(String text) {
    TextScanner scanner = new TextScanner().scan(text);
    TokenBuffer tokens = new TokenBuffer();
    scanner.tokenize(0, 3, tokens);
    assertThat(QUANTITIES.findIn(scanner, tokens).phrases()).isEqualTo(QUANTITIES.findIn(scanner));
  }

  @ParameterizedTest
  @ValueSource(strings = {"قتل أكثر من 1000 شخص وأصيب نحو 12شرطياً في المدينة"})
  void refusesTokensLeftFromTheScannersLastText(String text) {
    TextScanner scanner = new TextScanner().scan(text);
    TokenBuffer tokens = new TokenBuffer();
    scanner.tokenize(0, Integer.MAX_VALUE, tokens);
    scanner.scan("قتل 3");
    assertThatThrownBy(() -> QUANTITIES.findIn(scanner, tokens))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
