package io.github.countercheck.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.core.internal.TextScanner;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTML character references and mojibake folded by normalization (see CharReferences). */
final class CharReferencesTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "decimal reference|Iraq&#39;s army|iraq's army",
      "feed's space for &|Iraq #39;s army|iraq's army",
      "feed's space, dollar|to collect  #36;3.4 billion|to collect $3.4 billion",
      "feed's space, Windows-1252 number|Senate seat  #151; beer heir|senate seat - beer heir",
      "feed's space, named|declared  quot;a terrorist group quot;.|declared \"a terrorist group\".",
      "named quote|said &quot;no&quot;|said \"no\"",
      "named ampersand|AT&amp;T shares|at&t shares",
      "hex reference|Iraq&#x2019;s army|iraq's army",
      "no-break space reference|158&nbsp;killed|158 killed",
      "tags as references|per &lt;b&gt;cent|per <b>cent",
      "curly quotes as references|&#8220;no&#8221;|\"no\"",
      "mojibake apostrophe|Iraqâ€™s army|iraq's army",
      "mojibake closing quote, byte lost|said â€œnoâ€\uFFFD then|said \"no\" then",
      "mojibake em dash|seat â€” beer|seat - beer",
      "mojibake no-break space|158Â\u00A0killed|158 killed",
      "mojibake, its space lost|1 killedÂ 2 hurt|1 killed 2 hurt",
      "mojibake at the end|killed 158Â|killed 158",
      "mojibake e acute|cafÃ© owner|café owner",
      "a hash that is no reference|#1 hit of 2004|#1 hit of 2004",
      "a hash after a word|issue#39; open|issue#39; open",
      "an ampersand that starts none|AT&T and S&P 500|at&t and s&p 500",
      "an unknown name|&bogus; stays|&bogus; stays",
      "no semicolon|&amp stays|&amp stays",
      "a bare name after no space|squot; stays|squot; stays",
      "a circumflex word|Âge and château|âge and château",
      "a null reference|a&#0;b|a&#0;b",
      "a surrogate reference|a&#xD800;b|a&#xd800;b",
  })
  void foldsReferencesAndMojibake(String rule, String original, String expected) {
    NormalizedText nt = TextNormalizer.normalize(original);
    assertThat(nt.normalized()).as(rule).isEqualTo(expected);
    TextScanner scanner = new TextScanner().scan(original);
    String scanned = new String(scanner.normalizedChars(), 0, scanner.normalizedLength());
    assertThat(scanned).as(rule).isEqualTo(expected);
    for (int i = 0; i <= nt.length(); i++) {
      assertThat(scanner.originalIndex(i)).isEqualTo(nt.originalIndex(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Iraq&#39;s|Iraq&#39;s",
      "Iraq #39;s|Iraq #39;s",
      "Iraqâ€™s|Iraqâ€™s",
      "Obama&rsquo;s|Obama&rsquo;s",
      "cafÃ©|cafÃ©",
  })
  void aWordMapsBackOverTheWholeReference(String original, String word) {
    Tokenizer tokens = Tokenizer.defaults();
    NormalizedText nt = TextNormalizer.normalize("the " + original + " army");
    Token t = tokens.tokenize(nt).get(1);
    assertThat(t.span().of(nt.original())).isEqualTo(word);
  }

  @Test
  void everySpanMapsBackIntoTheOriginal() {
    String[] parts = {"&", "#", ";", "39", "x2019", "amp", "quot", " ", "Â", "\u00A0", "â€",
        "\u2122", "\uFFFD", "Ã", "©", "a", "ق", "\u064E", "\u200B", "5", "\n"};
    Random random = new Random(22);
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      String text = sb.toString();
      NormalizedText nt = TextNormalizer.normalize(text);
      TextScanner scanner = new TextScanner().scan(text);
      assertThat(scanner.normalizedLength()).as(text).isEqualTo(nt.length());
      int previous = -1;
      for (int i = 0; i < nt.length(); i++) {
        int o = nt.originalIndex(i);
        assertThat(o).as(text).isGreaterThan(previous).isLessThan(text.length());
        assertThat(scanner.originalIndex(i)).as(text).isEqualTo(o);
        assertThat(scanner.normalizedChars()[i]).as(text).isEqualTo(nt.normalized().charAt(i));
        for (int j = i + 1; j <= nt.length(); j++) {
          Span s = nt.toOriginal(i, j);
          assertThat(s.start()).as(text).isEqualTo(o);
          assertThat(s.end()).as(text).isGreaterThan(o).isLessThanOrEqualTo(text.length());
          assertThat(scanner.toOriginal(i, j)).as(text).isEqualTo(s);
          if (j < nt.length()) {
            assertThat(s.end()).as(text).isLessThanOrEqualTo(nt.originalIndex(j));
          }
        }
        previous = o;
      }
      assertThat(nt.originalIndex(nt.length())).isEqualTo(text.length());
    }
  }
}
