package io.github.countercheck.reconcile.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.reconcile.Story;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class StoryTrackerTest {

  // made-up reports: a bus crash told by two outlets, a factory fire told by two, and one speech
  private static final String CRASH_1 = """
      مصرع 12 شخصا في حادث تصادم أتوبيس بأسيوط
      لقي 12 شخصا مصرعهم وأصيب 20 آخرون في حادث تصادم أتوبيس رحلات بسيارة نقل على الطريق \
      الصحراوي الغربي بمحافظة أسيوط، وانتقلت سيارات الإسعاف إلى موقع الحادث ونقلت المصابين إلى \
      مستشفى أسيوط الجامعي.""";
  private static final String CRASH_2 = """
      ارتفاع ضحايا تصادم أتوبيس أسيوط إلى 12 قتيلا
      أعلنت مديرية الصحة بأسيوط ارتفاع عدد ضحايا حادث تصادم الأتوبيس بسيارة النقل على الطريق \
      الصحراوي الغربي إلى 12 قتيلا و20 مصابا، نقلوا إلى مستشفى أسيوط الجامعي لتلقي العلاج.""";
  private static final String FIRE_1 = """
      حريق هائل في مصنع للبلاستيك بالإسكندرية
      اندلع حريق هائل في مصنع للبلاستيك بمنطقة برج العرب بالإسكندرية، ودفعت الحماية المدنية \
      بثماني سيارات إطفاء للسيطرة على النيران، ولم يسفر الحريق عن إصابات.""";
  private static final String FIRE_2 = """
      السيطرة على حريق مصنع البلاستيك ببرج العرب
      تمكنت قوات الحماية المدنية بالإسكندرية من السيطرة على حريق مصنع البلاستيك في برج العرب \
      بعد ساعات من اندلاع النيران، وبدأت النيابة التحقيق في أسباب الحريق.""";
  private static final String SPEECH = """
      الرئيس يدعو القوى السياسية إلى حوار وطني
      دعا رئيس الجمهورية القوى السياسية والأحزاب إلى المشاركة في حوار وطني شامل حول قانون \
      الانتخابات البرلمانية وتعديل الدستور.""";
  private static final String EN_1 = """
      Twelve killed as bus collides with truck in Assiut
      Twelve people were killed and 20 injured when a tourist bus collided with a truck on the \
      Western Desert Road in Assiut, the health directorate said.""";
  private static final String EN_2 = """
      Assiut bus crash toll rises to 12
      The death toll from the collision of a bus and a truck on the Western Desert Road in Assiut \
      rose to 12, with 20 people injured, officials said.""";

  private static Document doc(String id, String text, String time) {
    return Document.builder(id, text).published(PublicationTime.parse(time)).build();
  }

  private static List<Document> day() {
    return List.of(
        doc("crash1", CRASH_1, "2013-02-21 08:00:00"),
        doc("fire1", FIRE_1, "2013-02-21 09:00:00"),
        doc("speech", SPEECH, "2013-02-21 09:30:00"),
        doc("crash2", CRASH_2, "2013-02-21 10:30:00"),
        doc("fire2", FIRE_2, "2013-02-21 12:00:00"),
        doc("en1", EN_1, "2013-02-21 13:00:00"),
        doc("en2", EN_2, "2013-02-21 15:00:00"));
  }

  @Test
  void theSameIncidentToldTwiceIsOneStory() {
    Stories s = StoryClusterer.create().cluster(day());
    assertThat(s.storyOf("crash2")).isEqualTo(s.storyOf("crash1"));
    assertThat(s.storyOf("fire2")).isEqualTo(s.storyOf("fire1"));
    assertThat(s.storyOf("en2")).isEqualTo(s.storyOf("en1"));
  }

  @Test
  void twoIncidentsOfTheSameDayAreTwoStories() {
    Stories s = StoryClusterer.create().cluster(day());
    assertThat(s.storyOf("fire1")).isNotEqualTo(s.storyOf("crash1"));
    assertThat(s.storyOf("speech")).isNotEqualTo(s.storyOf("crash1"))
        .isNotEqualTo(s.storyOf("fire1"));
    assertThat(s.storyOf("en1")).isNotEqualTo(s.storyOf("fire1"));
  }

  @Test
  void aStoryExpiresPastTheHorizon() {
    StoryClusterer c = StoryClusterer.builder().horizon(Duration.ofDays(2)).build();
    StoryTracker t = c.tracker();
    String first = t.add(doc("crash1", CRASH_1, "2013-02-21 08:00:00"));
    t.add(doc("fire1", FIRE_1, "2013-02-22 09:00:00"));
    assertThat(t.add(doc("crash2", CRASH_2, "2013-02-22 10:00:00"))).isEqualTo(first);
    // the story's latest document is now 2013-02-22 10:00; three days on it is closed
    t.add(doc("speech", SPEECH, "2013-02-25 11:00:00"));
    assertThat(t.add(doc("crash3", CRASH_1, "2013-02-25 12:00:00"))).isNotEqualTo(first);
  }

  @Test
  void idsAreNumberedInCreationOrderWhateverTheInputOrder() {
    List<Document> docs = new ArrayList<>(day());
    Stories a = StoryClusterer.create().cluster(docs);
    Collections.shuffle(docs, new Random(7));
    Stories b = StoryClusterer.create().cluster(docs);
    assertThat(b.stories()).isEqualTo(a.stories());
    assertThat(a.storyOf("crash1")).isEqualTo("S0001");
    assertThat(a.storyOf("fire1")).isEqualTo("S0002");
    assertThat(a.stories()).extracting(Story::id).isSorted();
  }

  @Test
  void aStoryHasTheTitleAndTimesOfItsDocuments() {
    Stories s = StoryClusterer.create().cluster(day());
    Story crash = s.story(Objects.requireNonNull(s.storyOf("crash1")));
    assertThat(crash.title()).isEqualTo("مصرع 12 شخصا في حادث تصادم أتوبيس بأسيوط");
    assertThat(crash.documents()).containsExactly("crash1", "crash2");
    assertThat(crash.first()).isEqualTo(PublicationTime.parse("2013-02-21 08:00:00"));
    assertThat(crash.last()).isEqualTo(PublicationTime.parse("2013-02-21 10:30:00"));
    assertThat(s.titles()).containsEntry(crash.id(), crash.title());
  }

  @Test
  void aUserStoryIsKeptAndItsIdNeverMade() {
    List<Document> docs = new ArrayList<>(day());
    docs.set(0, docs.get(0).toBuilder().story("S0001").build());
    docs.add(Document.builder("mine", FIRE_1).story("fires").build());
    Stories s = StoryClusterer.create().cluster(docs);
    assertThat(s.storyOf("crash1")).isEqualTo("S0001");
    assertThat(s.storyOf("mine")).isEqualTo("fires");
    // the user's S0001 is not clustered: crash2 starts a story of its own, which is not S0001
    assertThat(s.storyOf("crash2")).isNotEqualTo(s.storyOf("crash1"));
    assertThat(s.byDocument().values().stream().filter("S0001"::equals)).hasSize(1);
    assertThat(s.story("fires")).isNotNull().extracting(Story::documents).isEqualTo(List.of("mine"));
  }

  @Test
  void undatedDocumentsComeLastAndStillCluster() {
    List<Document> docs = new ArrayList<>(day());
    docs.add(Document.of("undated", CRASH_2));
    Stories s = StoryClusterer.create().cluster(docs);
    assertThat(s.storyOf("undated")).isEqualTo(s.storyOf("crash1"));
    Story crash = s.story(Objects.requireNonNull(s.storyOf("crash1")));
    assertThat(crash.documents()).last().isEqualTo("undated");
  }

  @Test
  void emptyHugeAndGarbageDocumentsGetAStory() {
    Random r = new Random(14);
    StringBuilder garbage = new StringBuilder();
    for (int i = 0; i < 300_000; i++) {
      garbage.append((char) r.nextInt(0x10000));
    }
    StringBuilder huge = new StringBuilder();
    while (huge.length() < 3_000_000) {
      huge.append(CRASH_1).append(' ').append(r.nextInt(1_000_000)).append('\n');
    }
    StoryTracker t = StoryClusterer.create().tracker();
    assertThat(t.add(Document.of("empty", ""))).isEqualTo("S0001");
    assertThat(t.add(Document.of("blank", " \n\u200f\t "))).isNotBlank();
    assertThat(t.add(Document.of("garbage", garbage.toString()))).isNotBlank();
    assertThat(t.add(Document.of("huge", huge.toString()))).isNotBlank();
    assertThat(t.add(Document.of("digits", "1 2 3 10:30 1,000 12.5 ٣٤"))).isNotBlank();
    Stories s = t.stories();
    assertThat(s.byDocument()).hasSize(5);
    assertThat(s.stories()).allSatisfy(st -> assertThat(st.title()).hasSizeLessThanOrEqualTo(80));
    assertThat(s.story("S0001")).isNotNull().extracting(Story::title).isEqualTo("S0001");
  }

  @Test
  void aDocumentAddedTwiceIsRefused() {
    StoryTracker t = StoryClusterer.create().tracker();
    t.add(Document.of("a", CRASH_1));
    assertThatThrownBy(() -> t.add(Document.of("a", FIRE_1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
    assertThatThrownBy(() -> StoryClusterer.create()
        .cluster(List.of(Document.of("b", CRASH_1), Document.of("b", CRASH_2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'b'");
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> StoryClusterer.builder().threshold(-0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.1");
    assertThatThrownBy(() -> StoryClusterer.builder().threshold(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoryClusterer.builder().weights(0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoryClusterer.builder().horizon(Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT5S");
    assertThatThrownBy(() -> StoryClusterer.builder().centroidTerms(3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3");
  }

  @Test
  void aLowerThresholdMakesFewerStoriesAndOneAboveEveryScoreMakesOneEach() {
    Stories zero = StoryClusterer.builder().threshold(0).build().cluster(day());
    // candidates come from shared terms: a document that shares none still starts a story
    assertThat(zero.size()).isLessThan(StoryClusterer.create().cluster(day()).size())
        .isGreaterThan(1);
    Stories each = StoryClusterer.builder().threshold(2).build().cluster(day());
    assertThat(each.size()).isEqualTo(day().size());
  }
}
