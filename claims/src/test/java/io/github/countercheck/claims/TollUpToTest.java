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
}
