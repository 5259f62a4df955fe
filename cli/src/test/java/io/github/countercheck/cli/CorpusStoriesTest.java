package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.core.TestCorpus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole 2013 corpus through {@code reconcile --format json}, as a user runs it: every document
 * gets a story, no group mixes stories, and no group swallows the corpus as the single
 * "KILLED · PERSON" group of about 1,245 claims did before stories. Skipped without the corpus.
 */
final class CorpusStoriesTest {

  @Test
  void noGroupMixesStoriesOnTheWholeCorpus() throws Exception {
    Path corpus = TestCorpus.require("arabic-news-2013");
    CliRun run = CliRun.of("reconcile", "--format", "json", corpus.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(run.out());
    Map<String, String> storyOf = new HashMap<>();
    for (JsonNode d : r.get("documents")) {
      assertThat(d.hasNonNull("story")).as(d.toString()).isTrue();
      assertThat(d.get("published").asText()).as("a time of day from manifest.tsv")
          .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
      storyOf.put(d.get("id").asText(), d.get("story").asText());
    }
    assertThat(storyOf).hasSize(1587);
    int stories = r.get("stories").size();
    assertThat(stories).isBetween(300, 1400);
    int largest = 0;
    int disputed = 0;
    int claims = 0;
    for (JsonNode g : r.get("groups")) {
      String story = g.get("story").asText();
      for (JsonNode c : g.get("claims")) {
        assertThat(storyOf.get(c.get("document").asText())).as(g.toString()).isEqualTo(story);
      }
      largest = Math.max(largest, g.get("claims").size());
      claims += g.get("claims").size();
      disputed += g.get("status").asText().equals("DISPUTED") ? 1 : 0;
    }
    // before stories: one group of about 1,245 of the corpus's 7,113 claims
    assertThat(largest).isLessThan(claims / 20);
    assertThat(disputed).isLessThan(r.get("groups").size() / 4);
    System.out.printf("arabic-news-2013: %d stories, %d groups, %d DISPUTED, largest group %d"
        + " claims of %d%n", stories, r.get("groups").size(), disputed, largest, claims);
  }
}
