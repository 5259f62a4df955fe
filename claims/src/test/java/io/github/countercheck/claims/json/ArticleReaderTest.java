package io.github.countercheck.claims.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.core.Document;
import io.github.countercheck.core.PublicationTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder is read whole but for what cannot be read, and each failure names its file. */
final class ArticleReaderTest {

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<String> ids(ArticleReader.Articles a) {
    return a.documents().stream().map(Document::id).toList();
  }

  @Test
  void aLatinOneFileAmongGoodOnesIsAFailureAndTheOthersAreRead() throws IOException {
    write("a.txt", "قتل 12 شرطيا في ألماتي.");
    Files.write(dir.resolve("b.txt"), "Café: 3 killed".getBytes(StandardCharsets.ISO_8859_1));
    write("c.txt", "Police said 3 people were killed.");
    write("notes.md", "not an article");

    ArticleReader.Articles read = ArticleReader.read(dir);

    assertThat(ids(read)).containsExactly("a.txt", "c.txt");
    assertThat(read.documents().get(1).text()).isEqualTo("Police said 3 people were killed.");
    assertThat(read.complete()).isFalse();
    assertThat(read.failures()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo(dir.resolve("b.txt"));
      assertThat(f.reason()).contains("not valid UTF-8").doesNotContain(dir.toString());
      assertThat(f.toString()).startsWith(dir.resolve("b.txt") + ": ");
    });
  }

  @Test
  void windows1256ArabicIsNamedWithTheCommandThatConvertsIt() throws IOException {
    Files.write(dir.resolve("ar.txt"),
        "قالت الشرطة إن 12 شخصا قتلوا في الهجوم".getBytes(Charset.forName("windows-1256")));
    ArticleReader.Articles read = ArticleReader.read(dir.resolve("ar.txt"));
    assertThat(read.documents()).isEmpty();
    assertThat(read.failures()).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("Windows-1256").contains("iconv"));
  }

  @Test
  void aManifestJsonGivesPublisherTimeAndStory() throws IOException {
    write("a.txt", "one");
    write("b.txt", "two");
    write("manifest.json", """
        {"documents":[
          {"file":"a.txt","publisher":"Reuters","published":"2022-01-06T14:05:00+02:00","story":"s1"},
          {"file":"./b.txt","publisher":null,"published":"2022-01-07"}]}
        """);
    ArticleReader.Articles read = ArticleReader.read(dir);
    assertThat(read.complete()).isTrue();
    Document a = read.documents().get(0);
    assertThat(a.publisher()).isEqualTo("Reuters");
    assertThat(a.published()).isEqualTo(PublicationTime.parse("2022-01-06T14:05:00+02:00"));
    assertThat(a.story()).isEqualTo("s1");
    Document b = read.documents().get(1);
    assertThat(b.publisher()).isNull();
    assertThat(b.published()).isEqualTo(PublicationTime.parse("2022-01-07"));
    assertThat(read.metadata()).extracting(m -> m.id()).containsExactly("a.txt", "b.txt");
    assertThat(read.metadata().get(0).story()).isEqualTo("s1");
  }

  @Test
  void aManifestTsvGivesOutletAndTimestampAndTheJsonWinsWholeWhereBothNameAFile()
      throws IOException {
    write("a.txt", "one");
    write("b.txt", "two");
    write("manifest.tsv", "file\toutlet\ttimestamp\n"
        + "a.txt\talmasryalyoum\t2013-02-26 08:13:12\n"
        + "b.txt\tshorouknews\t2013-02-26\n");
    ArticleReader.Articles tsvOnly = ArticleReader.read(dir);
    assertThat(tsvOnly.documents().get(0).publisher()).isEqualTo("almasryalyoum");
    assertThat(tsvOnly.documents().get(0).published())
        .isEqualTo(PublicationTime.parse("2013-02-26T08:13:12"));
    assertThat(tsvOnly.documents().get(1).publisher()).isEqualTo("shorouknews");

    write("manifest.json", "{\"documents\":[{\"file\":\"b.txt\",\"story\":\"s2\"}]}");
    ArticleReader.Articles both = ArticleReader.read(dir);
    assertThat(both.documents().get(0).publisher()).isEqualTo("almasryalyoum");
    Document b = both.documents().get(1);
    assertThat(b.story()).isEqualTo("s2");
    assertThat(b.publisher()).as("the JSON entry wins whole").isNull();
    assertThat(b.published()).isNull();
  }

  @Test
  void aBrokenManifestIsAFailureWithItsLineAndTheArticlesAreReadWithoutIt() throws IOException {
    write("a.txt", "one");
    write("b.txt", "two");
    write("manifest.json", """
        {"documents":[
          {"file":"a.txt","publisher":"AFP"},
          {"file":"b.txt","published":"2022-13-01"}]}
        """);
    write("manifest.tsv", "file\toutlet\na.txt\tshorouknews\n");
    ArticleReader.Articles read = ArticleReader.read(dir);
    assertThat(ids(read)).containsExactly("a.txt", "b.txt");
    assertThat(read.documents().get(0).publisher())
        .as("the TSV still gives its entries").isEqualTo("shorouknews");
    assertThat(read.failures()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo(dir.resolve("manifest.json"));
      assertThat(f.reason()).startsWith("line 3: field 'published': '2022-13-01'");
    });
  }

  @Test
  void filesAndFoldersAreReadInTheOrderGivenAndEachMissingOneIsAFailure() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Files.writeString(sub.resolve("z.txt"), "zed");
    Files.writeString(sub.resolve("y.txt"), "why");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path single = write("x.txt", "ex");
    Path twin = write("y.txt", "another why");

    ArticleReader.Articles read = ArticleReader.read(
        single, dir.resolve("missing.txt"), sub, empty, twin);

    assertThat(ids(read)).containsExactly("x.txt", "y.txt", "z.txt");
    assertThat(read.documents().get(1).text()).as("the first y.txt is kept").isEqualTo("why");
    assertThat(read.failures()).extracting(ArticleReader.Failure::path)
        .containsExactly(dir.resolve("missing.txt"), empty, twin);
    assertThat(read.failures()).extracting(ArticleReader.Failure::reason).containsExactly(
        "no such file or directory", "a directory with no *.txt file to read",
        "a document with the id y.txt was already read; this one is skipped");
  }

  @Test
  void theSeedsAreReadWithTheirManifest() {
    ArticleReader.Articles read = ArticleReader.read(Path.of("..", "seeds"));
    assertThat(read.failures()).isEmpty();
    assertThat(read.documents()).hasSize(5);
    assertThat(read.documents()).allSatisfy(d -> {
      assertThat(d.published()).isNotNull();
      assertThat(d.story()).isNotNull();
    });
  }
}
