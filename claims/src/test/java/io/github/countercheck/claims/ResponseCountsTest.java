package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ResponseCounts}: cases counted by hospitals and ambulance services are casualties where
 * the sentence names a care service or a casualty, and not when they are of a disease or of another
 * kind; rescue teams and ambulances sent or at work are DEPLOYED, and damaged or bought ones not.
 */
final class ResponseCountsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      واستقبل المستشفى 14 حالة بعد الحادث                          | INJURED:PERSON:14
      وتم تحويل 9 حالات أخرى إلى مستشفى الملك فهد                 | INJURED:PERSON:9
      وتم نقل 34 حالة إلى المستشفيات القريبة                       | INJURED:PERSON:34
      وتبقى 72 حالة بالمستشفيات تحت المتابعة                       | INJURED:PERSON:72
      وقال إن عدد المصابين وصل حتى الآن إلى 200 حالة               | INJURED:PERSON:200
      وارتفع عدد الوفيات في الحادث إلى 19 حالة                      | KILLED:PERSON:19
      وسجلت وزارة الصحة 14 حالة جديدة مصابة بفيروس كورونا          | -
      ونظرت المحكمة 30 حالة طلاق في المستشفى خلال الشهر              | -
      وتعامل الهلال الأحمر مع 300 حالة طبية خلال موسم الحج          | -
      ورصد التقرير 29 حالة تعذيب و4 حالات سحل بعد الاشتباكات       | -
      ودرست اللجنة 12 حالة من ملفات الدعم                          | -
      واستقبل المستشفى 5 مصابين وتم تنويم حالتين منهم              | INJURED:PERSON:5 INJURED:PERSON:2
      وقالت الصحة إن الحصيلة 240 مصابا وحالتين وفاة                | INJURED:PERSON:240 KILLED:PERSON:2
      وقال إن القاتل في الحالتين لم يعرف رغم مقتل 3 رجال           | KILLED:PERSON:3
      وسجل التقرير 6 حالات تعذيب وحالتين صعق بالكهرباء في السجن   | -
      وبلغت الانتهاكات 40 حالة تلتها 36 حالة اختطاف و3 حالات إصابة | INJURED:PERSON:3
      وساعد وصول الإسعاف السريع على إنقاذ ثلاث حالات               | -
      """)
  void countsHospitalCasesAsCasualties(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وتم على الفور إرسال ست فرق إسعافية إلى موقع الحادث          | DEPLOYED:OTHER:6
      ووجهت 3 فرق من الهلال الأحمر إلى الموقع                      | DEPLOYED:OTHER:3
      وأضاف أن أربع فرق من الدفاع المدني شاركت في إخماد الحريق     | DEPLOYED:OTHER:4
      وتوجد 35 سيارة إسعاف مجهزة تعمل في مواقع الأحداث            | DEPLOYED:VEHICLE:35
      وانتقلت 8 سيارات إطفاء إلى مكان الحريق                       | DEPLOYED:VEHICLE:8
      وتتمركز 10 سيارات إسعاف أمام مبنى المحافظة                   | DEPLOYED:VEHICLE:10
      وتضم البعثة 3 فرق طبية من عدة دول                            | -
      وحطم المحتجون ثلاث سيارات إسعاف أمام المستشفى                | -
      واشترت الوزارة 50 سيارة إسعاف جديدة                          | -
      وتوجد 5 فرق كرة قدم في الدوري                                | -
      وتم توجيه فرقتين إسعافيتين إلى موقع الحادث وإصابة 3 أشخاص   | DEPLOYED:OTHER:2 INJURED:PERSON:3
      وتأهل فريقين من الدوري إلى النهائي بعد 3 مباريات             | -
      مما استدعى توجيه 3 فرق أرضية وفريق الاستجابة المتقدم          | DEPLOYED:OTHER:3 DEPLOYED:OTHER:1
      وتلقت العمليات البلاغ وباشرتها 4 فرق إسعافية على الفور        | DEPLOYED:OTHER:4
      وتأهلت 3 فرق أرضية إلى النهائي بعد المباراة                   | -
      """)
  void countsRescueTeamsAndAmbulancesSent(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
