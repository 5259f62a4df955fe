package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.AttachmentFeatures.Candidate;
import io.github.countercheck.core.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * (experiment model28) The record of the counts and their features that the attachment
 * experiment learns from ({@code tools/attachment/README.md}): each numeral count with the event
 * the rules gave it, the cues on either side with their distance and what stands between, and no
 * change to the claims.
 */
class AttachmentFeaturesTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();

  private static List<Candidate> recorded(String text, List<Claim> claims) {
    List<Candidate> out = new ArrayList<>();
    AttachmentFeatures.recorder = out::add;
    try {
      claims.addAll(EXTRACTOR.extract(Document.of("t.txt", text)));
    } finally {
      AttachmentFeatures.recorder = null;
    }
    return out;
  }

  @Test
  void recordsEachCountWithTheRulesEventAndTheCuesBeforeIt() {
    List<Candidate> c = recorded(
        "Police said 12 people were killed and 40 trucks were parked nearby.", new ArrayList<>());
    assertThat(c).extracting(Candidate::ruleEvent).containsExactly(Event.KILLED, Event.OTHER);
    assertThat(c.get(1).subject()).isEqualTo(Subject.VEHICLE);
    assertThat(c.get(1).features()).contains("rule:OTHER", "L:KILLED", "L:KILLED:d2",
        "L:KILLED:brkfalse:cntfalse:comfalse", "R:none", "p1:and", "n1:were");
    assertThat(c.get(0).features()).contains("rule:KILLED", "R:KILLED:d1", "L:none");
  }

  @Test
  void marksTheClauseBreakTheCommaAndTheCountBetweenACueAndALeftoverCount() {
    List<Candidate> c = recorded("وقتل 12 شخصا في الهجوم، ووصلت 40 حافلة إلى المدينة.",
        new ArrayList<>());
    assertThat(c).hasSize(2);
    assertThat(c.get(1).ruleEvent()).isEqualTo(Event.OTHER);
    assertThat(c.get(1).features()).contains("L:KILLED:d6-8", "L:KILLED:brktrue:cnttrue:comtrue");
    assertThat(c.get(0).features()).contains("L:KILLED:d1", "L:KILLED:brkfalse:cntfalse:comfalse");
  }

  @Test
  void theRecordChangesNoClaimAndIsOffByDefault() {
    String text = "وقتل 12 شخصا في الهجوم، ووصلت 40 حافلة إلى المدينة.";
    List<Claim> withRecord = new ArrayList<>();
    recorded(text, withRecord);
    assertThat(AttachmentFeatures.recorder).isNull();
    assertThat(EXTRACTOR.extract(Document.of("t.txt", text))).isEqualTo(withRecord);
  }
}
