package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * (ar30lex) Forms of the Arabic event verbs' paradigms in {@code events.*.cues}: object pronouns
 * (قتلتهم، قتلهما، اعتقالهم), the present of أعدم, ذبح and تصفية (KILLED), هجروا (DISPLACED),
 * تمركز (DEPLOYED, as English "stationed"), احتشاد (PARTICIPATED), the sailors «بحارة»; and the
 * forms left out because they read as another word or another act. One row an example sentence.
 */
final class ArabicParadigmCuesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      داعش يعدم أربعة سائقين في الأنبار                              | KILLED PERSON EXACT 4-4
      وأعلنت الوزارة تصفية 6 إرهابيين في المداهمة                     | KILLED MILITANT EXACT 6-6
      قام الأهالي بذبح اثنين من البلطجية                             | KILLED RIOTER EXACT 2-2
      لا تنسوا المئات الذين قتلتهم الحرب                              | KILLED PERSON VAGUE 200-999
      وقال إن 120 ألف شخص قد هجروا ديارهم                            | DISPLACED PERSON EXACT 120000-120000
      وكان 200 جندي يتمركزون في المدينة                              | DEPLOYED SOLDIER EXACT 200-200
      رحلت السلطات 9 سائحين قامت باعتقالهم الأسبوع الماضي              | ARRESTED PERSON EXACT 9-9
      وخلال احتشاد آلاف المواطنين في الشوارع                          | PARTICIPATED PERSON VAGUE 2000-9999
      وخطف خمسة بحارة هنود على يد قراصنة                             | ARRESTED PERSON EXACT 5-5
      """)
  void readsParadigmForms(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Left out: «ضبطهم» after «المطلوب» (wanted, none caught), «احتجازهم» (the pronoun is the
   * captor of hostages), «محبوس» (defendants in custody at a trial), «أجلت» (folds with
   * «أجّلت», postponed).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      تلاحق الأجهزة باقي المتهمين الـ 25 الهاربين المطلوب ضبطهم        | -
      استهدفت القوات مسلحين يشتبه في احتجازهم ثلاثة رهائن أوروبيين      | -
      تأجيل محاكمة 51 متهما من بينهم 32 متهما محبوسا                   | -
      أجلت المحكمة نظر قضية 25 متهما إلى الشهر المقبل                  | -
      """)
  void leavesFormsOfOtherWordsOut(String sentence, String expected) {
    assertThat(RuleRows.scored(sentence)).isEqualTo(expected);
  }
}
