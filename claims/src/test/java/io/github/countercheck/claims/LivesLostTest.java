package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link LivesLost}: lives taken before a count, lives lost after its noun, homes lost (issue 16),
 * kin lost, people lost (issue 16); and the day of the month of {@link NoCountReader#dayLabel}.
 */
final class LivesLostTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      أودى الحريق الذي اندلع في المصنع بحياة 15 عاملا                 | KILLED:PERSON:15
      وأودت الاشتباكات العنيفة بحياة 23 شخصا على الأقل               | KILLED:PERSON:23
      حصدت المعارك أرواح 40 مدنيا خلال أسبوع                        | KILLED:CIVILIAN:40
      فقد 11 شخصا أرواحهم في انهيار المبنى                          | KILLED:PERSON:11
      وفقد المزارع 3 من أبنائه في الحادث                            | KILLED:PERSON:3
      اتشحت القرية بالسواد حزنا على فقدان 9 من أبنائها               | KILLED:PERSON:9
      أنقذ رجال الإطفاء حياة 30 شخصا من الحريق                       | -
      فقدت الشركة 300 وظيفة خلال العام                              | -
      وفقد الفريق 3 من لاعبيه بعد انتقالهم إلى ناد آخر              | -
      لفظ 4 مصابين أنفاسهم الأخيرة في المستشفى                      | KILLED:PERSON:4
      فارق 3 مصابين الحياة متأثرين بجروحهم                          | KILLED:PERSON:3
      وفارقت 5 سيدات الحياة بعد انهيار المنزل                       | KILLED:PERSON:5
      وبقي 3 أشخاص على قيد الحياة بعد الحادث                        | -
      وفارق 20 لاعبا الفريق بنهاية الموسم                           | -
      وفقد 6 آلاف شخص منازلهم في الجزيرة                            | DISPLACED:PERSON:6000
      فقد أكثر من 300 شخص بيوتهم جراء الفيضانات                     | DISPLACED:PERSON:301
      وفقد 5 أشخاص وظائفهم بعد إغلاق المصنع                         | -
      وقال المتحدث لقد خسرنا أربعة جنود في المعارك                    | KILLED:SOLDIER:4
      وخسر الجيش 12 جنديا وأصيب 30 آخرون في الهجوم                  | KILLED:SOLDIER:12 INJURED:SOLDIER:30
      وقالت إن السفارة فقدت 9 صينيين في الحادث                      | KILLED:PERSON:9
      فقدنا في الأحداث العشرات من أبناء المدينة                     | KILLED:PERSON:20
      وخسر الفريق 3 من لاعبيه بعد انتقالهم إلى ناد آخر              | -
      وخسرت الشركة 200 موظف خلال العام                              | -
      وخسر المنتخب 3 نقاط في المباراة                               | -
      وفقد 11 صيادا في البحر منذ أمس                                | -
      """)
  void livesTakenOrLostAreDeaths(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقتل 3 أشخاص في هجوم وقع في 5 من الشهر الجاري                 | KILLED:PERSON:3
      وتستمر الاحتجاجات حتى الـ 24 من الشهر المقبل                  | -
      وأصيب 4 من المتظاهرين في اليوم الثالث                         | INJURED:PROTESTER:4
      """)
  void aNumberBeforeOfTheMonthIsADay(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقتل 8 مدنيين بينهم طفل وأصيب 15 آخرون                        | KILLED:CIVILIAN:8 KILLED:CHILD:1 INJURED:CIVILIAN:15
      قتل 6 أشخاص بينهم امرأتان وأصيب 10 آخرون                      | KILLED:PERSON:6 KILLED:PERSON:2 INJURED:PERSON:10
      فأصيب مجند بطلق ناري، وأصيب ثلاثة منهم، وألقت القوة القبض على 2 آخرين | INJURED:SECURITY_FORCES:1 INJURED:PERSON:3 ARRESTED:PERSON:2
      """)
  void othersAfterABreakdownAreOthersOfTheWhole(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
