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
      Five people were killed in yesterday's attack in Gaza          | Gaza         | yesterday
      Last week's blast killed 12 people in Baghdad                  | Baghdad      | Last week
      Sunday’s bombing killed 7 people in Kabul                      | Kabul        | Sunday
      Three soldiers were killed in Friday night's raid              | -            | Friday night
      Ten people died in yesterday #39;s explosion in Kabul          | Kabul        | yesterday
      Ten people died in Monday&#39;s explosion in Kabul             | Kabul        | Monday
      Five people were killed in Gaza, a sign of today's world       | Gaza         | -
      Five people were killed at McDonald's in Gaza                  | Gaza         | -
      """)
  void readsThePlaceAndTimeOfTheSentence(String sentence, String place, String time) {
    Claim c = RuleRows.claims(sentence).get(0);
    assertThat(c.location() == null ? "-" : c.location()).isEqualTo(place);
    assertThat(c.time() == null ? "-" : c.time()).isEqualTo(time);
  }
}
