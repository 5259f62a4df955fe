package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, Arabic: one patient sent to a hospital in a list of the injured shared out between
 * hospitals counts one injured, and one case named by its casualty one of it ({@link OneCase}); a
 * hospital with no «إلى، ل، ب», a definite noun, «أي حالة»، a verb after «حالة» and a case
 * counted by a number before it do not.
 */
final class OneCaseTest {

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
      وتبين بالموقع سبع إصابات وحالة وفاة                                     | INJURED PERSON EXACT 7-7; KILLED PERSON EXACT 1-1
      الصحة: حالة وفاة و404 مصابين في الاشتباكات                             | KILLED PERSON EXACT 1-1; INJURED PERSON EXACT 404-404
      ونقلت الوزارة 5 مصابين إلى المستشفى وحالة وفاة إلى المشرحة              | INJURED PERSON EXACT 5-5; KILLED PERSON EXACT 1-1
      وبلغ المصابون 253 مصابا، مؤكدا عدم وقوع أي حالة وفاة                   | INJURED PERSON EXACT 253-253
      وأصيب 12 شخصا، ولا توجد أية حالة وفاة جديدة                            | INJURED PERSON EXACT 12-12
      وأصيب 3 أشخاص والتضخم حالة تصيب الاقتصاد                              | INJURED PERSON EXACT 3-3
      يعني أن لدينا 2.5 حالة وفاة كل ساعة                                    | -
      """)
  void countsOneCase(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
