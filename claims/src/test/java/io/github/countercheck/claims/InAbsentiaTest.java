package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link InAbsentia} (issue 16, ar28court): a detention ordered for defendants at large holds no
 * one; a detention of defendants present, and fugitives caught, are arrests.
 */
final class InAbsentiaTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأمرت النيابة بحبس خمسة من المتهمين الهاربين غيابيا            | -
      وقررت المحكمة حبس 7 متهمين غيابيا على ذمة القضية               | -
      كما أمرت النيابة بحبس 3 من المتهمين الفارين                   | -
      وأمرت النيابة بحبس 24 متهما احتياطيا على ذمة القضية            | ARRESTED:PERSON:24
      وقررت النيابة حبس 12 متهما 15 يوما على ذمة التحقيقات          | ARRESTED:PERSON:12
      وتمكنت الشرطة من ضبط 3 هاربين من تنفيذ أحكام قضائية           | ARRESTED:PERSON:3
      وألقت الشرطة القبض على 4 من المتهمين الهاربين                 | ARRESTED:PERSON:4
      """)
  void aDetentionInAbsentiaHoldsNoOne(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
