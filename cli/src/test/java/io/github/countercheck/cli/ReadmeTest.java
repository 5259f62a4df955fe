package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Using it from Java" is what a user copies and runs: its Java block is
 * {@code examples/consumer}'s {@code Main.java} (which {@code mvn verify} builds and runs against
 * the artifacts just built), its Maven block is in the consumer's {@code pom.xml}, at the
 * project's version, and it says how to get the artifacts.
 */
final class ReadmeTest {

  private static final Path ROOT = Path.of("..");
  private static final Path CONSUMER = ROOT.resolve("examples/consumer");

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  /** The section of the README under this heading, to the next heading of its level. */
  private static String section(String heading) throws IOException {
    String readme = read(ROOT.resolve("README.md"));
    int start = readme.indexOf("\n## " + heading + "\n");
    assertThat(start).as("README section %s", heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  /** The fenced blocks of this language in the text. */
  private static java.util.List<String> blocks(String text, String language) {
    Matcher m = Pattern.compile("(?s)\n```" + language + "\n(.*?)```\n").matcher(text);
    java.util.List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String squeeze(String xml) {
    return xml.replaceAll("\\s+", "");
  }

  @Test
  void theJavaBlockIsTheConsumersMainCharacterForCharacter() throws IOException {
    java.util.List<String> java = blocks(section("Using it from Java"), "java");
    assertThat(java).as("one Java block in 'Using it from Java'").hasSize(1);
    String main = read(CONSUMER.resolve("src/main/java/io/github/countercheck/examples/consumer/Main.java"));
    assertThat(java.get(0)).isEqualTo(main);
  }

  @Test
  void theMavenBlockIsTheConsumersAtTheProjectsVersion() throws IOException {
    java.util.List<String> xml = blocks(section("Using it from Java"), "xml");
    assertThat(xml).hasSize(1);
    String pom = read(CONSUMER.resolve("pom.xml"));
    Matcher v = Pattern.compile("<countercheck.version>([^<]+)</countercheck.version>").matcher(pom);
    assertThat(v.find()).isTrue();
    String consumer = squeeze(pom.replace("${countercheck.version}", v.group(1)));
    String block = xml.get(0);
    int split = block.indexOf("<dependencies>", block.indexOf("</dependencyManagement>"));
    assertThat(consumer).contains(squeeze(block.substring(0, split)))
        .contains(squeeze(block.substring(split)));

    String parent = read(ROOT.resolve("pom.xml"));
    Matcher version = Pattern.compile("<artifactId>countercheck-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(parent);
    assertThat(version.find()).isTrue();
    assertThat(block).contains("<version>" + version.group(1) + "</version>");
    assertThat(v.group(1)).isEqualTo(version.group(1));
  }

  @Test
  void itSaysHowToGetTheArtifactsAndWhatComesWithThem() throws IOException {
    String using = section("Using it from Java");
    assertThat(using).contains("`mvn -B install`");
    assertThat(using.indexOf("`mvn -B install`")).isLessThan(using.indexOf("```xml"));
    // every third-party artifact a user's build receives is named beside the dependency block
    assertThat(using).contains("jackson-databind").contains("jackson-core").contains("jackson-annotations")
        .contains("org.jspecify:jspecify");
  }
}
