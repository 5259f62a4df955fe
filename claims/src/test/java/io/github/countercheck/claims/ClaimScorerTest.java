package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.ClaimScorer.GoldClaim;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matching rules of {@link ClaimScorer}, which must agree with {@code score-claims}. */
final class ClaimScorerTest {

  private static final String TEXT = "قتل 12 شرطيا";

  private static Claim predicted(Event event, Subject subject, Quantity quantity) {
    return new Claim("d.txt", Span.of(0, TEXT.length()), TEXT, quantity, event, subject, null,
        null, null, Language.AR, Modality.ASSERTED);
  }

  private static GoldClaim gold(Event event, Set<Subject> subjects, Set<QuantityKind> kinds,
      Long value, long low, Long high) {
    return new GoldClaim(event, subjects, kinds, value, low, high, "");
  }

  @Test
  void matchesWhenEventSubjectKindAndValueAgree() {
    GoldClaim g = gold(Event.KILLED, Set.of(Subject.POLICE, Subject.SECURITY_FORCES),
        Set.of(QuantityKind.EXACT), 12L, 12, 12L);
    assertThat(g.matches(predicted(Event.KILLED, Subject.SECURITY_FORCES, Quantity.exact(12))))
        .isTrue();
    assertThat(g.matches(predicted(Event.INJURED, Subject.POLICE, Quantity.exact(12)))).isFalse();
    assertThat(g.matches(predicted(Event.KILLED, Subject.PERSON, Quantity.exact(12)))).isFalse();
    assertThat(g.matches(predicted(Event.KILLED, Subject.POLICE, Quantity.exact(13)))).isFalse();
    assertThat(g.matches(predicted(Event.KILLED, Subject.POLICE, Quantity.approximate(12))))
        .isFalse();
  }

  @Test
  void comparesStatedValueForBoundsAndIntervalForVagueAmounts() {
    GoldClaim moreThan = gold(Event.INJURED, Set.of(Subject.PERSON),
        Set.of(QuantityKind.MORE_THAN), 1000L, 1001, null);
    assertThat(moreThan.matches(predicted(Event.INJURED, Subject.PERSON, Quantity.moreThan(1000))))
        .isTrue();
    GoldClaim dozens = gold(Event.KILLED, Set.of(Subject.PROTESTER), Set.of(QuantityKind.VAGUE),
        null, 20, 99L);
    assertThat(dozens.matches(predicted(Event.KILLED, Subject.PROTESTER, Quantity.vague(20, 99))))
        .isTrue();
    assertThat(dozens.matches(predicted(Event.KILLED, Subject.PROTESTER, Quantity.vague(200, 999))))
        .isFalse();
  }

  @Test
  void pairsOneToOneAndIgnoresOtherEvents() {
    GoldClaim two = gold(Event.KILLED, Set.of(Subject.PERSON), Set.of(QuantityKind.EXACT), 2L, 2,
        2L);
    ClaimScorer scorer = new ClaimScorer();
    scorer.add("s1", TEXT, List.of(two, two), List.of(
        predicted(Event.KILLED, Subject.PERSON, Quantity.exact(2)),
        predicted(Event.OTHER, Subject.PERSON, Quantity.exact(2)),
        predicted(Event.INJURED, Subject.PERSON, Quantity.exact(5))));
    assertThat(scorer.truePositives()).isEqualTo(1);
    assertThat(scorer.falseNegatives()).isEqualTo(1);
    assertThat(scorer.falsePositives()).isEqualTo(1);
    assertThat(scorer.f1()).isEqualTo(0.5);
    assertThat(scorer.diagnostics()).hasSize(2)
        .anySatisfy(d -> assertThat(d).startsWith("MISS  s1 KILLED"))
        .anySatisfy(d -> assertThat(d).startsWith("EXTRA s1").contains("INJURED"));
  }

  @Test
  void scoresNothingAsZeroRatherThanDividingByZero() {
    ClaimScorer scorer = new ClaimScorer();
    scorer.add("empty", "", List.of(), List.of());
    assertThat(scorer.f1()).isZero();
    assertThat(scorer.summary()).isEqualTo("tp=0 fp=0 fn=0 P=0.000 R=0.000 F1=0.000");
  }

  /**
   * Every gold claim of the development set is a quantity the library can represent (its low and
   * high are the ones {@link Quantity} computes for its kind and value), and a prediction that
   * states it exactly matches it: the devset is internally consistent.
   */
  @Test
  void everyDevSetGoldClaimIsMatchedByTheQuantityItDescribes() throws IOException {
    ObjectMapper json = new ObjectMapper();
    ClaimScorer scorer = new ClaimScorer();
    int claims = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        ClaimScorerTest.class.getResourceAsStream("/devset/devset.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = json.readTree(line);
        List<GoldClaim> gold = new ArrayList<>();
        List<Claim> perfect = new ArrayList<>();
        for (JsonNode c : n.path("claims")) {
          GoldClaim g = GoldClaim.fromJson(c);
          gold.add(g);
          QuantityKind kind = QuantityKind.valueOf(c.path("kinds").get(0).asText());
          perfect.add(predicted(g.event(), Subject.valueOf(c.path("subjects").get(0).asText()),
              quantity(kind, g.value(), g.low(), g.high())));
          claims++;
        }
        scorer.add(n.path("id").asText(), n.path("text").asText(), gold, perfect);
      }
    }
    assertThat(claims).isGreaterThan(300);
    assertThat(scorer.diagnostics()).isEmpty();
    assertThat(scorer.f1()).isEqualTo(1.0);
  }

  private static Quantity quantity(QuantityKind kind, Long value, long low, Long high) {
    Quantity q = switch (kind) {
      case EXACT -> Quantity.exact(value);
      case APPROXIMATE -> Quantity.approximate(value);
      case AT_LEAST -> Quantity.atLeast(value);
      case MORE_THAN -> Quantity.moreThan(value);
      case AT_MOST -> Quantity.atMost(value);
      case LESS_THAN -> Quantity.lessThan(value);
      case RANGE -> Quantity.range(low, high);
      case VAGUE -> Quantity.vague(low, high);
    };
    assertThat(q.low()).as("low of %s %s", kind, value).isEqualTo(low);
    assertThat(q.high()).as("high of %s %s", kind, value).isEqualTo(high);
    return q;
  }
}
