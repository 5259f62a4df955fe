package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class NumbersCommandTest {
  @TempDir Path dir;

  private final CliRun.Transcript cli = new CliRun.Transcript();

  @Test
  void printsEveryNumeralAsAJsonLine() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "قتل 12 شرطيا عام 2022 وأصيب العشرات", StandardCharsets.UTF_8);
    int code = cli.run("numbers", f.toString());
    assertThat(code).isZero();
    List<String> lines = cli.out.toString().lines().toList();
    assertThat(lines).hasSize(3);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("document").asText()).isEqualTo("a.txt");
    assertThat(first.get("span").get("start").asInt()).isEqualTo(4);
    assertThat(first.get("span").get("end").asInt()).isEqualTo(6);
    assertThat(first.get("text").asText()).isEqualTo("12");
    assertThat(first.get("value").isNumber()).isTrue();
    assertThat(first.get("value").asLong()).isEqualTo(12);
    assertThat(first.get("label").asText()).isEqualTo("COUNT");
    assertThat(json.readTree(lines.get(1)).get("label").asText()).isEqualTo("YEAR");
    JsonNode vague = json.readTree(lines.get(2));
    assertThat(vague.has("value")).isFalse();
    assertThat(vague.get("low").asLong()).isEqualTo(20);
    assertThat(vague.get("high").asLong()).isEqualTo(99);
    assertThat(vague.get("form").asText()).isEqualTo("VAGUE");
  }

  @Test
  void reportsAMissingFileAndStillReadsTheOthers() throws IOException {
    Path f = dir.resolve("b.txt");
    Files.writeString(f, "5 planes", StandardCharsets.UTF_8);
    int code = cli.run("numbers", "--format", "table", dir.resolve("missing.txt").toString(), f.toString());
    assertThat(code).isEqualTo(1);
    assertThat(cli.err.toString()).contains("missing.txt");
    assertThat(cli.out.toString()).contains("b.txt\t0\t1\tCOUNT\tDIGITS\t5\t5");
  }
}
