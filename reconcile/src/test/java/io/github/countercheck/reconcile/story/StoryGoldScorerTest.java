package io.github.countercheck.reconcile.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Estimate;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Status;
import io.github.countercheck.reconcile.story.StoryGold.Doc;
import io.github.countercheck.reconcile.story.StoryGold.Expected;
import io.github.countercheck.reconcile.story.StoryGold.Group;
import io.github.countercheck.reconcile.story.StoryGold.Signed;
import io.github.countercheck.reconcile.story.StoryGold.Story;
import io.github.countercheck.reconcile.story.StoryGoldScorer.Outcome;
import io.github.countercheck.reconcile.story.StoryGoldScorer.StoryScore;
import io.github.countercheck.reconcile.story.StoryGoldScorer.Totals;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer on small hand-made reconciliations, and the gold file's own consistency. */
final class StoryGoldScorerTest {

  // a story: "killed" 12 in a.txt and b.txt; "injured" 30 in a.txt; a background 500 in b.txt
  private static final Claim KILLED_A = claim("a.txt", 10, "مقتل 12 شخصا", 12, Event.KILLED);
  private static final Claim KILLED_B = claim("b.txt", 40, "12 قتيلا", 12, Event.KILLED);
  private static final Claim INJURED_A = claim("a.txt", 30, "إصابة 30", 30, Event.INJURED);
  private static final Claim BACKGROUND_B = claim("b.txt", 90, "مقتل 500 شخص", 500, Event.KILLED);

  private static final Story STORY = new Story("s", "t", "ATTACK",
      List.of(new Doc("a.txt", "A", "2013-01-01T10:00"), new Doc("b.txt", "B", "2013-01-01T12:00")),
      List.of(
          new Group("killed", "KILLED", "PERSON", "INCIDENT", null,
              List.of(expected(KILLED_A), expected(KILLED_B)), "CONSISTENT",
              new Signed(12, 12L, 12L), List.of(), ""),
          new Group("injured", "INJURED", "PERSON", "INCIDENT", null,
              List.of(expected(INJURED_A)), "SINGLE_SOURCE", new Signed(30, 30L, 30L), List.of(),
              "")),
      List.of(expected(BACKGROUND_B)));

  @Test
  void perfectReconciliationScoresEverything() {
    Reconciliation r = reconciliation(
        group(Status.CONSISTENT, new Estimate(12, 12L, 12L), KILLED_A, KILLED_B),
        group(Status.SINGLE_SOURCE, new Estimate(30, 30L, 30L), INJURED_A),
        group(Status.SINGLE_SOURCE, new Estimate(500, 500L, 500L), BACKGROUND_B));

    StoryScore s = StoryGoldScorer.score(STORY, r);
    Totals t = StoryGoldScorer.total(List.of(s));

    assertThat(s.groups()).allSatisfy(g -> {
      assertThat(g.outcome()).isEqualTo(Outcome.OK);
      assertThat(g.statusAgrees()).isTrue();
      assertThat(g.estimateAgrees()).isTrue();
    });
    assertThat(t.recovery()).isEqualTo(1.0);
    assertThat(t.keptOut()).isEqualTo(1.0);
    assertThat(s.excludedFound()).isEqualTo(1);
  }

  @Test
  void backgroundFigureInTheIncidentGroupMixesItAndLeaks() {
    Reconciliation r = reconciliation(
        group(Status.DISPUTED, new Estimate(12, 12L, 500L), KILLED_A, KILLED_B, BACKGROUND_B),
        group(Status.SINGLE_SOURCE, new Estimate(30, 30L, 30L), INJURED_A));

    StoryScore s = StoryGoldScorer.score(STORY, r);

    assertThat(s.groups().get(0).outcome()).isEqualTo(Outcome.MIXED);
    assertThat(s.groups().get(0).statusAgrees()).isFalse();
    assertThat(s.groups().get(1).outcome()).isEqualTo(Outcome.OK);
    assertThat(s.excludedKeptOut()).isZero();
    assertThat(s.leaks()).singleElement().asString().contains("b.txt 90-");
    assertThat(StoryGoldScorer.total(List.of(s)).recovery()).isEqualTo(0.5);
  }

  @Test
  void twoIncidentGroupsMergedAreBothMixed() {
    Reconciliation r = reconciliation(
        group(Status.CONSISTENT, new Estimate(12, 12L, 30L), KILLED_A, KILLED_B, INJURED_A),
        group(Status.SINGLE_SOURCE, new Estimate(500, 500L, 500L), BACKGROUND_B));

    StoryScore s = StoryGoldScorer.score(STORY, r);

    assertThat(s.groups()).extracting(g -> g.outcome()).containsExactly(Outcome.MIXED,
        Outcome.MIXED);
  }

  @Test
  void claimsSplitOverTwoGroupsAreNotRecovered() {
    Reconciliation r = reconciliation(
        group(Status.SINGLE_SOURCE, new Estimate(12, 12L, 12L), KILLED_A),
        group(Status.SINGLE_SOURCE, new Estimate(12, 12L, 12L), KILLED_B),
        group(Status.SINGLE_SOURCE, new Estimate(30, 30L, 30L), INJURED_A));

    StoryScore s = StoryGoldScorer.score(STORY, r);

    assertThat(s.groups().get(0).outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(s.groups().get(0).statusAgrees()).isFalse();
    assertThat(s.groups().get(0).estimateAgrees()).isTrue();
  }

  @Test
  void estimateOutsideTheSignedIntervalDisagrees() {
    Reconciliation r = reconciliation(
        group(Status.CONSISTENT, new Estimate(12, 20L, 25L), KILLED_A, KILLED_B),
        group(Status.SINGLE_SOURCE, new Estimate(30, 30L, 30L), INJURED_A));

    StoryScore s = StoryGoldScorer.score(STORY, r);

    assertThat(s.groups().get(0).outcome()).isEqualTo(Outcome.OK);
    assertThat(s.groups().get(0).estimateAgrees()).isFalse();
    assertThat(s.groups().get(1).estimateAgrees()).isTrue();
  }

  @Test
  void aClaimReadWithAnotherNumberOrEventDoesNotMatch() {
    Claim misread = claim("a.txt", 10, "مقتل 12 شخصا", 21, Event.KILLED);
    Claim otherEvent = claim("b.txt", 40, "12 قتيلا", 12, Event.INJURED);
    Reconciliation r = reconciliation(
        group(Status.CONSISTENT, new Estimate(12, 12L, 21L), misread, otherEvent));

    StoryScore s = StoryGoldScorer.score(STORY, r);

    assertThat(s.groups().get(0).outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(s.groups().get(0).found()).isZero();
  }

  @Test
  void openAndAbsentFiguresAgreeOnlyWhereTheSignedOnesAllowIt() {
    assertThat(StoryGoldScorer.agrees(new Estimate(101, null, null), new Signed(101, null, null)))
        .isTrue();
    assertThat(StoryGoldScorer.agrees(new Estimate(101, null, null), new Signed(25, 25L, null)))
        .isFalse();
    assertThat(StoryGoldScorer.agrees(new Estimate(1, 5L, 9L), new Signed(10, 12L, 20L)))
        .isFalse();
    assertThat(StoryGoldScorer.agrees(new Estimate(20, 24L, 35L), new Signed(23, 24L, 35L)))
        .isTrue();
  }

  @Test
  void goldFileLoadsAndEveryGroupIsWellFormed() {
    List<Story> stories = StoryGold.load();

    assertThat(stories).hasSizeGreaterThanOrEqualTo(10);
    assertThat(stories).extracting(Story::id).doesNotHaveDuplicates();
    for (Story st : stories) {
      assertThat(st.documents()).as(st.id()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(st.documents().stream().map(Doc::outlet).distinct().count())
          .as("%s: outlets", st.id()).isGreaterThanOrEqualTo(2);
      for (Group g : st.groups()) {
        assertThat(g.status()).as(st.id() + "/" + g.id())
            .isIn("CONSISTENT", "DISPUTED", "SINGLE_SOURCE");
        assertThat(g.claims()).extracting(Expected::event).as(st.id() + "/" + g.id())
            .containsOnly(g.event());
      }
    }
  }

  @Test
  void malformedGoldIsRefused() {
    String bad = "{\"stories\":[{\"id\":\"x\",\"documents\":[],\"groups\":[{\"id\":\"g\","
        + "\"claims\":[],\"status\":\"CONSISTENT\",\"estimate\":{\"low\":1}}]}]}";
    assertThatThrownBy(() -> StoryGold.read(
        new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
        .hasStackTraceContaining("has no claim");
  }

  private static Claim claim(String doc, int start, String text, long n, Event e) {
    return new Claim(doc, Span.of(start, start + text.length()), text, Quantity.exact(n), e,
        Subject.PERSON, null, null, null, Language.AR, Modality.ASSERTED);
  }

  private static Expected expected(Claim c) {
    return new Expected(c.document(), c.span().start(), c.span().end(), c.text(), c.event().name(),
        c.quantity().low(), c.quantity().high(), false, null);
  }

  private static ClaimGroup group(Status status, Estimate estimate, Claim... claims) {
    return new ClaimGroup(claims[0].event(), Modality.ASSERTED, Subject.PERSON, null,
        List.of(claims), List.of(), estimate, status, List.of(), List.of());
  }

  private static Reconciliation reconciliation(ClaimGroup... groups) {
    return new Reconciliation(List.of(), List.of(groups));
  }
}
