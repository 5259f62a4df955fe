package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link OneOf}: «أحد / إحدى» before a plural of people, next to an event cue, counts one. */
final class OneOfTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأسفر الانفجار عن مقتل أحد عناصر الشرطة                 | KILLED:POLICE:1
      وأصيب أحد الجنود بشظايا القذيفة                          | INJURED:SOLDIER:1
      وتمكنت الشرطة من القبض على أحد المتهمين                  | ARRESTED:PERSON:1
      وقتلت إحدى المتظاهرات برصاصة في الرأس                    | KILLED:PROTESTER:1
      وقال أحد المسؤولين إن الوضع هادئ                         | -
      ولم يصب أحد في الحادث                                   | -
      وتوفي أحد المصابين في المستشفى متأثرا بجروحه             | KILLED:PERSON:1
      واعتقل أحد المصابين بعد نقله إلى المستشفى                | ARRESTED:PERSON:1
      وزار الوزير أحد المصابين في المستشفى                     | -
      وتوفي أحد الجرحى في المستشفى متأثرا بجروحه               | KILLED:PERSON:1
      وأعلنت الوزارة مقتل أحد الأسرى في السجن                  | KILLED:PERSON:1
      وقال أحد الجرحى إن المسلحين فتحوا النار                  | -
      وأعلن الجيش إصابة أحد المعتقلين خلال المواجهات           | INJURED:PERSON:1
      ونتج عن الحادث وفاة أحد مستقلي السيارة                   | KILLED:PERSON:1
      والثاني انقلاب سيارة ومصرع أحد مستقليها                  | KILLED:PERSON:1
      كما قتل أحد منتسبي وزارة الداخلية بتفجير عبوة            | KILLED:PERSON:1
      وأسفر القصف عن مقتل شخص وتدمير أحد مباني الوزارة         | KILLED:PERSON:1
      ونقل المصاب إلى أحد المستشفيات القريبة                   | -
      """)
  void oneOfAPluralOfPeople(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
