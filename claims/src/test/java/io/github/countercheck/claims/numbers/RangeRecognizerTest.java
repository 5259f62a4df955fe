package io.github.countercheck.claims.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RangeRecognizerTest {
  private static final RangeRecognizer RANGES = RangeRecognizer.create();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      أصيب أكثر من 1000 شخص                    | أكثر من 1000                 | (1000,)
      الرقم أكبر من أو يساوي 5000               | أكبر من أو يساوي 5000        | [5000,)
      الطول أقل من 170                          | أقل من 170                   | (,170)
      الطول أصغر من 1.5                         | أصغر من 1.5                  | (,1.5)
      الرقم يساوي 20                            | يساوي 20                     | [20,20]
      الحرارة <= -30                            | <= -30                       | (,-30]
      النقاط 200 أو أكثر                        | 200 أو أكثر                  | [200,)
      العدد 20 إلى 100                          | 20 إلى 100                   | [20,100)
      عمرها فوق الثلاثين                        | فوق الثلاثين                 | (30,)
      الرقم فوق الربع وتحت النصف                | فوق الربع وتحت النصف         | (0.25,0.5)
      """)
  void readsAComparisonIntoAnInterval(String text, String phrase, String interval) {
    List<NumberRange> found = RANGES.find(text);
    assertThat(found).as(text).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo(phrase);
    assertThat(found.get(0).interval()).isEqualTo(interval);
  }

  @Test
  void findsNoRangeWithoutBoundWordsOrWithGluedSymbols() {
    assertThat(RANGES.find("قتل 12 شرطيا")).isEmpty();
    assertThat(RANGES.find("=>30")).isEmpty();
    assertThat(RANGES.find("النتيجة <>30")).isEmpty();
    assertThat(RANGES.find("1995-01")).isEmpty();
    assertThat(RANGES.find("")).isEmpty();
  }

  @Test
  void survivesRandomText() {
    Random random = new Random(3);
    char[] alphabet = "0123456789 -<>=~أكثرمنأقليساويفوقتحتوالربع,.".toCharArray();
    for (int round = 0; round < 200; round++) {
      char[] c = new char[random.nextInt(100)];
      for (int i = 0; i < c.length; i++) {
        c[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(c);
      for (NumberRange r : RANGES.find(text)) {
        assertThat(text.substring(r.span().start(), r.span().end())).isEqualTo(r.text());
      }
    }
  }
}
