package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A relation's reason is written when first read: the same words, from any thread, any time. */
final class RelationTest {

  private static List<Relation> relationsOf(Reconciliation r) {
    List<Relation> out = new ArrayList<>();
    r.groups().forEach(g -> out.addAll(g.relations()));
    return out;
  }

  @Test
  void readsTheSameReasonFromEightThreadsAsFromOne() throws Exception {
    Reconciler reconciler = Reconciler.create();
    List<Relation> reference = relationsOf(
        reconciler.reconcile(SeedClaims.claims(), SeedClaims.documents()));
    List<String> expected = reference.stream().map(Relation::reason).toList();
    assertThat(expected).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("rule "));

    List<Relation> fresh = relationsOf(
        reconciler.reconcile(SeedClaims.claims(), SeedClaims.documents()));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<String>>> readers = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        readers.add(() -> fresh.stream().map(Relation::reason).toList());
      }
      for (Future<List<String>> f : pool.invokeAll(readers)) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fresh).isEqualTo(reference);
    assertThat(fresh.get(0).reason()).isSameAs(fresh.get(0).reason());
  }

  @Test
  void aRelationGivenItsReasonKeepsItAndIsEqualToAnyWithTheSameWords() {
    Relation r = new Relation(0, 1, Verdict.AGREE, "rule 5 AGREE: 12 and 12 overlap");
    assertThat(r.reason()).isEqualTo("rule 5 AGREE: 12 and 12 overlap");
    assertThat(r).isEqualTo(new Relation(0, 1, Verdict.AGREE, "rule 5 AGREE: 12 and 12 overlap"))
        .hasSameHashCodeAs(new Relation(0, 1, Verdict.AGREE, "rule 5 AGREE: 12 and 12 overlap"))
        .isNotEqualTo(new Relation(0, 1, Verdict.CONFLICT, "rule 5 AGREE: 12 and 12 overlap"));
    assertThatThrownBy(() -> new Relation(1, 1, Verdict.AGREE, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Relation(0, 1, Verdict.AGREE, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Relation(0, 1, null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("verdict");
  }

  /** The engine's relations are made when read: the same relation each time, equal from any thread. */
  @Test
  void makesEachRelationWhenItIsReadAndOnce() throws Exception {
    Reconciliation r = Reconciler.create().reconcile(SeedClaims.claims(), SeedClaims.documents());
    ClaimGroup group = r.groups().stream().filter(g -> !g.relations().isEmpty()).findFirst()
        .orElseThrow();
    List<Relation> relations = group.relations();
    assertThat(relations).isInstanceOf(RelationList.class);
    assertThat(relations.get(0)).isSameAs(relations.get(0));
    assertThatThrownBy(() -> relations.add(relations.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> relations.get(relations.size()))
        .isInstanceOf(IndexOutOfBoundsException.class);
    // a group rebuilt from the same lists, and one given the relations as a plain list: equal
    ClaimGroup copy = new ClaimGroup(group.event(), group.modality(), group.subject(),
        group.location(), group.claims(), List.copyOf(relations), group.estimate(),
        group.status(), group.notes(), group.voices());
    assertThat(copy).isEqualTo(group);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Reconciliation fresh = Reconciler.create().reconcile(SeedClaims.claims(),
          SeedClaims.documents());
      List<Callable<List<Relation>>> readers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        readers.add(() -> relationsOf(fresh));
      }
      for (Future<List<Relation>> f : pool.invokeAll(readers)) {
        assertThat(f.get()).isEqualTo(relationsOf(r));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aGroupRefusesARelationListThatIndexesPastItsClaims() {
    RelationList list = new RelationList(new int[] {0, 5}, new byte[] {
        RelationList.code(Verdict.AGREE, 0)}, 1, (a, b, rule) -> "rule 5 AGREE");
    assertThat(list.firstIndexingPast(6)).isEqualTo(-1);
    assertThat(list.firstIndexingPast(5)).isZero();
    ClaimGroup group = Reconciler.create().reconcile(SeedClaims.claims(), SeedClaims.documents())
        .groups().get(0);
    assertThatThrownBy(() -> new ClaimGroup(group.event(), group.modality(), group.subject(),
        group.location(), group.claims().subList(0, 1), list, group.estimate(), group.status(),
        group.notes(), group.voices()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("indexes past");
  }
}
