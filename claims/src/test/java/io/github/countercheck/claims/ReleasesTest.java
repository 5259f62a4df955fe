package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Releases}: detainees set free are no arrests. */
final class ReleasesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قررت النيابة إخلاء سبيل 15 من المقبوض عليهم                | -
      أعلنت السلطات الإفراج عن 200 معتقل                         | -
      وتم إطلاق سراح 9 محتجزين                                   | -
      أفرجت السلطات عن 12 معتقلا                                  | -
      ألقت الشرطة القبض على 15 متهما                              | ARRESTED:PERSON:15
      اعتقلت القوات 200 معتقل جديد                               | ARRESTED:PERSON:200
      """)
  void releasedAreNoArrests(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
