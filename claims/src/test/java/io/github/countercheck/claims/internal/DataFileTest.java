package io.github.countercheck.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class DataFileTest {
  private static final String TEXT = """
      {
        "about": "two lists",
        "lists": [
          {"name": "a", "words": ["x", "y"]},
          {"name": "b",
           "words": ["z",
             3]}
        ]
      }
      """;

  private static DataFile file(String text) {
    return DataFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "f.json");
  }

  @Test
  void namesTheLineOfTheValueAtAPath() {
    DataFile f = file(TEXT);
    assertThat(f.error(DataFile.at("lists", 1, "words", 1), "bad").getMessage())
        .isEqualTo("f.json:7: field 'lists[1].words[1]': bad");
    assertThat(f.error(DataFile.at("lists", 0, "words"), "bad").getMessage()).startsWith("f.json:4:");
    assertThat(f.error(DataFile.at("about"), "bad").getMessage()).startsWith("f.json:2:");
  }

  @Test
  void namesTheEnclosingObjectOfAMissingField() {
    assertThat(file(TEXT).error(DataFile.at("lists", 1, "kind"), "missing").getMessage())
        .startsWith("f.json:5: field 'lists[1].kind'");
  }

  @Test
  void refusesAValueOfTheWrongShapeWithItsLine() {
    DataFile f = file(TEXT);
    assertThat(f.texts(DataFile.at("lists", 0, "words"))).containsExactly("x", "y");
    assertThat(f.texts(DataFile.at("nothing"))).isEmpty();
    assertThatThrownBy(() -> f.texts(DataFile.at("lists", 1, "words")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("f.json:7:");
    assertThatThrownBy(() -> f.whole(DataFile.at("lists", 0, "name")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("f.json:4:");
    assertThatThrownBy(() -> f.requireObject(DataFile.at("lists", 1), Set.of("name")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("f.json:6: field 'lists[1].words': unknown field");
  }

  @Test
  void refusesBrokenJsonWithItsLine() {
    assertThatThrownBy(() -> file("{\n \"a\": [1,\n 2,,]\n}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("f.json:3: not valid JSON");
    assertThatThrownBy(() -> file("[1]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> file(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON object");
  }
}
