package io.github.countercheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.numbers.NumeralMention;
import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ClaimExtractor} skips the sentences whose words can yield nothing without a numeral
 * ({@link ImplicitCountReader#mayCountWithoutNumerals}) and those with only an attribution until a
 * later sentence asks for it. A rule that finds something in such a sentence but whose words that
 * test does not know would lose claims silently: this test reads the
 * development set's sentences, the seeds and texts built from them both ways and wants the same
 * claims.
 */
final class SentenceSkippingTest {

  private static final ClaimExtractor SKIPPING = ClaimExtractor.create();
  private static final ClaimExtractor READING_ALL = ClaimExtractor.builder().readEverySentence().build();
  private static final NumeralRecognizer NUMERALS = NumeralRecognizer.create();

  @Test
  void skippingSentencesLosesNoClaim() throws IOException {
    List<Document> documents = new ArrayList<>();
    List<String> sentences = devsetSentences();
    for (int i = 0; i < sentences.size(); i++) {
      documents.add(Document.of("dev-" + i + ".txt", sentences.get(i)));
      // the same sentence with its numerals taken out: what is left is read by the rules that
      // count without a numeral (duals, singulars, «مثلها», another one), whose words the
      // skipping must know
      documents.add(Document.of("bare-" + i + ".txt", withoutNumerals(sentences.get(i))));
    }
    // sentences in sequence, so that a source carried from one sentence to the next is tested
    for (int i = 0; i + 3 <= sentences.size(); i += 3) {
      documents.add(Document.of("run-" + i + ".txt", String.join("\n", sentences.subList(i, i + 3))));
    }
    // every dual and singular form of the lexicons, in a short sentence of its own: the counts
    // without a numeral that a sentence may hold alone
    for (String form : lexiconForms("ar", "dual", "singular")) {
      documents.add(Document.of("ar.txt", "وأسفر الهجوم عن " + form + " في المدينة."));
      documents.add(Document.of("ar.txt", "قتل " + form + " في الهجوم."));
    }
    for (String form : lexiconForms("en", "dual", "singular")) {
      documents.add(Document.of("en.txt", "A " + form + " was killed in the attack."));
    }
    try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
      for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        documents.add(Document.fromFile(p));
      }
    }
    int claims = 0;
    for (Document d : documents) {
      List<Claim> expected = READING_ALL.extract(d);
      assertThat(SKIPPING.extract(d)).as(d.id()).isEqualTo(expected);
      claims += expected.size();
    }
    assertThat(claims).as("claims compared").isGreaterThan(400);
  }

  /**
   * The sentence filter judges a sentence with no numeral by where its key words stand
   * ({@link ImplicitCountReader#mayCountWithoutNumerals}): each dual and singular form is put at every
   * distance from an event cue, before and after it, after a partitive, coordinated with another
   * noun, with «آخرين» and «أحدهم», so that a window drawn too narrow loses a claim here.
   */
  @Test
  void skippingByWhereTheWordsStandLosesNoClaim() throws IOException {
    List<Document> documents = new ArrayList<>();
    String[] fillers = {"", "أمس ", "في المدينة ", "خلال الاشتباكات العنيفة ", "الذي وقع في وسط المدينة "};
    for (String form : lexiconForms("ar", "dual", "singular")) {
      for (String filler : fillers) {
        documents.add(Document.of("ar.txt", "قتل " + filler + form + " في الهجوم."));
        documents.add(Document.of("ar.txt", form + " " + filler + "قتل في الهجوم."));
        documents.add(Document.of("ar.txt", "وأصيب " + filler + "شخص و" + form + "."));
      }
      documents.add(Document.of("ar.txt", "بينهم " + form + "."));
      documents.add(Document.of("ar.txt", "شرطي، و" + form + " في المدينة."));
      documents.add(Document.of("ar.txt", "جرحى و" + form + " وآخرين."));
      documents.add(Document.of("ar.txt", "وقال المتحدث إن " + form + " أصيب، وتوفي أحدهم."));
      documents.add(Document.of("ar.txt", "مصرع " + form + " وإصابة آخر."));
    }
    for (String form : lexiconForms("en", "dual", "singular")) {
      for (String filler : new String[] {"", "yesterday ", "in the city ", "during the clashes "}) {
        documents.add(Document.of("en.txt", "A " + form + " " + filler + "was killed."));
        documents.add(Document.of("en.txt", "Two men and a " + form + " died " + filler + "."));
        documents.add(Document.of("en.txt", "Police said one " + form + " " + filler + "was injured."));
      }
    }
    int claims = 0;
    for (Document d : documents) {
      List<Claim> expected = READING_ALL.extract(d);
      assertThat(SKIPPING.extract(d)).as(d.text()).isEqualTo(expected);
      claims += expected.size();
    }
    assertThat(claims).as("claims compared").isGreaterThan(1000);
  }

  /** The forms listed under any of {@code keys} in the events and subjects of a lexicon. */
  private static List<String> lexiconForms(String language, String... keys) throws IOException {
    JsonNode root;
    try (var in = Lexicon.class.getResourceAsStream("lexicon/" + language + ".json")) {
      root = new ObjectMapper().readTree(in);
    }
    List<String> out = new ArrayList<>();
    for (String section : List.of("events", "subjects")) {
      for (JsonNode entry : root.get(section)) {
        for (String key : keys) {
          entry.path(key).forEach(form -> out.add(form.asText()));
        }
      }
    }
    assertThat(out).as(language + " forms").isNotEmpty();
    return out;
  }

  private static String withoutNumerals(String text) {
    StringBuilder out = new StringBuilder(text);
    List<NumeralMention> found = NUMERALS.find(text);
    for (int k = found.size() - 1; k >= 0; k--) {
      Span span = found.get(k).span();
      out.delete(span.start(), span.end());
    }
    return out.toString();
  }

  private static List<String> devsetSentences() {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        SentenceSkippingTest.class.getResourceAsStream("/devset/devset.jsonl"),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          JsonNode node = json.readTree(line);
          out.add(node.get("text").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
