package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * (issue 16) Arabic noun forms a count reads: the construct plurals of the event nouns («مصابي،
 * معتقلي، نازحي») after «من», cases named by their injury («حالة مصابة»، «حالات اختناق»), and a nisba singular after a round hundred («400 شيعي») read as
 * people when a cue ties it to the count ({@link CountedNounReader}); and verb forms of the cues
 * («قتلنا»، «اعتقلنا»، «قضوا»، «مات»، «تم إسعاف»، «تجمهر»), and the dual of a
 * member noun taken from a group («عنصرين من الشرطة»).
 */
final class ArabicNounFormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      نقل ثمانية من مصابي الحادث إلى مستشفى الملك فهد              | INJURED:PERSON:8
      أفرجت السلطات عن خمسة من معتقلي الرأي                        | -
      وتم احتجاز 12 من محتجزي السجن في زنازين انفرادية              | ARRESTED:PERSON:12
      وعاد نحو 300 من نازحي القرية إلى منازلهم                      | DISPLACED:PERSON:270
      وقالت المنظمة إن أكثر من 400 شيعي قتلوا في هجمات خلال العام   | KILLED:PERSON:401
      وقتل 200 قروي في الهجوم على البلدة                            | KILLED:PERSON:200
      وافتتحت الوزارة 300 مبنى في المنطقة                          | -
      وزار الوفد 200 مستشفى خلال العام                              | -
      تم نقل 40 حالة مصابة إلى المستشفيات القريبة                    | INJURED:PERSON:40
      وسجلت الفرق الطبية 15 حالة اختناق بالغاز المسيل للدموع         | INJURED:PERSON:15
      """)
  void constructPluralsAndNisbasCountPeople(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقال المتحدث باسم الجيش: قتلنا 15 مسلحا في الاشتباكات          | KILLED:MILITANT:15
      وقالت الشرطة: اعتقلنا 12 شخصا خلال الحملة                      | ARRESTED:PERSON:12
      ووثقت المنظمة أسماء 230 شخصا قضوا في المخيم                    | KILLED:PERSON:230
      وكان الطلاب قد قضوا 5 أيام في المخيم                           | -
      وتجمهر نحو 500 من الأهالي أمام مركز الشرطة                    | PARTICIPATED:PERSON:450
      ومات 3 أشخاص اختناقا داخل المنجم                               | KILLED:PERSON:3
      وقضى 4 أشخاص 6 مواسم في النادي                                 | -
      وتم إسعاف 12 شخصا في موقع الحادث                               | INJURED:PERSON:12
      وتم الدفع بـ 20 سيارة إسعاف إلى الموقع                          | DEPLOYED:VEHICLE:20
      وقضت المحكمة بحبس 5 متهمين                                    | ARRESTED:PERSON:5
      ومقتل عنصرين من الشرطة في الهجوم                               | KILLED:POLICE:2
      وتظاهر 300 ضد قرار المحافظ                                     | PARTICIPATED:PERSON:300
      ووصل عدد المصابين إلى 208 بحسب وزارة الصحة                     | INJURED:PERSON:208
      وتجمع 500 حول مبنى المحافظة                                   | PARTICIPATED:PERSON:500
      وترشح 3 ضد الرئيس في الانتخابات                                | -
      وبلغ عدد المستثمرين 45 بحسب الشركة                             | -
      """)
  void firstPersonAndDeathVerbsAreCues(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
