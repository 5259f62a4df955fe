package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Postposed} and {@link UnknownVictims}: «عدة» after a noun and scores are no counts; an
 * unknown noun right after a cue of killing or injury counts people, and so does one right after a
 * cue of arrest that only people take (issue 18, mined: «اعتقال 7 أعضاء»), not after «ضبط».
 */
final class PostposedTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قال مسؤولون إن 14 شخصا قتلوا بالرصاص في مدن عدة                  | KILLED:PERSON:14
      قتل عدة أشخاص في القصف                                         | KILLED:PERSON:3
      وانتهت المباراة بالتعادل 2-2 بعد شوطين                           | -
      مصرع 3 أشقاء في حادث تصادم                                     | KILLED:PERSON:3
      وأصيب 15 بجروح في الانفجار                                      | INJURED:PERSON:15
      وأسفر الحريق عن إصابة 4 منازل                                  | -
      مصاب واحد لكل ألف نسمة                                          | -
      """)
  void describingNumbersAndUnknownVictims(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وأعلنت الشرطة اعتقال 9 أعضاء في الخلية                          | ARRESTED:PERSON:9
      وألقت قوات الأمن القبض على 5 مطلوبين في الحملة                   | ARRESTED:PERSON:5
      وتم القبض على 4 حاولوا اقتحام المبنى                             | ARRESTED:PERSON:4
      وقررت النيابة حبس 7 لحيازتهم أسلحة                               | ARRESTED:PERSON:7
      واعتقلت الشرطة 12 طالبا بعد المظاهرة                             | ARRESTED:PERSON:12
      وتمكنت الحملة من ضبط 40 مخالفة مرورية                            | -
      وتم ضبط 6 دراجات نارية مسروقة                                    | -
      وقضت المحكمة بحبس 3 سنوات للمخالفين                              | -
      وتعرض للاعتقال عدة مرات خلال حياته                               | -
      """)
  void unknownNounAfterAnArrestOfPeople(String text, String expected) {
    assertThat(ArabicRuleRows.claims(text)).isEqualTo(expected);
  }
}
