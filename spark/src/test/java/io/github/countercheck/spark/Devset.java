package io.github.countercheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.PublicationTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The development set's texts (claims/src/test/resources/devset/devset.jsonl: 379 sentences of
 * Arabic news with their outlets and dates) as articles, several times over: copy {@code k} of
 * a text has the id {@code dev-0001~k}, its outlet with {@code ~k} after it and its date {@code k}
 * weeks later, so the copies are different reports of the same figures.
 */
final class Devset {
  static final Path FILE = Path.of("../claims/src/test/resources/devset/devset.jsonl");

  private Devset() {}

  static List<Document> documents(int times) {
    ObjectMapper mapper = new ObjectMapper();
    List<Document> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
      for (int k = 0; k < times; k++) {
        for (String line : lines) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = mapper.readTree(line);
          String date = n.path("date").asText("");
          Document.Builder b = Document.builder(n.get("id").asText() + "~" + k,
              n.get("text").asText())
              .publisher(n.path("outlet").asText("") + "~" + k)
              .language(Language.fromCode(n.path("lang").asText("ar")));
          if (!date.isEmpty()) {
            b.published(PublicationTime.of(PublicationTime.parse(date).date().plusWeeks(k)));
          }
          out.add(b.build());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
