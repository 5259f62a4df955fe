package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No regular expression runs on the text being read: the only uses in {@code core} and {@code
 * claims} split or tidy lexicon entries when a lexicon is loaded, with patterns that cannot
 * backtrack ({@code " +"}, {@code "\\s+"}, a literal {@code "\n"}). A new use anywhere else fails
 * this test: review it (no nested or overlapping quantifiers) and add it here, or, better, scan
 * the {@code char}s.
 */
final class NoRegexOnTheExtractionPathTest {
  private static final List<String> REGEX_CALLS = List.of(
      "java.util.regex", "Pattern.", ".matches(", ".replaceAll(", ".replaceFirst(", ".split(");

  /** File → the lines that may use a regex, all on loading paths. */
  private static final Map<String, List<String>> ALLOWED = Map.of(
      "WordLists.java", List.of("text.split(\"\\n\", -1)"),
      "PhraseIndex.java", List.of("norm.split(\" +\")"),
      "PhraseTrie.java", List.of("replaceAll(\"\\\\s+\", \" \")"),
      "SentenceSplitter.java", List.of("public List<Sentence> split(", "return split(", "splitter.split("),
      "TextAnalysis.java", List.of("splitter.split("),
      "ClaimExtractor.java", List.of("SPLITTER.split(")); // SentenceSplitter.split: no regex

  @Test
  void onlyLoadingCodeUsesARegex() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path root : List.of(Path.of("src", "main", "java"), Path.of("..", "core", "src", "main", "java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
              continue;
            }
            if (REGEX_CALLS.stream().anyMatch(line::contains) && !allowed(f, line)) {
              found.add(f.getFileName() + ":" + (i + 1) + ": " + line);
            }
          }
        }
      }
    }
    assertThat(found).as("regex uses outside the reviewed loading code").isEmpty();
  }

  @Test
  void theScanSeesTheSources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      assertThat(files.filter(p -> p.endsWith("SentenceReader.java")).count()).isEqualTo(1);
    }
    assertThat(Files.readString(Path.of("..", "core", "src", "main", "java", "io", "github",
        "countercheck", "core", "internal", "WordLists.java"))).contains("text.split(\"\\n\", -1)");
  }

  private static boolean allowed(Path file, String line) {
    return ALLOWED.getOrDefault(file.getFileName().toString(), List.of()).stream()
        .anyMatch(line::contains);
  }
}
