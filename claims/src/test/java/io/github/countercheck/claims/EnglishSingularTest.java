package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The English singulars that count one ({@link EnglishSingular#countsOne}): after an article with
 * a casualty cue before it or close after the noun, after a casualty participle, as a part of a
 * count, or opening a long clause; one row an example sentence.
 */
final class EnglishSingularTest {

  /** Issue 16, English: a singular after its verb, and one that opens a long clause. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Gunmen shot dead a shopkeeper in the market on Monday                   | KILLED PERSON EXACT 1-1
      The blast injured a policeman near the station                          | INJURED POLICE EXACT 1-1
      Police arrested a suspect after the raid                                | ARRESTED PERSON EXACT 1-1
      The gang threatened to kill a shopkeeper                                | -
      A British hostage threatened with death appealed to the minister        | OTHER PERSON EXACT 1-1
      A British hostage was killed by the militants                           | KILLED PERSON EXACT 1-1
      Another person was killed in police firing on Sunday                    | KILLED PERSON EXACT 1-1
      Rebels beheaded a farmer in the village                                 | KILLED PERSON EXACT 1-1
      About a dozen rumour mongers were nabbed in the city                    | ARRESTED PERSON APPROXIMATE 10-14
      A car bomb killed one soldier near the base                             | KILLED SOLDIER EXACT 1-1
      A woman described as a local teacher was shot dead in her house         | KILLED PERSON EXACT 1-1
      The gunmen posing as a police officer were arrested                     | -
      One US soldier was killed in the attack                                 | KILLED SOLDIER EXACT 1-1
      Gunmen attacked the convoy, killing one Iraqi person                    | KILLED PERSON EXACT 1-1
      """)
  void countsEnglishSingularsBySubjectAndObject(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * Issue 16 (en21implicit), English: a singular right after "including" that follows a count is
   * one of it, with its event; not after a word that counts no one ("left many"). A singular's cue
   * is not looked for past a verb of saying, nor is a singular after "by" (a doer) counted. A
   * casualty participle between the article and a noun of people tells the person's fate ("an
   * arrested man"), not that of a thing ("a dead heat"). A singular's verb may stand after a noun
   * joined to it by "and" ("a shopkeeper and his brother were stabbed"), and up to three describing
   * words may stand between its article and it ("a Vishwa Hindu Parishad supporter"). Nouns
   * of people the news counts by their trade or role ("a cook", "a BJP MLA", "a sub-inspector",
   * "an army major").
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      'The blast killed 11 people including an American soldier, officials said' | KILLED PERSON EXACT 11-11; KILLED SOLDIER EXACT 1-1
      'The mob injured nine policemen, including a sub-inspector.'               | INJURED POLICE EXACT 9-9; INJURED POLICE EXACT 1-1
      'About 40 demonstrators, including a local MLA, were arrested'            | ARRESTED PROTESTER APPROXIMATE 36-44; ARRESTED PERSON EXACT 1-1
      'The fire left many, including a 20-day-old baby, gasping for life'        | -
      'Four people, including a toddler, were pulled alive from the rubble'     | OTHER PERSON EXACT 4-4; OTHER CHILD EXACT 1-1
      A local legislator says the death toll may be higher                       | -
      A cook was stabbed to death in the market                                  | KILLED PERSON EXACT 1-1
      The bomb killed an army major near the border                              | KILLED SOLDIER EXACT 1-1
      A Frenchman has been shot dead in the city                                 | KILLED PERSON EXACT 1-1
      A local judge visited the hospital on Monday                               | -
      Two students hit by a speeding cook were injured                           | INJURED PERSON EXACT 2-2
      Tests conducted on an arrested man show he is not the fugitive             | ARRESTED PERSON EXACT 1-1
      'We were left at the mercy of the mob, said an injured person.'            | INJURED PERSON EXACT 1-1
      A wounded soldier waved to the crowd from the stretcher                    | INJURED SOLDIER EXACT 1-1
      A dead heat between the parties was reported                               | -
      The injured man was taken to hospital                                      | -
      A shopkeeper and his brother were stabbed in the market                    | INJURED PERSON EXACT 1-1; INJURED PERSON EXACT 1-1
      A Vishwa Hindu Parishad supporter was killed in police firing              | KILLED PERSON EXACT 1-1
      A farmer and his family moved to the city last year                        | -
      """)
  void countsEnglishSingularsOfAPartAndOfARole(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
