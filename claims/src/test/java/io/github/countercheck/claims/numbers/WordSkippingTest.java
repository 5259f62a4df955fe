package io.github.countercheck.claims.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.core.FuzzText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The numeral scan looks up only the words that may start a numeral ({@link
 * NumeralRecognizer#starters}): a number-word form or the first word of a vague amount, whole or
 * after a proclitic. A form the table lacks, or a proclitic it does not allow for, would lose a
 * numeral silently: this test wants the same mentions as a recognizer that looks up every word,
 * on every lexicon form in every proclitic and context the scan reads, on the development set, the
 * seeds and random text.
 */
final class WordSkippingTest {

  private static final NumeralRecognizer SKIPPING = NumeralRecognizer.create();
  private static final NumeralRecognizer READING_ALL =
      NumeralRecognizer.builder().readEveryWord().build();
  private static final QuantityRecognizer SKIPPING_Q = QuantityRecognizer.create(SKIPPING, null);
  private static final QuantityRecognizer READING_ALL_Q =
      QuantityRecognizer.create(READING_ALL, null);

  @Test
  void everyLexiconFormInEveryContextGivesTheSameNumerals() throws IOException {
    List<String> forms = new ArrayList<>();
    for (String file : List.of(NumberWords.AR, NumberWords.EN, "vague-amounts.json")) {
      collect(read(file), forms);
    }
    assertThat(forms).hasSizeGreaterThan(300);
    String[] before = {"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ال", "وال", "بال", "لل"};
    String[] contexts = {"%s", "قتل %s شخصا", "أصيب %s من المتظاهرين.", "%s ألف", "نحو %s و%s",
        "بين %s و 20 قتيلا", "في %s من عمره", "%s عشر", "%s 500", "%s من ثلاثة", "about %s people",
        "%s-five", "%sة", "الـ%s"};
    int mentions = 0;
    for (String form : forms) {
      for (String p : before) {
        for (String context : contexts) {
          String text = context.replace("%s", p + form);
          mentions += compare(text);
        }
      }
    }
    assertThat(mentions).as("mentions compared").isGreaterThan(20000);
  }

  @Test
  void theDevelopmentSetAndTheSeedsGiveTheSameNumerals() throws IOException {
    int mentions = 0;
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        WordSkippingTest.class.getResourceAsStream("/devset/devset.jsonl"),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          mentions += compare(json.readTree(line).get("text").asText());
        }
      }
    }
    try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
      for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        mentions += compare(Files.readString(p));
      }
    }
    assertThat(mentions).as("mentions compared").isGreaterThan(500);
  }

  @Test
  void randomTextGivesTheSameNumerals() {
    Random random = new Random(11);
    String pieces = "ثلاثة|عشر|عشرات|مئات|آلاف|ألف|الف|مليون|و|ال|ة|بضعة|نحو|أكثر من|12|1,000|٣"
        + "|قتل|شخصا| |  |\n|.|،|-|twenty|five|dozens|hundred|and|a few|واحد|اثنين|ستة|الثالثة";
    String[] parts = pieces.split("\\|");
    int mentions = 0;
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        sb.append(parts[random.nextInt(parts.length)]);
        if (random.nextInt(3) > 0) {
          sb.append(' ');
        }
      }
      mentions += compare(sb.toString());
      byte[] junk = new byte[random.nextInt(40)];
      random.nextBytes(junk);
      mentions += compare(FuzzText.decode(junk));
    }
    assertThat(mentions).as("mentions compared").isGreaterThan(1000);
  }

  private static int compare(String text) {
    List<NumeralMention> expected = READING_ALL.find(text);
    assertThat(SKIPPING.find(text)).as(text).isEqualTo(expected);
    var nt = io.github.countercheck.core.TextNormalizer.normalize(text);
    assertThat(SKIPPING_Q.find(nt)).as(text).isEqualTo(READING_ALL_Q.find(nt));
    return expected.size();
  }

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in = NumberWords.class.getResourceAsStream(resource)) {
      return new ObjectMapper().readTree(in);
    }
  }

  /** Every string in the file's word lists: forms, connectors, vague amounts. */
  private static void collect(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("about") && !e.getKey().equals("language")
            && !e.getKey().equals("type") && !e.getKey().equals("name")) {
          collect(e.getValue(), out);
        }
      });
    }
  }
}
