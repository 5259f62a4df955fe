package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The event-cue rules of {@link EventCueReader}, one row an example sentence. */
final class EventCueReaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل 12 شرطيا خلال المواجهات                                    | KILLED POLICE EXACT 12-12
      العشرات لقوا حتفهم في الانفجار                                 | KILLED PERSON VAGUE 20-99
      أسفر الحادث عن مصرع وإصابة 6 أشخاص                             | OTHER PERSON EXACT 6-6
      Four people were killed and dozens of others were injured      | KILLED PERSON EXACT 4-4; INJURED PERSON VAGUE 20-99
      '33 activists, led by their leader, were arrested on Sunday'   | ARRESTED PERSON EXACT 33-33
      The earthquake claimed over 250 lives in the region            | KILLED PERSON MORE_THAN 251-
      The volunteers saved 30 lives in the region                    | OTHER PERSON EXACT 30-30
      أعلنت الأمم المتحدة مقتل 5 لاجئين في القصف                     | KILLED PERSON EXACT 5-5
      ارتفعت حصيلة القتلى في الهجوم على المسجد إلى 73                | KILLED PERSON EXACT 73-73
      'Seven people, including three children, were killed'          | KILLED PERSON EXACT 7-7; KILLED CHILD EXACT 3-3
      """)
  void findsTheCueThatGovernsTheCount(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The bombings claimed 20 more Iraqi lives on Sunday                | KILLED PERSON EXACT 20-20
      The volunteers saved 20 more lives on Sunday                      | -
      Police are looking for four men suspected of killing a shopkeeper | OTHER PERSON EXACT 4-4
      Three men accused of killing a constable were arrested today     | ARRESTED PERSON EXACT 3-3
      Two French journalists held by kidnappers were freed on Tuesday   | OTHER PERSON EXACT 2-2
      Two French journalists held by police were freed on Tuesday       | ARRESTED PERSON EXACT 2-2
      About 20 people were held hostage in the school                   | OTHER PERSON APPROXIMATE 18-22
      Two of the injured later died in hospital                         | KILLED PERSON EXACT 2-2
      One of the three wounded later died in hospital                   | KILLED PERSON EXACT 1-1; INJURED PERSON EXACT 3-3
      Three of the wounded are in a stable condition                    | INJURED PERSON EXACT 3-3
      Experts have identified 34 of the 54 bodies found in the river    | OTHER PERSON EXACT 34-34; KILLED PERSON EXACT 54-54
      """)
  void readsEnglishCapturesAccusationsLivesAndParts(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
