package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The search for the cue before a count ({@link CueBeforeCount}): a toll's window counted from its
 * verb, the stops of a lead after its headline and of another act with a count of its own; one
 * row an example sentence.
 */
final class CueBeforeCountTest {

  /**
   * en28late: a toll that reached a high ("reached an all-time high of", "hit a record high of",
   * "has reached a new high of": `tollVerbs`, listed whole); an English toll noun's window counts
   * from the toll verb's first word, so that a long verb does not push the toll noun out of it
   * ({@code SentenceView.tollVerbStart}). A high of no toll is no count.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      'The death toll of the floods in the state, which began with heavy rains in the hills early last week, has reached a new high of 130' | KILLED PERSON EXACT 130-130
      the number of those arrested in the district since the clashes broke out in the old city last month hit a record high of 410 | ARRESTED PERSON EXACT 410-410
      The temperature in the city reached an all-time high of 45 on Monday | -
      """)
  void readsATollThatReachedAHigh(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en25fields) A headline run into its lead: a numeral with a capital in the middle of the text
   * whose words after it are in sentence case opens the lead and does not take the headline's cue
   * ({@link BodyStartCount}); a count inside the headline keeps it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Quake kills 18 in Japan Dozens of aftershocks have shaken the region   | KILLED PERSON EXACT 18-18
      Bomb Blast at Religious Rally At least 39 people were killed           | KILLED PERSON AT_LEAST 39-
      Mass rallies for the victims Tens of thousands gather in Moscow        | PARTICIPATED PERSON VAGUE 20000-99999
      Charges over jail deaths Twenty-eight soldiers face charges in the case | OTHER SOLDIER EXACT 28-28
      Police Detain Seven People on Terror Links                             | ARRESTED PERSON EXACT 7-7
      Blast Kills Two U.S. Soldiers Two American soldiers were killed        | KILLED SOLDIER EXACT 2-2; KILLED SOLDIER EXACT 2-2
      """)
  void readsACountThatOpensTheLeadAfterAHeadline(String sentence, String expected) {
    assertThat(RuleRows.briefs(sentence)).isEqualTo(expected);
  }

  /**
   * (en28prec, {@link CoordinatedAct}) A count after another act joined to a casualty clause with
   * its own count is the act's; two verbs with one object share it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Troops stormed the house, killing one man and capturing 15 others | KILLED PERSON 1
      The fire killed 33 miners and trapped another 28                  | KILLED PERSON 33
      The bombs killed 30 people and buried dozens more                 | KILLED PERSON 30
      Gunmen killed two guards and kidnapped three engineers            | KILLED SECURITY_FORCES 2
      Gunmen killed and buried 30 villagers                             | KILLED PERSON 30
      The blast killed 12 people and wounded 40 others                  | KILLED PERSON 12; INJURED PERSON 40
      """)
  void aCountOfAnotherActJoinedToACasualtyIsTheActs(String sentence, String expected) {
    assertThat(RuleRows.scored(sentence)).isEqualTo(expected);
  }
}
