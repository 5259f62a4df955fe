package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PartByDegree}: a count after a comma told only by an adverb of degree is a part of the
 * count before it, with its event and subject; with its own event word after the adverb it is a
 * count of its own.
 */
final class PartByDegreeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      As many as 140 were injured on Sunday, 25 seriously, when the bus overturned | INJURED PERSON EXACT 140-140; INJURED PERSON EXACT 25-25
      Some 90 soldiers were wounded in the raid, 11 critically                     | INJURED SOLDIER APPROXIMATE 81-99; INJURED SOLDIER EXACT 11-11
      The blast killed 5 people and left 12 seriously injured                      | KILLED PERSON EXACT 5-5; INJURED PERSON EXACT 12-12
      The team lost 3 matches in a row, 2 badly                                    | -
      """)
  void readsAPartByItsDegree(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
