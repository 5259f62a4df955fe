package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Captives} (issue 16, ar28court): people captured in fighting or abducted are ARRESTED;
 * «أسر» that names families is not read, nor a singular abducted.
 */
final class CaptivesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      تمكنت القوات من أسر عشرة من عناصر التنظيم                     | ARRESTED:MILITANT:10
      وقتل 12 من المهاجمين إضافة إلى أسر 30 آخرين                   | KILLED:MILITANT:12 ARRESTED:MILITANT:30
      وقال القائد إن المسلحين أسروا خمسة من الجنود                   | ARRESTED:SOLDIER:5
      أسرنا اثنين من المقاتلين في المعركة                           | ARRESTED:MILITANT:2
      وجرى أسر 7 من عناصر الميليشيا خلال الهجوم                     | ARRESTED:MILITANT:7
      وصلت 9 أسر إلى المطار لاستلام الجثامين                        | -
      وقررت المحافظة صرف 5 آلاف جنيه لأسر 3 أطفال                  | -
      وزار المحافظ أسر 5 شهداء سقطوا في الحادث                      | KILLED:PERSON:5
      وتلقت المنظمة شكاوى من أسر 14 طفلا تم إلقاء القبض عليهم        | ARRESTED:CHILD:14
      وتمكنت القوات من قتل 8 من المسلحين                            | KILLED:MILITANT:8
      """)
  void capturedInFightingAreHeld(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      خطف مسلحون ستة أجانب من على متن السفينة                      | ARRESTED:PERSON:6
      وأعلن التنظيم قيامه بخطف 8 مقاتلين في ريف حلب                | ARRESTED:MILITANT:8
      وقد خطف عشرات الأجانب في المنطقة خلال العام                   | ARRESTED:PERSON:20
      ومسلحون يخطفون خمسة عمال في الصحراء                          | ARRESTED:PERSON:5
      وتمكنت الشرطة من القبض على شابين قاما بخطف طفل               | ARRESTED:PERSON:2
      وقد خطف الطفل أمام منزله أمس                                  | -
      وأدان البيان خطف الطائرة التي تقل 150 راكبا                    | -
      """)
  void abductedCountsAreHeld(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
