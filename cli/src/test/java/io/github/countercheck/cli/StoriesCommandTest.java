package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reconcile} tells a folder's documents apart into stories before it groups claims. */
final class StoriesCommandTest {

  @TempDir Path dir;

  private void write(String file, String text) throws Exception {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  /** Two incidents of the same day, each told by two outlets in their own words. */
  private void twoIncidents() throws Exception {
    write("a1.txt", "مصرع 12 شخصا في تصادم قطار بسوهاج\n"
        + "لقي 12 شخصا مصرعهم وأصيب 30 آخرون في حادث تصادم قطار ركاب بجرار زراعي عند مزلقان"
        + " قرية الحواويش بمحافظة سوهاج صباح اليوم، وقال مصدر بالسكة الحديد إن القطار كان متجها"
        + " إلى القاهرة.");
    write("a2.txt", "ارتفاع ضحايا حادث قطار سوهاج\n"
        + "ارتفع عدد ضحايا تصادم قطار الركاب بالجرار الزراعي عند مزلقان الحواويش في سوهاج إلى 14"
        + " قتيلا، وقالت مصادر بالسكة الحديد إن سائق الجرار حاول عبور المزلقان أثناء مرور القطار.");
    write("b1.txt", "حريق هائل بمصنع للبلاستيك في العاشر من رمضان\n"
        + "أصيب 7 عمال في حريق هائل شب داخل مصنع للبلاستيك بالمنطقة الصناعية في مدينة العاشر من"
        + " رمضان، ودفعت الحماية المدنية بعشر سيارات إطفاء للسيطرة على النيران.");
    write("b2.txt", "السيطرة على حريق مصنع البلاستيك بالعاشر من رمضان\n"
        + "تمكنت قوات الحماية المدنية من السيطرة على حريق مصنع البلاستيك في المنطقة الصناعية"
        + " بالعاشر من رمضان بعد ساعات، وأسفر الحريق عن إصابة 9 عمال بحروق واختناقات.");
    write("manifest.tsv", "file\toutlet\ttimestamp\n"
        + "a1.txt\tahram\t2013-02-26 08:00:00\n"
        + "a2.txt\tshorouk\t2013-02-26 13:00:00\n"
        + "b1.txt\tmasrawy\t2013-02-26 09:00:00\n"
        + "b2.txt\twatan\t2013-02-26 15:00:00\n");
  }

  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void eachIncidentIsAStoryAndNoGroupMixesThem() throws Exception {
    twoIncidents();
    JsonNode r = json(CliRun.of("reconcile", "--format", "json", dir.toString()));
    assertThat(r.get("stories")).hasSize(2);
    JsonNode docs = r.get("documents");
    String a1 = null;
    String b1 = null;
    for (JsonNode d : docs) {
      if (d.get("id").asText().equals("a1.txt")) {
        a1 = d.get("story").asText();
      }
      if (d.get("id").asText().equals("b1.txt")) {
        b1 = d.get("story").asText();
      }
    }
    assertThat(a1).isNotEqualTo(b1);
    for (JsonNode d : docs) {
      assertThat(d.get("story").asText())
          .isEqualTo(d.get("id").asText().startsWith("a") ? a1 : b1);
    }
    for (JsonNode g : r.get("groups")) {
      Set<Character> incidents = new HashSet<>();
      for (JsonNode c : g.get("claims")) {
        incidents.add(c.get("document").asText().charAt(0));
      }
      assertThat(incidents).as(g.toString()).hasSize(1);
    }
  }

  @Test
  void withoutStoriesTheFolderIsOnePool() throws Exception {
    twoIncidents();
    JsonNode r = json(CliRun.of("reconcile", "--format", "json", "--stories", "none",
        dir.toString()));
    assertThat(r.has("stories")).isFalse();
    boolean mixed = false;
    for (JsonNode g : r.get("groups")) {
      Set<Character> incidents = new HashSet<>();
      for (JsonNode c : g.get("claims")) {
        incidents.add(c.get("document").asText().charAt(0));
      }
      mixed |= incidents.size() > 1;
    }
    assertThat(mixed).as("the injured of both incidents fall in one group").isTrue();
  }

  @Test
  void theTableHeadsEachStoryWithItsTitle() throws Exception {
    twoIncidents();
    CliRun run = CliRun.of("reconcile", dir.toString());
    assertThat(run.out()).contains("in 2 stories").contains("STORY: مصرع 12 شخصا في تصادم قطار")
        .contains("STORY: حريق هائل بمصنع للبلاستيك");
  }

  @Test
  void aBadSameTimeSpanIsAUsageError() throws Exception {
    twoIncidents();
    CliRun run = CliRun.of("reconcile", "--same-time-hours", "-1", dir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--same-time-hours").contains("-1");
  }
}
