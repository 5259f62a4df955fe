package io.github.countercheck.reconcile.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.PublicationTime;
import io.github.countercheck.core.TestCorpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DocumentFeaturesTest {

  @Test
  void featuresFedInPublicationOrderGiveTheStoriesOfCluster() {
    List<Document> docs = StoryCorpus.documents(TestCorpus.require("arabic-news-2013"));
    // a user's story id on some documents, as a manifest gives, to check reservation too
    List<Document> withUserIds = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Document d = docs.get(i);
      withUserIds.add(i % 97 == 5 ? d.toBuilder().story("S00" + (10 + i % 7)).build() : d);
    }
    StoryClusterer clusterer = StoryClusterer.create();
    Stories expected = clusterer.cluster(withUserIds);

    List<DocumentFeatures> read = new ArrayList<>();
    for (Document d : withUserIds) {
      read.add(DocumentFeatures.fromBytes(clusterer.features(d).toBytes()));   // as a cluster would
    }
    read.sort(DocumentFeatures.PUBLICATION_ORDER);
    StoryTracker tracker = clusterer.tracker();
    read.forEach(f -> { if (f.story() != null) { tracker.reserve(f.story()); } });
    read.forEach(tracker::add);
    Stories actual = tracker.stories();

    assertThat(expected.size()).isGreaterThan(100);
    assertThat(actual.byDocument()).isEqualTo(expected.byDocument());
    assertThat(actual.stories()).isEqualTo(expected.stories());
  }

  @Test
  void roundTripsItsFields() {
    Document d = Document.builder("a.txt", "\n  مصرع 12 شخصا في القاهرة\nقال مسؤول إن 12 شخصا قتلوا.")
        .published(PublicationTime.parse("2013-02-26T08:13:12+02:00")).story("mine").build();
    DocumentFeatures f = StoryClusterer.create().features(d);
    DocumentFeatures back = DocumentFeatures.fromBytes(f.toBytes());
    assertThat(back.id()).isEqualTo("a.txt");
    assertThat(back.published()).isEqualTo(d.published());
    assertThat(back.story()).isEqualTo("mine");
    assertThat(back.title()).isEqualTo("مصرع 12 شخصا في القاهرة");
    assertThat(back.toBytes()).isEqualTo(f.toBytes());
    assertThat(DocumentFeatures.fromBytes(StoryClusterer.create().features(Document.of("b", ""))
        .toBytes()).title()).isEmpty();
  }

  @Test
  void refusesBytesThatAreNotFeatures() {
    byte[] good = StoryClusterer.create().features(Document.of("b", "twelve people died")).toBytes();
    assertThatThrownBy(() -> DocumentFeatures.fromBytes(new byte[] {9}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DocumentFeatures.fromBytes(Arrays.copyOf(good, good.length - 3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DocumentFeatures.fromBytes(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
