package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link UnknownPluralRule}: English plurals no lexicon lists count people only with a verb tied to
 * them. Sentences written for the test in the style of wire and Indian news; "-" is no scored claim.
 */
final class UnknownPluralRuleTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      a total of 32 miscreants were arrested by the city police on monday     | ARRESTED PERSON 32
      police opened fire and were able to arrest 19 miscreants                | ARRESTED PERSON 19
      five tribals with gunshot injuries were brought to the civil hospital   | INJURED PERSON 5
      nearly 40 kar sevaks were detained at the railway station               | ARRESTED PERSON 36
      The raid ended the deaths of 12 Uighurs in custody, officials said      | KILLED PERSON 12
      Floods swept the valley and 14 porters drowned in the river             | KILLED PERSON 14
      but 58 kar sevaks who were returning from the fair were killed          | KILLED PERSON 58
      An asylum seeker with an axe injured the two pilots on the flight      | INJURED PERSON 2
      Gunmen killed the three traders in the market                          | KILLED PERSON 3
      """)
  void countsPeopleWithATiedVerb(String text, String expected) {
    assertThat(RuleRows.scored(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The veteran actor dies at 93 Tributes pour in from fans                        | -
      The court sentenced 14 defendants to death on Monday                          | -
      Rescuers could not save 30 whales that died after the stranding               | -
      The victims were mourned as 5,000 sharecroppers have been affected by the floods | -
      The killing of residents in three parts of the city was condemned              | -
      about 30 elders on tuesday held a meeting at the temple                        | -
      the fire gutted 40 warehouses and other bodies were found later                | -
      The mob burnt the 40 warehouses in the market                                  | -
      """)
  void otherwiseNoScoredClaim(String text, String expected) {
    assertThat(RuleRows.scored(text)).isEqualTo(expected);
  }
}
