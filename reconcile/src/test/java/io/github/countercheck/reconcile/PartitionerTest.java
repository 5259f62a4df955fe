package io.github.countercheck.reconcile;

import static io.github.countercheck.reconcile.Claims.claim;
import static io.github.countercheck.reconcile.Claims.doc;
import static io.github.countercheck.reconcile.Claims.killed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reconciling each partition alone and combining gives the single run's result byte for byte:
 * on hand-made claims for every "the only one" rule of the grouping, where the claims that decide
 * the rule lie in other slices and other partitions than the claims it moves, and on random claim
 * sets with every slicing.
 */
final class PartitionerTest {

  private static final Reconciler RECONCILER = Reconciler.create();
  private static final Partitioner P = Partitioner.of(RECONCILER);

  /** The run's summary made claim by claim, each claim a slice of its own. */
  private static Partitioner.Summary summary(List<Claim> claims, List<DocumentMetadata> docs) {
    Map<String, DocumentMetadata> byId = byId(docs);
    Partitioner.Summary run = P.emptySummary();
    for (Claim c : claims) {
      run = run.merge(P.summarize(List.of(c), PartitionRun.cited(List.of(c), byId)));
    }
    return run;
  }

  private static Map<String, DocumentMetadata> byId(List<DocumentMetadata> docs) {
    Map<String, DocumentMetadata> byId = new HashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));
    return byId;
  }

  private static String key(Claim c, List<DocumentMetadata> docs, Partitioner.Summary run) {
    return P.key(c, byId(docs).get(c.document()), run);
  }

  /** Both paths agree at every slicing and packing, claim by claim and all in one. */
  private static void samePartitioned(List<Claim> claims, List<DocumentMetadata> docs) {
    Random random = new Random(claims.size());
    for (int slices : new int[] {1, 2, claims.size()}) {
      for (int partitions : new int[] {0, 1}) {
        PartitionRun.check(RECONCILER, claims, docs, Map.of(), slices, partitions, random);
      }
      // keys packed two by two at random: some packing puts the claims a rule moves with some,
      // not all, of the claims that decide it
      for (int round = 0; round < 16; round++) {
        PartitionRun.check(RECONCILER, claims, docs, Map.of(), slices, 2, random);
      }
    }
  }

  /**
   * {@code lone} shares the key of {@code only} in a run where {@code only} is the one claim it
   * may join, and the key of neither once {@code second} stands beside them; both runs,
   * partitioned, give the single run.
   */
  private static void joinsTheOnlyOneWhileAlone(List<DocumentMetadata> docs, Claim lone,
      Claim only, Claim second) {
    List<Claim> alone = List.of(lone, only);
    assertThat(key(lone, docs, summary(alone, docs)))
        .isEqualTo(key(only, docs, summary(alone, docs)));
    List<Claim> both = List.of(lone, only, second);
    Partitioner.Summary run = summary(both, docs);
    assertThat(key(lone, docs, run)).isNotEqualTo(key(only, docs, run))
        .isNotEqualTo(key(second, docs, run));
    samePartitioned(alone, docs);
    samePartitioned(both, docs);
  }

  @Test
  void unspecifiedPeopleJoinTheOnlyOtherClassOfTheWholeRun() {
    List<DocumentMetadata> docs = List.of(doc("a.txt", "2022-01-06"), doc("b.txt", "2022-01-06"),
        doc("c.txt", "2022-01-06"));
    Claim person = killed("a.txt", Quantity.exact(30), Subject.PERSON);
    Claim police = killed("b.txt", Quantity.exact(12), Subject.POLICE);
    Claim civilian = killed("c.txt", Quantity.exact(9), Subject.CIVILIAN);
    joinsTheOnlyOneWhileAlone(docs, person, police, civilian);
  }

  @Test
  void aCountryJoinsTheOnlyCityTheWholeRunNamesInIt() {
    List<DocumentMetadata> docs = List.of(doc("a.txt", "2022-01-06"), doc("b.txt", "2022-01-06"),
        doc("c.txt", "2022-01-06"));
    Claim country = killed("a.txt", Quantity.exact(30), Subject.PERSON, "كازاخستان");
    Claim almaty = killed("b.txt", Quantity.exact(26), Subject.PERSON, "ألماتي");
    Claim astana = killed("c.txt", Quantity.exact(4), Subject.PERSON, "نور سلطان");
    joinsTheOnlyOneWhileAlone(docs, country, almaty, astana);
  }

  @Test
  void claimsWithNoPlaceJoinTheOnlyPlaceOfTheWholeRun() {
    List<DocumentMetadata> docs = List.of(doc("a.txt", "2022-01-06"), doc("b.txt", "2022-01-06"),
        doc("c.txt", "2022-01-06"));
    Claim unplaced = killed("a.txt", Quantity.exact(30), Subject.PERSON);
    Claim almaty = killed("b.txt", Quantity.exact(26), Subject.PERSON, "ألماتي");
    Claim cairo = killed("c.txt", Quantity.exact(4), Subject.PERSON, "القاهرة");
    joinsTheOnlyOneWhileAlone(docs, unplaced, almaty, cairo);
  }

  @Test
  void undatedClaimsJoinTheOnlyWindowOfTheWholeRun() {
    List<DocumentMetadata> docs = List.of(doc("a.txt", null), doc("b.txt", "2022-01-06"),
        doc("c.txt", "2022-02-20"));
    Claim undated = killed("a.txt", Quantity.exact(30), Subject.PERSON);
    Claim early = killed("b.txt", Quantity.exact(26), Subject.PERSON);
    Claim late = killed("c.txt", Quantity.exact(40), Subject.PERSON);
    joinsTheOnlyOneWhileAlone(docs, undated, early, late);
  }

  @Test
  void windowsStartWhereTheWholeRunStartsThemNotWhereAPartitionWould() {
    List<DocumentMetadata> docs = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    // days 1, 6, 11, 16: windows of 7 days start on the 1st and the 11th; a slice holding only the
    // 6th and the 11th would start its windows on the 6th
    for (int d = 0; d < 4; d++) {
      String id = "w" + d + ".txt";
      docs.add(doc(id, LocalDate.of(2022, 1, 1 + 5 * d).toString()));
      claims.add(killed(id, Quantity.exact(10 + d), Subject.PERSON));
    }
    Partitioner.Summary run = summary(claims, docs);
    assertThat(key(claims.get(0), docs, run)).isEqualTo(key(claims.get(1), docs, run));
    assertThat(key(claims.get(1), docs, run)).isNotEqualTo(key(claims.get(2), docs, run));
    assertThat(key(claims.get(2), docs, run)).isEqualTo(key(claims.get(3), docs, run));
    samePartitioned(claims, docs);
  }

  @Test
  void aVoiceIsNamedByItsFirstWordingInTheWholeRunAndAnOutletAsFirstWritten() {
    // one unknown source in two wordings, one outlet in two spellings; the groups that name them
    // (killed, injured) lie in different partitions, each seeing one wording only
    List<DocumentMetadata> docs = List.of(
        new DocumentMetadata("a.txt", "Daily  Courier", LocalDate.parse("2022-01-06")),
        new DocumentMetadata("b.txt", "DAILY COURIER", LocalDate.parse("2022-01-06")),
        new DocumentMetadata("c.txt", "Other Paper", LocalDate.parse("2022-01-06")));
    List<Claim> claims = List.of(
        claim("a.txt", 5, "قتل 12", Quantity.exact(12), Event.KILLED, Subject.PERSON,
            "مصدر طبي ميداني", null),
        claim("b.txt", 5, "أصيب 30", Quantity.exact(30), Event.INJURED, Subject.PERSON,
            "ميداني مصدر طبي", null),
        claim("c.txt", 5, "أصيب 31", Quantity.exact(31), Event.INJURED, Subject.PERSON, null, null),
        claim("b.txt", 20, "قتل 13", Quantity.exact(13), Event.KILLED, Subject.PERSON, null, null),
        claim("c.txt", 20, "قتل 14", Quantity.exact(14), Event.KILLED, Subject.PERSON, null, null));
    Reconciliation whole = RECONCILER.reconcile(claims, docs);
    assertThat(whole.groups()).flatMap(ClaimGroup::voices).extracting(Voice::name)
        .contains("مصدر طبي ميداني").doesNotContain("ميداني مصدر طبي");
    samePartitioned(claims, docs);
  }

  @Test
  void aPartitionWhoseDocumentsNameNoStoryStillBelongsToTheStoryOfTheRest() {
    List<DocumentMetadata> docs = List.of(doc("a.txt", "2022-01-06").withStory("s1"),
        doc("b.txt", "2022-01-06"), doc("c.txt", "2022-01-07").withStory("s1"));
    List<Claim> claims = List.of(killed("a.txt", Quantity.exact(3), Subject.PERSON),
        killed("b.txt", Quantity.exact(4), Subject.POLICE),
        killed("c.txt", Quantity.exact(5), Subject.PERSON));
    samePartitioned(claims, docs);
    PartitionRun.check(RECONCILER, claims, docs, Map.of("s1", "the story"), 3, 0, new Random(1));
  }

  @Test
  void claimsOfDocumentsWithoutMetadataAndClaimsThatStandAlone() {
    List<DocumentMetadata> docs = List.of(doc("a.txt", "2022-01-06"));
    List<Claim> claims = List.of(killed("a.txt", Quantity.exact(3), Subject.PERSON),
        killed("missing.txt", Quantity.exact(4), Subject.PERSON),
        killed("a.txt", Quantity.exact(5), Subject.OTHER),
        claim("missing.txt", 30, "حدث 7", Quantity.exact(7), Event.OTHER, Subject.PERSON, null,
            "ألماتي"));
    samePartitioned(claims, docs);
  }

  @Test
  void randomClaimSetsGiveTheSingleRunAtEverySlicing() {
    Random random = new Random(20221206);
    int keys = 0;
    for (int round = 0; round < 120; round++) {
      int n = 1 + random.nextInt(80);
      List<DocumentMetadata> docs = new ArrayList<>();
      for (int d = 0; d < 7; d++) {
        LocalDate date = random.nextInt(5) == 0 ? null
            : LocalDate.of(2022, 1, 1).plusDays(random.nextInt(40));
        DocumentMetadata m = new DocumentMetadata("d" + d + ".txt",
            random.nextBoolean() ? "P" + d % 3 : null, date);
        docs.add(random.nextInt(4) == 0 ? m.withStory("s" + random.nextInt(2)) : m);
      }
      List<Claim> claims = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        claims.add(ReconcilerPropertiesTest.randomClaim(random));
      }
      Reconciler reconciler = Reconciler.builder().maxPairwise(2 + random.nextInt(20))
          .windowDays(random.nextInt(10)).build();
      keys += PartitionRun.check(reconciler, claims, docs, Map.of("s0", "zero"),
          1 + random.nextInt(5), random.nextInt(4), random);
    }
    assertThat(keys).isGreaterThan(120 * 3);
  }

  @Test
  void summariesMergeInAnyOrderAndSurviveSerialization() throws Exception {
    Random random = new Random(5);
    List<DocumentMetadata> docs = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      docs.add(new DocumentMetadata("d" + d + ".txt", "P" + d, LocalDate.of(2022, 1, 1 + 3 * d)));
    }
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      claims.add(ReconcilerPropertiesTest.randomClaim(random));
    }
    Partitioner.Summary all = P.summarize(claims, docs);
    Partitioner.Summary ab = P.summarize(claims.subList(0, 120), docs)
        .merge(P.summarize(claims.subList(120, 200), docs));
    Partitioner.Summary ba = P.summarize(claims.subList(120, 200), docs)
        .merge(P.summarize(claims.subList(0, 120), docs).merge(P.emptySummary()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(ba);
    }
    Partitioner.Summary read;
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (Partitioner.Summary) in.readObject();
    }
    assertThat(all.cellCount()).isPositive().isEqualTo(ab.cellCount()).isEqualTo(read.cellCount());
    for (Claim c : claims) {
      DocumentMetadata m = byId(docs).get(c.document());
      String k = P.key(c, m, all);
      assertThat(P.key(c, m, ab)).isEqualTo(k);
      assertThat(P.key(c, m, read)).isEqualTo(k);
    }
  }

  @Test
  void aClaimTheSummaryDoesNotHoldIsRefusedByName() {
    List<DocumentMetadata> docs = List.of(doc("a.txt", "2022-01-06"));
    Claim c = killed("a.txt", Quantity.exact(3), Subject.PERSON);
    assertThatThrownBy(() -> P.key(c, docs.get(0), P.emptySummary()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the run's summary");
    assertThatThrownBy(() -> P.key(c, doc("b.txt", null), P.emptySummary()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b.txt");
  }
}
