package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Carriers}: vehicles named by the transfer they are for are not sent by it; a verb of
 * sending near them, or ambulances at work carrying, still make them DEPLOYED.
 */
final class CarriersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      و5 سيارات إسعاف لنقل المصابين                                         | -
      وأحرق محتجون أربع حافلات كانت استخدمت في نقل أعضاء الحزب              | -
      وانتقلت 8 سيارات إسعاف لنقل الجثة والمصابين                          | DEPLOYED:VEHICLE:8
      وتم تخصيص 9 سيارات إسعاف لنقل جثث المتوفين                           | DEPLOYED:VEHICLE:9
      وقامت نحو عشر سيارات إسعاف بنقل جثث القتلى                            | DEPLOYED:VEHICLE:9
      ونقلت 10 طائرات الجنود إلى الحدود                                     | DEPLOYED:AIRCRAFT:10
      """)
  void sendsNoVehicleByTheTransferItIsFor(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
