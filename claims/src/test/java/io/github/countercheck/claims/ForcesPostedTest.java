package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ForcesPosted}: forces, vehicles and aircraft mobilised, moved, arriving or posted with a
 * verb of sending that is no cue are DEPLOYED; vehicles of an accident, bought or destroyed are not.
 */
final class ForcesPostedTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأعلنت الحكومة استنفار 20 ألف جندي على الحدود               | DEPLOYED:SOLDIER:20000
      وأصدر الجيش أمرا بتحريك ست كتائب عسكرية إلى الجبهة          | DEPLOYED:SOLDIER:6
      وأثناء صلاة الفجر حضرت 10 عربات أمن مركزي إلى المكان          | DEPLOYED:VEHICLE:10
      وتتواجد حاليا 10 سيارات أمام مبنى المحافظة                   | DEPLOYED:VEHICLE:10
      وتمركزت حوله أكثر من 20 مدرعة خوفا من الاشتباكات             | DEPLOYED:VEHICLE:21
      وانتقل رجال الإسعاف إلى مكان تصادم 3 سيارات على الطريق       | -
      واشترت الوزارة 50 مدرعة جديدة من الخارج                      | -
      ودمرت الغارات 12 آلية للمسلحين قرب المدينة                   | -
      وخصصت الوزارة 30 سيارة متنقلة لبيع السلع للمواطنين          | -
      وتوجد أربعة ألوية عسكرية داخل القاعدة                         | -
      """)
  void deploysForcesPostedByAVerbOfSending(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
