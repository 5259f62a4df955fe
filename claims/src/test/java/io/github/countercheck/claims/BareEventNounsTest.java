package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, Arabic: singular casualty nouns that count one standing bare («سقوط شهيد»، «ووجود
 * متوفى ومصابين») or joined by «و» to a count of one or two of another casualty («سقوط قتيل
 * ومصاب»), and not as titles, rates, generics, predicates or breakdowns ({@link BareEventNouns}).
 */
final class BareEventNounsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأعلنت المصادر سقوط شهيد في اشتباكات المساء                  | KILLED PERSON EXACT 1-1
      مصدر أمني: شهيد وأكثر من 5 مصابين في المصادمات               | KILLED PERSON EXACT 1-1; INJURED PERSON MORE_THAN 6-
      تلقى المأمور بلاغا بوقوع مشاجرة ومتوفى ومصابين بالقرية        | KILLED PERSON EXACT 1-1
      يفيد بنشوب مشاجرة ووجود مصابين ومتوفى بالقرية                 | KILLED PERSON EXACT 1-1
      وتبين أن الطرف الثاني محمد (33 سنة) متوفى إثر طلق ناري        | -
      وتبين أن الطرف الثاني متوفى إثر طلق ناري                      | KILLED PERSON EXACT 1-1
      وأسفرت المشاجرة عن سقوط قتيل ومصاب من الطرفين                 | KILLED PERSON EXACT 1-1; INJURED PERSON EXACT 1-1
      وأسفرت الاشتباكات عن قتيل وجريح في المدينة                    | KILLED PERSON EXACT 1-1; INJURED PERSON EXACT 1-1
      سقط خلالها قتيلين ومصاب في القرية                             | KILLED PERSON EXACT 2-2; INJURED PERSON EXACT 1-1
      تلقى بلاغا بانقلاب سيارة ومتوفى ومصاب على الطريق              | KILLED PERSON EXACT 1-1; INJURED PERSON EXACT 1-1
      أدت الجموع صلاة الميت على شهيد الواجب في المسجد              | -
      وقدم الوزير التعازي لأسرة الشهيد في القرية                    | KILLED PERSON EXACT 1-1
      ودعوا للشهيد ولجميع من قضى معه بالرحمة                        | -
      وقرر المحافظ صرف إعانة لكل متوفى ومصاب في الحادث             | -
      ويرعى الأمير افتتاح شاهد وشهيد بالطائف                        | -
      وأكد أن المصاب نقل إلى المستشفى                               | -
      وينتقل المرض من إنسان مصاب إلى آخر                            | -
      وأوقعت أفرادها بين قتيل ومصاب في الريف                        | -
      وقال إن المقتول دون عرضه شهيد.                                 | -
      """)
  void countsBareSingulars(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
