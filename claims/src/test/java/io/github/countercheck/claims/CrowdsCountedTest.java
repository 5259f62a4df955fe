package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TakingPart#crowdsCounted} (ar28people): a count whose own noun is a march or a protest
 * counts crowds, not people; a verb of the crowd after the count, or a crowd noun with a
 * preposition on it, leaves the crowd size.
 */
final class CrowdsCountedTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      نظمت الحركة 5 مظاهرات في القاهرة                  | -
      انطلقت 3 مسيرات من المساجد نحو الميدان             | -
      والمشاركة في عدة مظاهرات بالقطيف                   | -
      وكان العشرات تظاهروا أمام المحافظة                 | PARTICIPATED:PERSON:20
      شارك فيها عشرات الآلاف للاحتجاج على سوء الخدمات    | PARTICIPATED:PERSON:20000
      تظاهر 300 شخص أمام الوزارة                         | PARTICIPATED:PERSON:300
      """)
  void aCountOfMarchesIsNoCrowd(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
