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

  /**
   * Issue 16, English: "release", "freed", "rescued" right before a count of detainees; a verb
   * of the count's own after its noun ("nine men arrested") still tells of the arrest.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The court ordered the release of 20 detainees                    | OTHER PERSON EXACT 20-20
      Police freed 8 detainees on Sunday                               | OTHER PERSON EXACT 8-8
      The junta released 300 prisoners on Sunday                       | OTHER PERSON EXACT 300-300
      Police arrested 20 more suspects on Sunday                       | ARRESTED PERSON EXACT 20-20
      Police must charge or release nine men arrested earlier this month | ARRESTED PERSON EXACT 9-9
      """)
  void englishReleasesAreNoArrests(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
