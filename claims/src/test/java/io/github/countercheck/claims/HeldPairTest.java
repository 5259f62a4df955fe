package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link HeldPair} (issue 16, ar28court): the dual pronoun of an arrest word counts two arrested,
 * unless an arrest of two counted them already or the arrest is pending.
 */
final class HeldPairTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ومثل الرجلان أمام القاضي وتم حبسهما احتياطيا                  | ARRESTED:PERSON:2
      وتخلص المقبوض عليهما من الشحنة بقذفها في البحر                | ARRESTED:PERSON:2
      وتمكن رجال المباحث من ضبطهما وبحوزتهما سلاح ناري             | ARRESTED:PERSON:2
      والنيابة تقرر حبسهما 4 أيام على ذمة التحقيق                   | ARRESTED:PERSON:2
      وألقت الشرطة القبض على مواطنين اثنين وتحرك قارب المقبوض عليهما | ARRESTED:PERSON:2
      وأعلنت عن توقيف خمسة أشخاص، اثنان منهم جرى إيقافهما بعد مطاردة | ARRESTED:PERSON:5 ARRESTED:PERSON:2
      وتبين أن طرفيها محمد وأحمد جاري ضبطهما                         | -
      شاهد الضابط شخصين يحملان أسلحة فقام بإلقاء القبض عليهما        | ARRESTED:PERSON:2
      وتم القبض على اثنين من المتهمين وتم القبض عليهما في المنزل      | ARRESTED:PERSON:2
      وقال إن المحكمة أصدرت الحكم عليهما بالسجن                        | -
      """)
  void aPairHeldCountsTwo(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
