package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PartOfTheWhole}: in "N of the M ...", the verb after the whole, or a cue before the part,
 * tells what befell the part; a verb of the whole's own relative clause, an event noun or a
 * participle that names the whole stays the whole's.
 */
final class PartOfTheWholeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      two of the three militants were killed                              | KILLED MILITANT EXACT 2-2; OTHER MILITANT EXACT 3-3
      two of the three militants who attacked the shrine were killed      | KILLED MILITANT EXACT 2-2; OTHER MILITANT EXACT 3-3
      three of the five people have been arrested                         | ARRESTED PERSON EXACT 3-3; OTHER PERSON EXACT 5-5
      police arrested five of the nine men who bombed the resorts         | ARRESTED PERSON EXACT 5-5; OTHER PERSON EXACT 9-9
      one of the two terrorists who were shot dead gave a declaration     | KILLED MILITANT EXACT 2-2
      not one of the over 800 arrested for violence has been booked       | ARRESTED PERSON MORE_THAN 801-
      one of the three wounded later died in hospital                     | KILLED PERSON EXACT 1-1; INJURED PERSON EXACT 3-3
      34 of the 54 bodies brought in have been identified                 | KILLED PERSON EXACT 34-34; KILLED PERSON EXACT 54-54
      """)
  void givesThePartWhatBefellIt(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en30total) A whole that names its own event (its noun, "bodies", "deaths", or a participle
   * right after it, "people killed") is a count of its own, and a part before it with no event of
   * its own is a part of it, after "of the" or "out of (the)"; a part of a whole that claims
   * nothing stays none.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Nine out of the 15 people killed were women                         | KILLED PERSON EXACT 9-9; KILLED PERSON EXACT 15-15
      the attack accounted for only 4 out of over 200 deaths this year    | KILLED PERSON EXACT 4-4; KILLED PERSON MORE_THAN 201-
      the party won 11 out of the 16 seats it contested                   | -
      his uncle, one of the 58 victims of the fire, was a teacher         | OTHER PERSON EXACT 1-1; KILLED PERSON EXACT 58-58
      """)
  void givesThePartTheEventOfAWholeThatNamesIt(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
