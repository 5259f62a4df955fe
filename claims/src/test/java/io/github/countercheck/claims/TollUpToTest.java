package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TollUpTo}: a count after a verb of rising and "up to" is exact; a count after a verb of
 * passing ("crossed", "topped", "to exceed") is more than the number.
 */
final class TollUpToTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The number of dead has gone up to 27                           | KILLED PERSON EXACT 27-27
      The death toll has crossed the 90 mark                         | KILLED PERSON MORE_THAN 91-
      the toll in the riots of the last three days has cross the 90-mark | KILLED PERSON MORE_THAN 91-
      The death toll from the floods topped 1,000 on Friday          | KILLED PERSON MORE_THAN 1001-
      Deaths in the region are said to top 2,000                     | KILLED PERSON MORE_THAN 2001-
      The number of arrests has exceeded 400                         | ARRESTED PERSON MORE_THAN 401-
      The death toll rose to 35 on Monday                            | KILLED PERSON EXACT 35-35
      The city is among the top 10 destinations of the year          | -
      """)
  void readsRisingAndPassing(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16: "gone up to" is a toll verb whose toll noun may stand far back, though the numbers
   * module reads its "up to" as a bound; and the word after its number is no noun.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The toll in the last days of violence in the city has gone up to 30 now    | KILLED PERSON EXACT 30-30
      The number of persons arrested in the state in the last days has gone up to 1587 | ARRESTED PERSON EXACT 1587-1587
      The toll has gone up to 3 now                                              | KILLED PERSON EXACT 3-3
      Prices in the last days of the festival in the city have gone up to 30 percent | -
      """)
  void readsATollGoneUpToFarFromItsNoun(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * en24of: a toll that moved "from X to Y" far from its noun is its later figure (en28mine: and its
   * earlier one, each a count of the toll), and a toll verb
   * after an auxiliary joins its noun to the count though an event noun follows the count.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The death toll in the attack on the train at the station had risen from 58 to 62 | KILLED PERSON EXACT 58-58; KILLED PERSON EXACT 62-62
      The death toll had risen from 58 to 62 with the death of four persons | KILLED PERSON EXACT 58-58; KILLED PERSON EXACT 62-62; KILLED PERSON EXACT 4-4
      The toll had risen to 62 with the death of four persons        | KILLED PERSON EXACT 62-62; KILLED PERSON EXACT 4-4
      The death toll has risen to 40 with the death of a student     | KILLED PERSON EXACT 40-40
      Prices in the market near the station had risen from 5 to 10 rupees | -
      The number of visitors to the old fort in the city had risen from 500 to 800 | -
      """)
  void readsATollThatMovedFarFromItsNoun(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * en30total: a toll that moved with no verb of change ("the spurt in the death toll from 540 to
   * 600", "revised the toll from 30 to 34") gives both figures, as "had risen from" does; the verbs
   * of passing in all their forms ("Deaths Pass 1,000" in a headline) make the count more than the
   * number.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The rise in the death toll from 540 to 600 between Monday and Tuesday came as bodies were found | KILLED PERSON EXACT 540-540; KILLED PERSON EXACT 600-600
      Officials revised the toll from 30 to 34 on Sunday                  | KILLED PERSON EXACT 30-30; KILLED PERSON EXACT 34-34
      The death toll went from 12 to 19 overnight                         | KILLED PERSON EXACT 12-12; KILLED PERSON EXACT 19-19
      The shops in the town were open from 9 to 11 on Sunday              | -
      Flood Deaths Pass 2,000 in the North                                | KILLED PERSON MORE_THAN 2001-
      The number of arrests is expected to surpass 500 this week          | ARRESTED PERSON MORE_THAN 501-
      """)
  void readsATollThatMovedWithNoVerb(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
