package io.github.countercheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.PublicationTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reconciling documents tells them apart into stories first. */
final class ReconcileDocumentsTest {

  private static Document doc(String id, String publisher, String time, String text) {
    return Document.builder(id, text).publisher(publisher).published(PublicationTime.parse(time))
        .build();
  }

  @Test
  void twoIncidentsOfOneDayAreTwoStoriesAndAUserStoryIdIsKept() {
    List<Document> docs = List.of(
        doc("a1.txt", "ahram", "2013-02-26T08:00", "مصرع 12 شخصا في تصادم قطار بسوهاج\n"
            + "لقي 12 شخصا مصرعهم في حادث تصادم قطار ركاب بجرار زراعي عند مزلقان الحواويش"
            + " بمحافظة سوهاج صباح اليوم."),
        doc("a2.txt", "shorouk", "2013-02-26T10:00", "ارتفاع ضحايا حادث قطار سوهاج\n"
            + "ارتفع عدد ضحايا تصادم قطار الركاب بالجرار الزراعي عند مزلقان الحواويش في سوهاج"
            + " إلى 14 قتيلا."),
        doc("b1.txt", "masrawy", "2013-02-26T09:00", "حريق هائل بمصنع للبلاستيك\n"
            + "لقي 3 عمال مصرعهم في حريق هائل شب داخل مصنع للبلاستيك بالمنطقة الصناعية في"
            + " مدينة العاشر من رمضان."),
        Document.builder("c1.txt", "قتل 5 أشخاص في انفجار.").story("mine").build());
    Reconciliation r = Reconciler.create().reconcile(docs, ClaimExtractor.create());
    assertThat(r.stories()).extracting(Story::id).contains("mine").hasSize(3);
    for (ClaimGroup g : r.groups()) {
      assertThat(g.claims()).extracting(c -> c.document().charAt(0)).as(g.toString())
          .containsOnly(g.claims().get(0).document().charAt(0));
    }
    ClaimGroup train = r.groups().stream()
        .filter(g -> g.claims().stream().anyMatch(c -> c.document().equals("a2.txt")))
        .findFirst().orElseThrow();
    assertThat(train.claims()).extracting(c -> c.document()).contains("a1.txt", "a2.txt");
  }
}
