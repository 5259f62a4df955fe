package io.github.countercheck.claims.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countercheck.claims.internal.DataFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The numeral grammar ({@code numeral-grammar.json}) with its examples as data, as Duckling keeps
 * a corpus beside its rules: every reading's examples read to the value they give, and a
 * malformed grammar is refused naming the line and the field.
 */
final class NumeralGrammarTest {
  private static final NumeralRecognizer NUMERALS = NumeralRecognizer.create();

  record Example(String reading, String text, BigDecimal value) {
    @Override
    public String toString() {
      return reading + ": " + text + " = " + value.toPlainString();
    }
  }

  static Stream<Example> examples() throws IOException {
    JsonNode root;
    try (InputStream in = NumeralGrammar.class.getResourceAsStream(NumeralGrammar.RESOURCE)) {
      root = new ObjectMapper().readTree(in);
    }
    List<Example> out = new ArrayList<>();
    for (JsonNode r : root.get("readings")) {
      for (JsonNode e : r.get("examples")) {
        String[] parts = e.asText().split(" = ");
        out.add(new Example(r.get("name").asText(), parts[0], new BigDecimal(parts[1])));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleOfAReadingReadsToItsValue(Example e) {
    BigDecimal v = NUMERALS.parse(e.text());
    assertThat(v).as(e.text()).isNotNull();
    assertThat(v).as(e.text()).isEqualByComparingTo(e.value());
  }

  @Test
  void everyReadingHasExamples() throws IOException {
    JsonNode root;
    try (InputStream in = NumeralGrammar.class.getResourceAsStream(NumeralGrammar.RESOURCE)) {
      root = new ObjectMapper().readTree(in);
    }
    for (JsonNode r : root.get("readings")) {
      assertThat(r.path("examples").size()).as(r.get("name").asText()).isPositive();
    }
    assertThat(root.get("readings").size()).isGreaterThan(15);
  }

  @Test
  void theBundledGrammarLoads() {
    NumeralGrammar g = NumeralGrammar.bundled();
    assertThat(g.starts(NumberWords.Type.UNIT)).isTrue();
    assertThat(g.starts(NumberWords.Type.CONNECTOR)).isFalse();
    assertThat(g.readings(NumeralGrammar.DIGITS)).hasSize(2);
    assertThat(g.readings(NumberWords.Type.ORDINAL.ordinal())).isEmpty();
  }

  private static final String GOOD_FACTS;

  static {
    StringBuilder b = new StringBuilder("{");
    for (NumeralGrammar.Fact f : NumeralGrammar.Fact.values()) {
      b.append(b.length() > 1 ? ", " : "").append('"').append(f.key).append("\": \"x\"");
    }
    GOOD_FACTS = b.append('}').toString();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      'readings': [\\n {'name': 'u', 'class': 'UNITS', 'do': 'add'}\\n]   | 3 | UNITS
      'readings': [\\n {'name': 'u', 'class': 'UNIT', 'do': 'sum'}\\n]    | 3 | sum
      'readings': [\\n {'name': 'u', 'class': 'UNIT', 'do': 'add', 'when': ['units']}\\n] | 3 | units
      'readings': [\\n {'name': 'u', 'class': 'UNIT', 'do': 'add', 'set': ['joined']}\\n] | 3 | set
      'readings': [\\n {'name': 'u', 'class': 'UNIT', 'do': 'add', 'then': 'x'}\\n] | 3 | then
      """)
  void refusesAMalformedGrammarNamingTheLineAndField(String readings, int line, String named) {
    String text = "{'facts': FACTS,\\n" + readings + ", 'starts': [], 'stops': [], 'rejects': [],"
        + " 'denominators': []}";
    String json = text.replace("FACTS", GOOD_FACTS).replace("\\n", "\n").replace('\'', '"');
    assertThatThrownBy(() -> NumeralGrammar.read(DataFile.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "g.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("g.json:" + line)
        .hasMessageContaining(named);
  }

  @Test
  void refusesAGrammarThatLeavesAFactUndocumented() {
    String json = "{\"facts\": {\"unit\": \"x\"}, \"readings\": []}";
    assertThatThrownBy(() -> NumeralGrammar.read(DataFile.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "g.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not documented");
  }
}
