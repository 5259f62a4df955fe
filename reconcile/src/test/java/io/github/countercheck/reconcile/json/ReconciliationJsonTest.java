package io.github.countercheck.reconcile.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.Span;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON carries publication times at their precision, and stories and scopes only where present. */
final class ReconciliationJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Claim killed(String doc, long n) {
    String text = "قتل " + n + " شخصا";
    return new Claim(doc, Span.of(0, text.length()), text, Quantity.exact(n), Event.KILLED,
        Subject.PERSON, null, null, null, Language.AR, Modality.ASSERTED);
  }

  private static DocumentMetadata doc(String id, String published, String story) {
    return new DocumentMetadata(id, "outlet " + id,
        published == null ? null : PublicationTime.parse(published), story);
  }

  @Test
  void writesTimesAtTheirPrecisionAndTheStoriesOfTheDocumentsAndGroups() throws IOException {
    List<DocumentMetadata> docs = List.of(
        doc("a.txt", "2013-02-26 08:13:12", "train"),
        doc("b.txt", "2013-02-26T12:00:00+02:00", "train"),
        doc("c.txt", "2013-02-27", "storm"),
        doc("d.txt", null, "storm"));
    List<Claim> claims = List.of(killed("a.txt", 12), killed("b.txt", 14),
        killed("c.txt", 3), killed("c.txt", 250).withScope(Scope.CUMULATIVE, "منذ بداية العام"),
        killed("d.txt", 3));
    Reconciliation r = Reconciler.create().reconcile(claims, docs);
    JsonNode root = JSON.readTree(ReconciliationJson.write(r));

    JsonNode documents = root.get("documents");
    assertThat(documents.get(0).get("published").asText()).isEqualTo("2013-02-26T08:13:12");
    assertThat(documents.get(1).get("published").asText()).isEqualTo("2013-02-26T12:00:00+02:00");
    assertThat(documents.get(2).get("published").asText()).isEqualTo("2013-02-27");
    assertThat(documents.get(3).get("published").isNull()).isTrue();
    assertThat(documents).extracting(d -> d.get("story").asText())
        .containsExactly("train", "train", "storm", "storm");

    JsonNode stories = root.get("stories");
    assertThat(stories).extracting(s -> s.get("id").asText()).containsExactly("train", "storm");
    assertThat(stories.get(0).get("first").asText()).isEqualTo("2013-02-26T08:13:12");
    assertThat(stories.get(0).get("last").asText()).isEqualTo("2013-02-26T12:00:00+02:00");
    assertThat(stories.get(0).get("documents")).extracting(JsonNode::asText)
        .containsExactly("a.txt", "b.txt");
    assertThat(stories.get(1).get("documents")).extracting(JsonNode::asText)
        .containsExactly("c.txt", "d.txt");
    assertThat(stories.get(1).get("title").asText()).isNotBlank();

    JsonNode groups = root.get("groups");
    assertThat(groups).allSatisfy(g -> assertThat(g.get("story").asText()).isIn("train", "storm"));
    assertThat(groups).filteredOn(g -> g.has("scope")).singleElement()
        .satisfies(g -> {
          assertThat(g.get("scope").asText()).isEqualTo("CUMULATIVE");
          assertThat(g.get("story").asText()).isEqualTo("storm");
          assertThat(g.get("claims")).hasSize(1);
        });
    // the key order: documents, stories, groups; a group's story before its event
    String compact = ReconciliationJson.write(r);
    assertThat(compact.indexOf("\"stories\"")).isBetween(compact.indexOf("\"documents\""),
        compact.indexOf("\"groups\""));
    assertThat(compact).contains("\"groups\":[{\"story\":\"train\",\"event\":\"KILLED\"");
  }

  @Test
  void leavesStoriesAndScopeOutWhenThereAreNone() throws IOException {
    Reconciliation r = Reconciler.create().reconcile(List.of(killed("a.txt", 12),
        killed("b.txt", 14)), List.of(doc("a.txt", "2013-02-26", null),
        doc("b.txt", "2013-02-26T09:00", null)));
    String json = ReconciliationJson.write(r);
    assertThat(json).doesNotContain("\"story\"").doesNotContain("\"stories\"")
        .doesNotContain("\"scope\"")
        .contains("\"published\":\"2013-02-26\"").contains("\"published\":\"2013-02-26T09:00:00\"");
    assertThat(JSON.readTree(json).get("groups")).isNotEmpty();
  }
}
