package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TitledList} (ar28people): men of the forces named one by one with their ranks after a
 * casualty cue count one each, with the event of the first; a kin noun, an office («رئيس مباحث»)
 * or a rank with no name after it is no next item.
 */
final class TitledListTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      نتج عن ذلك إصابة كلاً من ملازم أول أحمد صدقي بثلاث طلقات، ومجند شرطة محمد سيد بطلقة بالفخذ، والشرطي وائل جلال بجروح | INJURED:SECURITY_FORCES:1 INJURED:POLICE:1 INJURED:POLICE:1
      استشهاد العريف أحمد جعفر، والجندي أول علي محمد ، والجندي أول حسن ناصر                 | KILLED:SECURITY_FORCES:1 KILLED:SOLDIER:1 KILLED:SOLDIER:1
      أسفرت الاعتداءات عن إصابة كل من المجند " أحمد نجاح" والمجند "عمرو رمضان" بطلق خرطوش     | INJURED:SECURITY_FORCES:1 INJURED:SECURITY_FORCES:1
      إصابة المجند محمد حسن، ووالده أحمد                                                      | INJURED:SECURITY_FORCES:1
      وانتقل إلى مكان مصرع المجند أحمد حسن مدير المباحث ورئيس مباحث المركز العميد سامح        | KILLED:SECURITY_FORCES:1
      إصابة المجند أحمد حسن، والمجند في الحادث                                                | INJURED:SECURITY_FORCES:1
      مقتل المجند محمد حسن، وأصيب الشرطي أحمد كمال                                            | KILLED:SECURITY_FORCES:1 INJURED:POLICE:1
      """)
  void ranksNamedOneByOneCountOneEach(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
