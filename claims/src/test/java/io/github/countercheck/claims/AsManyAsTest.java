package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link AsManyAs}: "as many" before "as" and a number bounds that number and counts nothing by
 * itself; "as many" alone counts by the count before it.
 */
class AsManyAsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Two people were killed and as many as 30 were hurt in the blast   | KILLED PERSON EXACT 2-2; INJURED PERSON EXACT 30-30
      At least 12 people were killed and as many as 40 injured          | KILLED PERSON AT_LEAST 12-; INJURED PERSON EXACT 40-40
      As many as 30 were hurt in the blast                              | INJURED PERSON EXACT 30-30
      Police said 5 were arrested and as many were injured              | ARRESTED PERSON EXACT 5-5; INJURED PERSON EXACT 5-5
      Six people died and as many were wounded on Sunday                | KILLED PERSON EXACT 6-6; INJURED PERSON EXACT 6-6
      """)
  void asManyAsANumberIsItsBound(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }
}
