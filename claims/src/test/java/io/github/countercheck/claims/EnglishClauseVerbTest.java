package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link EnglishClauseVerb}: a count that opens its clause takes the main verb after a long
 * post-modifier of its noun, not a verb of another clause.
 */
final class EnglishClauseVerbTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Three students attending a lecture given by a visiting professor were injured  | INJURED PERSON EXACT 3-3
      About 40 farmers trying to block the highway near the town were arrested       | ARRESTED PERSON APPROXIMATE 36-44
      'More than 200 men, women and children had died in the floods'                 | KILLED PERSON MORE_THAN 201-
      Six nurses who worked at the clinic in the old quarter were shot dead          | KILLED PERSON EXACT 6-6
      At least 90 members of the U.S. military have died this month                  | KILLED PERSON AT_LEAST 90-
      'About 900 jawans of the reserve force, besides local policemen were deployed' | DEPLOYED SOLDIER APPROXIMATE 810-990
      One more patient from the eastern district succumbed on Sunday                 | KILLED PERSON EXACT 1-1
      A 42-year-old man from the town is charged with killing a shopkeeper            | -
      Five villagers living near the border are still waiting for compensation      | OTHER PERSON EXACT 5-5
      Twelve workers attended the meeting where two policemen were injured           | OTHER PERSON EXACT 12-12; INJURED POLICE EXACT 2-2
      There will be 20 more flights bringing pilgrims from Jeddah till march 29      | OTHER AIRCRAFT EXACT 20-20
      About 500 activists belonging to the two outfits stormed the building          | PARTICIPATED PERSON APPROXIMATE 450-550
      Five people from three villages were arrested on Monday                       | ARRESTED PERSON EXACT 5-5
      Twelve workers from the mill saw two policemen injured on Monday              | OTHER PERSON EXACT 12-12; INJURED POLICE EXACT 2-2
      """)
  void takesTheMainVerbOfItsClause(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /** {@link UnknownPluralRule}: a plural no lexicon lists, tied to a finite verb group further on. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ten kar sevaks from the village itself had been burnt alive in the train       | KILLED PERSON EXACT 10-10
      Ten tribals from the hill district were arrested on Friday                      | ARRESTED PERSON EXACT 10-10
      Ten parts of the old city in the east had been affected by the floods           | -
      Police fired in 24 parganas district in which one person was killed             | KILLED PERSON EXACT 1-1
      """)
  void tiesAnUnknownPluralToItsFiniteVerb(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /** Issue 16: an abbreviation in brackets after the name it shortens ends no clause. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Over 50 activists of the Vishwa Hindu Parishad (VHP) were arrested today      | ARRESTED PERSON MORE_THAN 51-
      Two state reserve police (SRP) personnel were injured in the stoning          | INJURED SECURITY_FORCES EXACT 2-2
      Three companies of the rapid action force (RAF) have been deployed in the city | DEPLOYED SECURITY_FORCES EXACT 3-3
      Four cadres of the Liberation Tigers of Tamil Eelam (LTTE) were killed         | KILLED MILITANT EXACT 4-4
      Toll in the bombing rises to six (AFP) AFP - Rescuers were injured            | KILLED PERSON EXACT 6-6
      Twelve workers of the party (Congress) were arrested                          | OTHER PERSON EXACT 12-12
      Ten members of the board (five of them new) were injured                       | OTHER PERSON EXACT 10-10
      """)
  void readsPastAnAbbreviationInBrackets(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * en29recall: the clause's verb after a list whose items a comma separates ("X, Y and Z have been
   * deployed"), after an aside set off by commas (of several parts, a name list too), or right
   * after a comma that ends the post-modifier (an aside may also be set off by spaced dashes and
   * hold a short bracket); a one-word participle after a list's "and" may
   * describe the last item, and a comma that opens another subject's clause ends the scan.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      'Eight battalions of the state police, home guards and armed reserve platoons have been deployed in the city' | DEPLOYED POLICE EXACT 8-8
      'Hundreds of people holding placards, party flags and banners joined the rally'                                | PARTICIPATED PERSON VAGUE 200-999
      'About 35 people, led by councillors Ram Lal, Shyam Das, Mohan Singh and the former school board chairman, sat on a dharna' | PARTICIPATED PERSON APPROXIMATE 31-39
      'A 16-year-old boy, Ranjit Kumar, was shot dead at the village on Monday'                                      | KILLED CHILD EXACT 1-1
      'As many as 100 students and teachers of the school in the city, marched through the streets'                 | PARTICIPATED PERSON EXACT 100-100
      'Hundreds of children, parents and teachers held under threat of death by gunmen waited for help'              | OTHER CHILD VAGUE 200-999
      'Twenty workers of the mill, the police and the fire brigade reached the spot'                                 | OTHER PERSON EXACT 20-20
      'About 40 farmers of the district, the union said, were waiting for compensation in 2 villages'                 | OTHER PERSON APPROXIMATE 36-44
      'Ten policemen from the city, home guards and villagers searched the area for 2 days'                           | OTHER POLICE EXACT 10-10
      'Two men - Saeed Dawood and Shakil Dawood - were missing after the riot'                                        | MISSING PERSON EXACT 2-2
      'Two members of the brigades, the armed wing of the movement (Hamas), were killed on Saturday'                  | KILLED PERSON EXACT 2-2
      'Two members of the brigades, the armed wing of the movement (for 3 years), were killed on Saturday'            | OTHER PERSON EXACT 2-2
      'Two members of the party - the one in power - said 4 people were killed'                                       | OTHER PERSON EXACT 2-2; KILLED PERSON EXACT 4-4
      """)
  void takesTheVerbAfterAListOrAnAsideSetOffByCommas(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
