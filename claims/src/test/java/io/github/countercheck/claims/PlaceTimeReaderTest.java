package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The place-and-time rules of {@link PlaceTimeReader}: sentence, place, time ("-" for none). */
final class PlaceTimeReaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      قتل 12 شخصا أمس في مدينة ألماتي                                | ألماتي       | أمس
      قتل 5 أشخاص في شمال سوريا يوم الثلاثاء                         | شمال سوريا   | يوم الثلاثاء
      Five people were killed in Gaza on Tuesday                     | Gaza         | on Tuesday
      قتل 3 أشخاص بسوريا                                             | سوريا        | -
      قتل 20 شخصا في الهجوم                                          | -            | -
      Two bombs killed 7 people in Baghdad's Sadr City on Saturday   | Baghdad      | on Saturday
      Two bombs killed 7 people in Baghdad’s Sadr City on Saturday   | Baghdad      | on Saturday
      Two bombs killed 7 people in Baghdad&#39;s Sadr City on Saturday | Baghdad    | on Saturday
      Two bombs killed 7 people in Baghdad #39;s Sadr City on Saturday | Baghdad    | on Saturday
      Two bombs killed 7 people in Sadr City on Saturday             | Sadr City    | on Saturday
      """)
  void readsThePlaceAndTimeOfTheSentence(String sentence, String place, String time) {
    Claim c = RuleRows.claims(sentence).get(0);
    assertThat(c.location() == null ? "-" : c.location()).isEqualTo(place);
    assertThat(c.time() == null ? "-" : c.time()).isEqualTo(time);
  }
}
