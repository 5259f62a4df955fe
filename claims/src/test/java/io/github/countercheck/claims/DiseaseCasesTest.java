package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link DiseaseCases}: infections named after an injury count, or infecting before it, are no injuries. */
final class DiseaseCasesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      سجلت الوزارة 300 إصابة بالحصبة في المحافظة                 | -
      رصدت السلطات 45 حالة إصابة جديدة بفيروس كورونا              | -
      أصيب 120 شخصا بالكوليرا في المخيم                           | -
      أصيب 22 شخصا باختناقات خلال الاشتباكات                       | INJURED:PERSON:22
      أصيب 7 أشخاص بطلقات نارية                                   | INJURED:PERSON:7
      وأصاب الفيروس 186 شخصا خارج البلاد                         | -
      وتصيب الملاريا نحو 200 مليون شخص سنويا                      | -
      وأصاب الانفجار 12 شخصا في السوق                             | INJURED:PERSON:12
      اكتشاف 33 إصابة بـ«السل البقري» في المحافظة                 | -
      خبراء: 7.5 مليون مصاب بـ«السكر» في مصر                      | -
      وقال إن 9 ملايين مواطن مصابون بفيرس سي                      | -
      أصيب 40 شخصا بفايروس كورونا في المدينة                      | -
      وتم رصد 12 إصابة بداء الكلب في القرية                        | -
      أصيب 5 أشخاص بـ«جروح» في الحادث                              | INJURED:PERSON:5
      """)
  void infectionsAreNoInjuries(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وتصيب الملاريا نحو 200 مليون شخص سنويا                        | -
      وأصاب فيروس كورونا 186 شخصا في كوريا                          | -
      وأصبح أكبر تفش للفيروس خارج البلاد وأصاب 186 شخصا             | -
      وأصاب الانفجار 12 شخصا في السوق                               | INJURED:PERSON:12
      وأصاب القصف المدفعي للمدينة 30 شخصا                           | INJURED:PERSON:30
      """)
  void aDiseaseThatInfectsMakesNoInjured(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      أعلنت الوزارة وفاة 12 شخصا وتسمم 80 آخرين                    | KILLED:PERSON:12
      بلغت الحصيلة 9 حالات وفاة وأكثر من 200 حالة تسمم              | KILLED:PERSON:9
      بلغت الحصيلة 60 حالة وفاة و700 حالة تسمم                     | KILLED:PERSON:60
      أعلنت الوزارة وفاة 12 شخصا وإصابة 80 آخرين                    | KILLED:PERSON:12 INJURED:PERSON:80
      أعلنت الوزارة وفاة 12 شخصا بالتسمم                            | KILLED:PERSON:12
      أعلنت الوزارة وفاة 3 أطفال و5 أشخاص بالتسمم                   | KILLED:CHILD:3 KILLED:PERSON:5
      ارتفع عدد الوفيات إلى 12 حالة بسبب التسمم                     | KILLED:PERSON:12
      """)
  void aCountJoinedAfterADeathThatADiseaseHeadsIsNoDeath(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
