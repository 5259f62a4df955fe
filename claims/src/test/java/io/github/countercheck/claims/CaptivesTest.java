package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Captives} (issue 16, ar28court): people captured in fighting are ARRESTED; «أسر» that
 * names families is not read.
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
}
