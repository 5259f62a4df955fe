package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link HeadCounts} and {@link ListedCounts}: a head count shares its breakdown's event; bare
 * counts listed after a count with their places count what it counts.
 */
final class HeadCountsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      212 شخصا بينهم 45 طفلا حصيلة ضحايا القصف                     | KILLED:PERSON:212 KILLED:CHILD:45
      قتل 30 شخصا في القصف، بينهم 12 في حمص و8 في إدلب              | KILLED:PERSON:30 KILLED:PERSON:12 KILLED:PERSON:8
      أصيب 40 شخصا، 25 منهم في المنصورة و9 في طنطا                  | INJURED:PERSON:40 INJURED:PERSON:25 INJURED:PERSON:9
      وزعت الجمعية 300 سلة غذائية، 200 في حمص و100 في حماة          | -
      قتل 19 سائحا، منهم 9 من هونج كونج و4 يابانيين                  | KILLED:PERSON:19 KILLED:PERSON:9 KILLED:PERSON:4
      قتل 5 أشخاص في حلب و3 آخرون أصيبوا في حمص                    | KILLED:PERSON:5 INJURED:PERSON:3
      ولم يسجل سوى حالة إصابة واحدة في المحافظة                       | INJURED:PERSON:1
      أصيب 18 شخصا بينهم ثلاثة إصاباتهم بالغة                        | INJURED:PERSON:18 INJURED:PERSON:3
      أصيب 46 شخصا من بينهم مدير أمن المحافظة للشئون المالية و 28 من قوات الشرطة   | INJURED:PERSON:46 INJURED:POLICE:1 INJURED:POLICE:28
      نقلت سيارات الإسعاف 30 مصابا منهم سائق الحافلة و 4 من الركاب                 | INJURED:PERSON:30 INJURED:PERSON:1 INJURED:PERSON:4
      اعتقلت الشرطة 8 أشخاص منهم صاحب المحل وأصدرت بيانا عن 3 قضايا               | ARRESTED:PERSON:8
      أصيب 15 شخصا ونقل 3 منهم لمستشفى الجامعة و10 للمنيرة و2 لمستشفى الشرطة     | INJURED:PERSON:15 INJURED:PERSON:3 INJURED:PERSON:10 INJURED:PERSON:2
      اعتقلت الشرطة 25 متظاهرا منهم 9 بالمحلة و11 بطنطا و5 بكفر الزيات            | ARRESTED:PROTESTER:25 ARRESTED:PROTESTER:9 ARRESTED:PROTESTER:11 ARRESTED:PROTESTER:5
      احترقت 4 سيارات بطنطا و3 بالمحلة                                            | -
      وزعت الجمعية 300 سلة غذائية منها 200 لحمص و100 لحماة                        | -
      قتل 5 أشخاص منهم 3 بالمحلة وأصيب 2 بطنطا                                    | KILLED:PERSON:5 KILLED:PERSON:3 INJURED:PERSON:2
      قتل 40 شخصا بينهم 20 في حلب و10 في كل من حماة وحمص، و6 في الرقة             | KILLED:PERSON:40 KILLED:PERSON:20 KILLED:PERSON:10 KILLED:PERSON:6
      قتل 30 شخصا بينهم 12 في حمص، إلى جانب 8 في إدلب                             | KILLED:PERSON:30 KILLED:PERSON:12 KILLED:PERSON:8
      قتل 5 أشخاص في حلب، إضافة إلى 3 منازل                                       | KILLED:PERSON:5
      وزعت الجمعية 300 سلة منها 200 في كل من حمص وحماة، و100 في إدلب             | -
      وتوزع القتلى بواقع 20 في حلب و9 في درعا وأربعة في حمص وقتيل في الرقة      | KILLED:PERSON:20 KILLED:PERSON:9 KILLED:PERSON:4 KILLED:PERSON:1
      وتوزع الجرحى بواقع 20 في حلب و9 في درعا و4 في حمص وجريح في الرقة          | INJURED:PERSON:20 INJURED:PERSON:9 INJURED:PERSON:4 INJURED:PERSON:1
      وتوزع القتلى بواقع 20 في حلب و9 في درعا و4 في حمص وأصيب 3 في الرقة         | KILLED:PERSON:20 KILLED:PERSON:9 KILLED:PERSON:4 INJURED:PERSON:3
      قتل 5 أشخاص في حلب و3 آخرون أصيبوا وقتيل في حمص                           | KILLED:PERSON:5 INJURED:PERSON:3 KILLED:PERSON:1
      قتل 30 شخصا بينهم 20 في حلب، 6 في درعا، 4 بإدلب                            | KILLED:PERSON:30 KILLED:PERSON:20 KILLED:PERSON:6 KILLED:PERSON:4
      وزعت الجمعية 300 سلة منها 200 في حلب، 100 بإدلب                             | -
      أصيب 12 شخصا بينهم 3 إصابات خطيرة و9 متوسطة                               | INJURED:PERSON:12 INJURED:PERSON:3 INJURED:PERSON:9
      أصيب 20 شخصا بينهم 12 اختناق بالغاز و8 خرطوش                                | INJURED:PERSON:20 INJURED:PERSON:12 INJURED:PERSON:8
      تضررت 48 منشأة منها 35 منشأة عامة و13 خاصة                                  | -
      نتج عن الحادثين 9 إصابات، بينها واحدة خطيرة، و8 متوسطة                     | INJURED:PERSON:9 INJURED:PERSON:1 INJURED:PERSON:8
      اعتقلت الشرطة 20 من مثيري الشغب بمدينة طنطا، و12 من تلك العناصر بمدينة المحلة الكبرى، و5 من تلك العناصر بمدينة كفر الزيات | ARRESTED:RIOTER:20 ARRESTED:RIOTER:12 ARRESTED:RIOTER:5
      وزعت الجمعية 300 سلة بمدينة طنطا، و100 من تلك السلال بمدينة المحلة الكبرى  | -
      """)
  void headAndListedCounts(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  /**
   * Issue 16, English: the whole before "including" with no comma around the breakdown takes the
   * verb after the breakdown, when it counts people and the verb is a casualty or an arrest.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Seven people including two soldiers died in the blast           | KILLED PERSON EXACT 7-7; KILLED SOLDIER EXACT 2-2
      Over 300 people including 40 women were detained by the police  | ARRESTED PERSON MORE_THAN 301-; ARRESTED PERSON EXACT 40-40
      12 including 3 policemen injured in clash                       | INJURED PERSON EXACT 12-12; INJURED POLICE EXACT 3-3
      At least 16 people including one marine and three soldiers were killed | KILLED PERSON AT_LEAST 16-; KILLED SOLDIER EXACT 1-1; KILLED SOLDIER EXACT 3-3
      About 1,200 policemen including 300 commandos were deployed     | OTHER POLICE APPROXIMATE 1080-1320; DEPLOYED SOLDIER EXACT 300-300
      Ten trains including three express trains were cancelled        | OTHER VEHICLE EXACT 10-10; OTHER VEHICLE EXACT 3-3
      The panel of 12 members including two judges was set up today   | OTHER PERSON EXACT 12-12; OTHER PERSON EXACT 2-2
      """)
  void englishHeadBeforeIncludingTakesTheVerbAfterItsBreakdown(String text, String expected) {
    assertThat(RuleRows.briefs(text)).isEqualTo(expected);
  }
}
