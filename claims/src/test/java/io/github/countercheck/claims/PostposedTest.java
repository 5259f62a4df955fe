package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Postposed} and {@link UnknownVictims}: «عدة» after a noun and scores are no counts; an
 * unknown noun right after a cue of killing or injury counts people.
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
}
