package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.countercheck.claims.AttachmentFeatures.Candidate;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Language;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * (experiment model28, issue 16) Writes the leftover counts of the dev splits (the counts the
 * rules turned into no claim, or only OTHER) with their features, and the rules' scored claims,
 * one sentence a JSON line, for {@code tools/attachment/attachment_cv.py}. Runs only when asked:
 * {@code -Dcountercheck.attachment.dump=FILE}. Reads the dev splits only (the first devset,
 * devset4, and the {@code dev} split of devset2, 5, 6, 7 and 8), never a measured split.
 */
class AttachmentDataTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SETS =
      List.of("devset2", "devset4", "devset5", "devset6", "devset7", "devset8");

  @Test
  @EnabledIfSystemProperty(named = "countercheck.attachment.dump", matches = ".+")
  void writesTheLeftoverCountsOfTheDevSplits() throws IOException {
    ClaimExtractor extractor = ClaimExtractor.create();
    Path out = Path.of(System.getProperty("countercheck.attachment.dump"));
    int sentences = 0;
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (var n : SampledDevSet.readJsonLines("/devset/devset.jsonl")) {
        Language lang = "en".equals(n.path("lang").asText()) ? Language.EN : Language.AR;
        write(w, extractor, "devset", n.path("id").asText(), lang, n.path("text").asText());
        sentences++;
      }
      for (String set : SETS) {
        for (String lang : List.of("ar", "en")) {
          for (SampledDevSet.Sentence s : SampledDevSet.load(set, lang).sentences()) {
            if ("dev".equals(s.split())) { // never a measured split
              write(w, extractor, set, s.id(), s.language(), s.text());
              sentences++;
            }
          }
        }
      }
    }
    assertThat(sentences).isGreaterThan(1000);
  }

  /**
   * The same for pool sentences (development text, in no devset): {@code
   * -Dcountercheck.attachment.pool=IN.tsv} (lines id, language code, text, tab-separated) and
   * {@code -Dcountercheck.attachment.poolOut=OUT.jsonl}.
   */
  @Test
  @EnabledIfSystemProperty(named = "countercheck.attachment.pool", matches = ".+")
  void writesTheLeftoverCountsOfPoolSentences() throws IOException {
    ClaimExtractor extractor = ClaimExtractor.create();
    int sentences = 0;
    try (Writer w = Files.newBufferedWriter(
        Path.of(System.getProperty("countercheck.attachment.poolOut")), StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(
          Path.of(System.getProperty("countercheck.attachment.pool")), StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", 3);
        write(w, extractor, "pool", f[0], "en".equals(f[1]) ? Language.EN : Language.AR, f[2]);
        sentences++;
      }
    }
    assertThat(sentences).isPositive();
  }

  private static void write(Writer w, ClaimExtractor extractor, String set, String id,
      Language lang, String text) throws IOException {
    List<Candidate> cands = new ArrayList<>();
    AttachmentFeatures.recorder = cands::add;
    List<Claim> claims;
    try {
      claims = extractor.extract(Document.builder(id + ".txt", text).language(lang).build());
    } finally {
      AttachmentFeatures.recorder = null;
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("set", set).put("id", id).put("lang", lang.code());
    ArrayNode rules = o.putArray("rules");
    for (Claim c : claims) {
      if (c.event() != Event.OTHER) {
        quantity(rules.addObject().put("event", c.event().name())
            .put("subject", c.subject().name()), c.quantity());
      }
    }
    ArrayNode cs = o.putArray("cands");
    for (Candidate c : cands) {
      ObjectNode co = cs.addObject().put("rule", String.valueOf(c.ruleEvent()))
          .put("subject", c.subject().name());
      quantity(co, c.quantity());
      ArrayNode f = co.putArray("f");
      c.features().forEach(f::add);
    }
    w.write(JSON.writeValueAsString(o));
    w.write('\n');
  }

  private static void quantity(ObjectNode o, Quantity q) {
    o.put("kind", q.kind().name());
    if (q.value() != null) {
      o.put("value", q.value());
    }
    o.put("low", q.low());
    if (q.high() != null) {
      o.put("high", q.high());
    }
  }
}
