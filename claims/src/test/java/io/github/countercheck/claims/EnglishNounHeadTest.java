package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The head of an English counted noun of several words ({@link EnglishNounHead}): the last noun of
 * a compound, and a unit of forces after "more"; one row an example sentence.
 */
final class EnglishNounHeadTest {

  /**
   * Issue 16, English: the head of a compound after a describing word; "accused" as people; a
   * people head after a thing ("two truck drivers") counts people (en24of).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Two US Army helicopters crashed near the base                     | OTHER AIRCRAFT EXACT 2-2
      Three Iraqi police vehicles were torched                          | OTHER VEHICLE EXACT 3-3
      Two US soldiers were killed in the blast                          | KILLED SOLDIER EXACT 2-2
      The five accused were arrested on Friday                          | ARRESTED PERSON EXACT 5-5
      Two GIs Killed in Ambush                                          | KILLED SOLDIER EXACT 2-2
      At least 40 Muslims were crushed to death in the trucks           | KILLED PERSON AT_LEAST 40-
      'Police were deployed at the court where four other accused were kept' | OTHER PERSON EXACT 4-4
      They tried to stop thousands of pilgrims from pouring into the town | PARTICIPATED PERSON VAGUE 2000-9999
      Two foreign truck drivers were fatally shot in the city           | KILLED PERSON EXACT 2-2
      Three bus drivers were injured in the crash                       | INJURED PERSON EXACT 3-3
      Kidnappers have released two truck drivers                        | OTHER PERSON EXACT 2-2
      Four army trucks were torched                                     | OTHER VEHICLE EXACT 4-4
      Two army helicopters were deployed over the city                  | DEPLOYED AIRCRAFT EXACT 2-2
      Five paramilitary members were killed in the ambush               | KILLED SECURITY_FORCES EXACT 5-5
      Two helicopter pilots were killed when the aircraft crashed       | KILLED PERSON EXACT 2-2
      The ministry will start three pilot projects in the state         | -
      """)
  void readsEnglishCompoundsAndAccused(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * en29recall: "more" or "other" right before a unit of forces (`constructions.FORCE_UNIT`) is
   * read as a describing word ("six more companies of the CRPF": units sent), not as "others" of a
   * count before; before a noun of people or no noun it keeps its reading.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Three more companies of the CRPF have been deployed in the city    | DEPLOYED SECURITY_FORCES EXACT 3-3
      Two other battalions of the army were deployed in the city         | DEPLOYED SOLDIER EXACT 2-2
      Five policemen were injured and 12 more were hurt                  | INJURED POLICE EXACT 5-5; INJURED POLICE EXACT 12-12
      Two more soldiers were killed in the raid                          | KILLED SOLDIER EXACT 2-2
      """)
  void readsAUnitOfForcesAfterMore(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
