package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ServicePersonnel}: the people of an emergency service counted at work are DEPLOYED; its
 * injured, the cases it treats and a crowd before its building are not.
 */
final class ServicePersonnelTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ويتصدى للحرائق نحو تسعة آلاف من أفراد الإطفاء                 | DEPLOYED:PERSON:8100
      وشارك في مهمة الإنقاذ أكثر من 220 فردا من أفراد الإغاثة      | DEPLOYED:PERSON:221
      وبدأ آلاف من عمال الطوارئ في إزالة آثار الدمار                | DEPLOYED:PERSON:2000
      ومن بين المصابين 11 رجل إطفاء                                 | INJURED:PERSON:11
      واستقبل المستشفى 103 حالات طبية إسعافية                       | -
      وتجمع مئات المتظاهرين أمام مقر الإسعاف                        | PARTICIPATED:PROTESTER:200
      وكان هناك ثمانية أشخاص في مركز صحي قريب                       | -
      """)
  void deploysTheWorkersOfAnEmergencyService(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
