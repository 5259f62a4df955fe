package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SentList}: the items of a list of units sent after one verb of sending (teams, vehicles,
 * aircraft, with their own words between) are deployed too; items of no unit, units not sent and
 * lists of people are not its items.
 */
final class SentListTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وتم إرسال ست فرق إسعافية وفرقة من التدخل السريع إلى الموقع          | DEPLOYED:OTHER:6 DEPLOYED:OTHER:1
      وتم إرسال ثلاث فرق من الهلال الأحمر وطائرة إسعاف جوي                | DEPLOYED:OTHER:3 DEPLOYED:AIRCRAFT:1
      وتم إرسال أربع فرق إسعافية وفرقتين من صحة المنطقة                   | DEPLOYED:OTHER:4 DEPLOYED:OTHER:2
      ودفعت الأجهزة الأمنية بمديرية الأمن بـ10 سيارات أمن مركزي و3 سيارات مصفحة | DEPLOYED:VEHICLE:10 DEPLOYED:VEHICLE:3
      وأشار إلى أنه تم الدفع بـ20 سيارة إسعاف بالمناطق المحيطة بميدان التحرير و65 سيارة إسعاف بالمحافظة | DEPLOYED:VEHICLE:20 DEPLOYED:VEHICLE:65
      وعززت الوزارة القسم بـ 3 سيارات أمن مركزي وسيارة مصفحة              | DEPLOYED:VEHICLE:3 DEPLOYED:VEHICLE:1
      وتضم البعثة 3 فرق طبية وفرقة من المهندسين                            | -
      وتنافست في البطولة 8 فرق من الأحياء وفريق من المدينة                 | -
      ودفعت الشرطة بـ10 سيارات أمن مركزي و3 آلاف جنيه للمصابين             | DEPLOYED:VEHICLE:10
      وأصيب 5 جنود بجروح خطيرة وضابط في الهجوم                             | INJURED:SOLDIER:5
      وباشرتها 21 فرقة إسعافية وفرق طبية متقدمة                            | DEPLOYED:OTHER:21
      """)
  void deploysTheItemsOfAListOfUnitsSent(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
