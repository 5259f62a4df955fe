package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link EnglishModifiers}, {@link SuperlativeOne}, {@link EnglishSingular}, {@link
 * EnglishNounComplement}, {@link RelativeClauseVerb}, {@link TollUpTo} and the English lexicon's headline verbs, toll verbs and articles: sentences written for the test in the style of wire headlines and Indian
 * news; "-" is no scored claim.
 */
final class EnglishModifiersTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Officials said 12 U.S. soldiers were wounded in the ambush          | INJURED SOLDIER 12
      A roadside bomb killed four U.N. peacekeepers on Friday             | KILLED SOLDIER 4
      Gunmen shot dead two senior\\Afghan police officers at a checkpoint | KILLED POLICE 2
      Gunmen killed 3 militants and 5 U.S. marines were wounded          | KILLED MILITANT 3; INJURED SOLDIER 5
      """)
  void readsAbbreviationsAndLineBreakRemnantsAsModifiers(String text, String expected) {
    assertThat(RuleRows.scored(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Troops were sent to the border in one of the largest moves in years   | -
      Police arrested the men in one of the biggest raids of the decade     | -
      The quake killed one of the most senior officials of the province    | KILLED PERSON 1
      One of the soldiers was killed in the ambush                          | KILLED SOLDIER 1
      The leak killed 243 people, one of the country's worst-ever accidents | KILLED PERSON 243
      The blast killed 20 people at one of Islam's holiest shrines          | KILLED PERSON 20
      Rescuers worked after one of China's worst disasters killed 62 people | KILLED PERSON 62
      The blast killed one of the country's most senior officials           | KILLED PERSON 1
      """)
  void aOneThatRanksCountsNothing(String text, String expected) {
    assertThat(RuleRows.scored(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Mortar Strike Kills Three, Wounds 14 in Kandahar                     | KILLED PERSON 3; INJURED PERSON 14
      Storm Kills 8 A second storm is expected on Monday                    | KILLED PERSON 8
      the death toll in the district had crossed the 120 mark by evening    | KILLED PERSON 121
      the death toll in the floods is now 73                                | KILLED PERSON 73
      the state has seen over 300 killings since the riots began            | KILLED PERSON 301
      the number of dead in the district has gone up to 31                  | KILLED PERSON 31
      nine persons succumbed to their burns at the civil hospital           | KILLED PERSON 9
      """)
  void readsHeadlineVerbsTollVerbsAndKillings(String text, String expected) {
    assertThat(RuleRows.scored(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      a 45-year-old farmer was hacked to death in the village                 | KILLED PERSON 1
      A local Hindu shopkeeper was injured in the stone-pelting               | INJURED PERSON 1
      telephone lines were cut, one killed in firing near the border          | KILLED PERSON 1
      two persons were stabbed in the city on thursday one of whom later died | INJURED PERSON 2; KILLED PERSON 1
      a mob burned two of them to death in front of cameras                   | KILLED PERSON 2
      Israel's Channel Two television said the army was behind the death      | -
      of the 12 named, only one has been arrested till date                   | ARRESTED PERSON 1
      if one were to hear about the arrests made by the police                | -
      three of these bodies were found in a well on Monday                    | KILLED PERSON 3
      five members of a hindu family were burnt alive in their house          | KILLED PERSON 5
      20 activists of the youth wing were detained near the station           | ARRESTED PERSON 20
      """)
  void readsSingularsWithAgesFiguresAndComplementsOfTheNoun(String text, String expected) {
    assertThat(RuleRows.scored(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      six companies of the state reserve police have been deployed in the city | DEPLOYED SECURITY_FORCES 6
      the army deployed 12 columns of the army in the district                 | DEPLOYED SOLDIER 12
      about 2,000 crpf men conducted a flag march in the old city              | DEPLOYED SECURITY_FORCES 1800
      police arrested 14 maoists after the encounter                           | ARRESTED MILITANT 14
      Two army helicopters crashed near the border                             | -
      five paramilitary members were killed in the ambush                      | KILLED SECURITY_FORCES 5
      """)
  void readsForcesTheirUnitsAndCompoundNouns(String text, String expected) {
    assertThat(RuleRows.scored(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Three women who were injured in the blast on Monday died in hospital     | KILLED PERSON 3
      Twelve people who were injured in the blast were taken to hospital       | INJURED PERSON 12
      four men who were arrested for killing a driver were sent to jail        | ARRESTED PERSON 4
      40 pilgrims, most of them women, were burnt alive in the coach           | KILLED PERSON 40
      """)
  void takesTheMainVerbAfterARelativeClause(String text, String expected) {
    assertThat(RuleRows.scored(text)).isEqualTo(expected);
  }
}
