package io.github.countercheck.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DocumentLoaderTest {

  @Test
  void loadsTheSeedsSortedByFileNameWithTheirMetadata() {
    String name = Seeds.path("001").getFileName().toString();
    DocumentMetadata meta = new DocumentMetadata(name, "TRT عربي", LocalDate.of(2022, 1, 7));
    List<Document> docs = DocumentLoader.loadDirectory(Seeds.DIR, Map.of(name, meta));
    assertThat(docs).hasSize(5);
    assertThat(docs).extracting(Document::id).isSorted();
    Document d = docs.get(1);
    assertThat(d.id()).isEqualTo(name);
    assertThat(d.publisher()).isEqualTo("TRT عربي");
    assertThat(d.publishedDate()).isEqualTo(LocalDate.of(2022, 1, 7));
    assertThat(d.language()).isEqualTo(Language.AR);
    assertThat(docs.get(0).publisher()).isNull();
  }

  @Test
  void readsOnlyTextFilesAndDropsAByteOrderMark(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.txt"), "\uFEFFمقتل 26 محتجا", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "Twelve police killed", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.md"), "ignored", StandardCharsets.UTF_8);
    List<Document> docs = DocumentLoader.loadDirectory(dir, Map.of());
    assertThat(docs).extracting(Document::id).containsExactly("a.txt", "b.txt");
    assertThat(docs.get(1).text()).isEqualTo("مقتل 26 محتجا");
    assertThat(docs.get(0).language()).isEqualTo(Language.EN);
  }

  @Test
  void keepsTheTimeOfDayAndTheStoryOfTheMetadata(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "مقتل 26 محتجا", StandardCharsets.UTF_8);
    DocumentMetadata meta = new DocumentMetadata("a.txt", "AFP",
        PublicationTime.parse("2013-02-26 08:13:12"), "cairo-fire");
    Document d = DocumentLoader.load(dir.resolve("a.txt"), meta);
    assertThat(d.published()).hasToString("2013-02-26T08:13:12");
    assertThat(d.story()).isEqualTo("cairo-fire");
    assertThat(DocumentMetadata.of(d)).isEqualTo(meta);
  }

  @Test
  void namesTheFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});
    assertThatThrownBy(() -> DocumentLoader.loadDirectory(dir, Map.of()))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(bad.toString());
  }

  @Test
  void namesTheMissingDirectoryOrFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing");
    assertThatThrownBy(() -> DocumentLoader.loadDirectory(missing, Map.of()))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(missing.toString());
    Path file = dir.resolve("none.txt");
    assertThatThrownBy(() -> DocumentLoader.load(file, null))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(file.toString());
  }
}
