package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, Arabic: one patient sent to a hospital in a list of the injured shared out between
 * hospitals counts one injured ({@link OneToHospital}); a hospital with no «إلى، ل، ب» and a
 * definite noun do not.
 */
final class OneToHospitalTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأصيب 4 أشخاص نقل 3 منهم لمستشفى المنشية وحالة واحدة لمستشفى المنيرة | INJURED PERSON EXACT 4-4; INJURED PERSON EXACT 3-3; INJURED PERSON EXACT 1-1
      يعالج منهم 21 حالة بمستشفى المحلة وحالة بمستشفى الهدى                | INJURED PERSON EXACT 21-21; INJURED PERSON EXACT 1-1
      أسفرت عن إصابة 4 أشخاص نقل 3 منهم لمستشفى المنشية ومصاب إلى مستشفى هليوبوليس | INJURED PERSON EXACT 4-4; INJURED PERSON EXACT 3-3; INJURED PERSON EXACT 1-1
      فقد أصيب 5 أشخاص تم نقل مصاب منهم لمستشفى المنيرة                     | INJURED PERSON EXACT 5-5; INJURED PERSON EXACT 1-1
      وقال المدير إن حالة المستشفى جيدة رغم وجود 3 أطباء فقط                 | OTHER PERSON EXACT 3-3
      وأصيب 3 أشخاص وتم نقل المصاب إلى المستشفى                              | INJURED PERSON EXACT 3-3
      وأصيب 3 أشخاص وقال إن حالة المستشفيات سيئة                             | INJURED PERSON EXACT 3-3
      تم نقل 40 حالة مصابة إلى المستشفيات القريبة                            | INJURED PERSON EXACT 40-40
      """)
  void countsOnePatientSentToAHospital(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
