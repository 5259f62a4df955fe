package io.github.countercheck.reconcile.json;

import io.github.countercheck.reconcile.json.ReconciliationJson.Layout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.claims.json.ArticleReader;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.Span;
import io.github.countercheck.reconcile.ClaimGroup;
import io.github.countercheck.reconcile.Estimate;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.Relation;
import io.github.countercheck.reconcile.Status;
import io.github.countercheck.reconcile.Verdict;
import io.github.countercheck.reconcile.Voice;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What is written is read back equal, and written again to the same bytes. */
final class ReconciliationJsonReadTest {

  private static Reconciliation read(String json) {
    return ReconciliationJson.read(new StringReader(json));
  }

  /** Checks the round trip both ways, compact and indented; returns the compact JSON. */
  private static String assertRoundTrip(Reconciliation r) {
    for (Layout layout : Layout.values()) {
      String json = ReconciliationJson.write(r, layout);
      Reconciliation back = read(json);
      assertThat(back).isEqualTo(r);
      for (Layout other : Layout.values()) {
        assertThat(ReconciliationJson.write(back, other))
            .isEqualTo(ReconciliationJson.write(r, other));
      }
    }
    return ReconciliationJson.write(r);
  }

  @Test
  void theSeedsReconciliationIsReadBackEqual() {
    ArticleReader.Articles seeds = ArticleReader.read(Path.of("..", "seeds"));
    assertThat(seeds.failures()).isEmpty();
    Reconciliation r = Reconciler.create().reconcile(seeds.documents(), ClaimExtractor.create());
    assertThat(r.groups()).hasSizeGreaterThan(3);
    assertThat(r.groups()).anySatisfy(g -> assertThat(g.relations()).isNotEmpty());
    assertThat(r.groups()).anySatisfy(g -> assertThat(g.voices()).isNotEmpty());
    String json = assertRoundTrip(r);
    Reconciliation back = read(json);
    // the reasons are there in words, not re-derived
    assertThat(back.groups().get(0).relations()).extracting(Relation::reason)
        .isEqualTo(r.groups().get(0).relations().stream().map(Relation::reason).toList());
  }

  private static final PublicationTime[] TIMES = {
    null,
    PublicationTime.parse("2013-02-26"),
    PublicationTime.parse("2013-02-26T08:13:12"),
    PublicationTime.parse("2013-02-26T12:00:00+02:00"),
    PublicationTime.parse("2013-02-27T06:30:00Z"),
    PublicationTime.parse("2013-03-05"),
  };

  private static Quantity quantity(Random rnd) {
    long n = 1 + rnd.nextInt(400);
    return switch (rnd.nextInt(8)) {
      case 0 -> Quantity.approximate(n);
      case 1 -> Quantity.atLeast(n);
      case 2 -> Quantity.moreThan(n);
      case 3 -> Quantity.atMost(n);
      case 4 -> Quantity.range(n, n + 1 + rnd.nextInt(50));
      case 5 -> Quantity.vague(10, 99);
      default -> Quantity.exact(n);
    };
  }

  /** A reconciliation of random claims over documents with random times, stories and scopes. */
  private static Reconciliation generated(Random rnd) {
    String[] stories = {"train", "storm", null};
    String[] outlets = {"AFP", "الأهرام", null, "Reuters"};
    String[] sources = {null, "وزارة الصحة", "the police", "وكالة الأنباء الفرنسية"};
    String[] places = {null, "ألماتي", "Giza"};
    List<DocumentMetadata> docs = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    int nDocs = 2 + rnd.nextInt(6);
    for (int d = 0; d < nDocs; d++) {
      String id = "d" + d + ".txt";
      docs.add(new DocumentMetadata(id, outlets[rnd.nextInt(outlets.length)],
          TIMES[rnd.nextInt(TIMES.length)], stories[rnd.nextInt(stories.length)]));
      int nClaims = 1 + rnd.nextInt(4);
      for (int c = 0; c < nClaims; c++) {
        Quantity q = quantity(rnd);
        String text = "قتل " + q.low() + " \"شخصا\"";
        int start = 10 * c;
        Claim claim = new Claim(id, Span.of(start, start + text.length()), text, q,
            rnd.nextBoolean() ? Event.KILLED : Event.INJURED,
            rnd.nextBoolean() ? Subject.PERSON : Subject.POLICE,
            sources[rnd.nextInt(sources.length)], places[rnd.nextInt(places.length)],
            rnd.nextInt(3) == 0 ? "أمس" : null, rnd.nextBoolean() ? Language.AR : Language.EN,
            rnd.nextInt(6) == 0 ? Modality.EXPECTED : Modality.ASSERTED);
        int scope = rnd.nextInt(5);
        if (scope == 0) {
          claim = claim.withScope(Scope.CUMULATIVE, "منذ بداية العام");
        } else if (scope == 1) {
          claim = claim.withScope(Scope.BACKGROUND, null);
        }
        claims.add(claim);
      }
    }
    Map<String, String> titles = new HashMap<>();
    titles.put("train", "Train crash \"Giza\" <near> Cairo");
    return Reconciler.create().reconcile(claims, docs, titles);
  }

  @Test
  void generatedReconciliationsWithStoriesAndScopesAreReadBackEqual() {
    Random rnd = new Random(18);
    boolean sawStories = false;
    boolean sawScope = false;
    boolean sawEstimateWithoutBest = false;
    for (int i = 0; i < 200; i++) {
      Reconciliation r = generated(rnd);
      sawStories |= !r.stories().isEmpty();
      sawScope |= r.groups().stream().anyMatch(g -> g.scope() != Scope.INCIDENT);
      sawEstimateWithoutBest |= r.groups().stream()
          .anyMatch(g -> g.estimate() != null && g.estimate().best() == null);
      assertRoundTrip(r);
    }
    assertThat(sawStories).isTrue();
    assertThat(sawScope).isTrue();
    assertThat(sawEstimateWithoutBest).isTrue();
  }

  @Test
  void aReconciliationBuiltByHandIsReadBackEqual() {
    Claim a = new Claim("a.txt", Span.of(0, 5), "12 of", Quantity.exact(12), Event.KILLED,
        Subject.POLICE, null, null, null, Language.EN, Modality.DENIED);
    Claim b = new Claim("b.txt", Span.of(3, 8), "15 of", Quantity.moreThan(15), Event.KILLED,
        Subject.POLICE, "AFP", "Giza", "Tuesday", Language.EN, Modality.DENIED);
    ClaimGroup g = new ClaimGroup(Event.KILLED, Modality.DENIED, Subject.POLICE, null,
        List.of(a, b), List.of(new Relation(0, 1, Verdict.CONFLICT, "by hand")),
        new Estimate(12, null, null), Status.DISPUTED, List.of("a note"),
        List.of(new Voice("AFP", List.of("b.txt"))), null, Scope.BACKGROUND);
    Reconciliation r = new Reconciliation(
        List.of(new DocumentMetadata("a.txt", null, null, null),
            new DocumentMetadata("b.txt", "AFP", TIMES[3], null)),
        List.of(g));
    assertRoundTrip(r);
  }

  @Test
  void whatIsLeftOutReadsAsItsDefault() {
    Reconciliation r = read("""
        {"documents":[{"id":"a.txt","publisher":null,"published":null}],
         "groups":[{"event":"KILLED","subject":"PERSON","location":null,
           "claims":[{"document":"a.txt","span":{"start":0,"end":2},"text":"12",
             "quantity":{"kind":"EXACT","value":12,"low":12,"high":12},
             "event":"KILLED","subject":"PERSON","language":"ar"}],
           "relations":[],"status":"SINGLE_SOURCE","notes":[],"voices":[],"extra":1}]}
        """);
    assertThat(r.stories()).isEmpty();
    ClaimGroup g = r.groups().get(0);
    assertThat(g.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(g.scope()).isEqualTo(Scope.INCIDENT);
    assertThat(g.story()).isNull();
    assertThat(g.estimate()).isNull();
    assertThat(g.claims().get(0).quantity()).isEqualTo(Quantity.exact(12));
  }

  @Test
  void anErrorNamesTheFieldByItsPath() {
    Reconciliation r = generated(new Random(7));
    String json = ReconciliationJson.write(r);
    assertThatThrownBy(() -> read(json.replaceFirst("\"status\":\"[A-Z_]+\"", "\"status\":\"OK\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("groups[0].status: 'OK' is not one of [CONSISTENT");
    assertThatThrownBy(() -> read(json.replaceFirst("\"kind\":\"[A-Z_]+\"", "\"kind\":\"MANY\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("groups[0].claims[0]: field 'quantity.kind'");
    assertThatThrownBy(() -> read("{\"documents\":[],\"groups\":[{\"event\":\"KILLED\"}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groups[0].subject: missing");
    assertThatThrownBy(() -> read("{\"documents\":[{\"id\":\"a\",\"published\":\"2022-13-01\"}],"
        + "\"groups\":[]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("documents[0].published: '2022-13-01' is not a date");
    assertThatThrownBy(() -> read("{\"documents\":[],\"groups\":[]} []"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unexpected content after");
    assertThatThrownBy(() -> read("{\"documents\":[], \"groups\":"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 1: not valid JSON");
    assertThatThrownBy(() -> read("[]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a JSON object");
  }

  @Test
  void aRelationIndexingPastTheClaimsIsRefusedWithItsGroup() {
    String json = """
        {"documents":[],"groups":[{"event":"KILLED","subject":"PERSON","location":null,
           "claims":[{"document":"a.txt","span":{"start":0,"end":2},"text":"12",
             "quantity":{"kind":"EXACT","value":12,"low":12,"high":12},
             "event":"KILLED","subject":"PERSON","language":"ar"}],
           "relations":[{"a":0,"b":3,"verdict":"AGREE","reason":"r"}],
           "status":"SINGLE_SOURCE","notes":[],"voices":[]}]}
        """;
    assertThatThrownBy(() -> read(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("groups[0]: relation").hasMessageContaining("indexes past");
  }
}
