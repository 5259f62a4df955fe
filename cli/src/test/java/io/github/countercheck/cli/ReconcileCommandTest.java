package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.claims.json.ClaimJson;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReconcileCommandTest {

  @TempDir Path dir;

  private final CliRun.Transcript cli = new CliRun.Transcript();

  private void twoDocuments() throws IOException {
    Files.writeString(dir.resolve("001_a.txt"), "قتل 12 شرطيا في مدينة ألمآتا.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("004_b.txt"), "أعلنت وكالة الأنباء الفرنسية عن مقتل 8 من القوات الأمنية.",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("manifest.json"), """
        {"documents":[{"file":"001_a.txt","publisher":null,"published":"2022-01-06"},
                      {"file":"004_b.txt","publisher":"الميادين","published":"2022-01-05"}]}
        """, StandardCharsets.UTF_8);
  }

  @Test
  void reconcilesADirectoryAsJsonWithTheManifestDates() throws IOException {
    twoDocuments();
    assertThat(cli.run("reconcile", "--format", "json", dir.toString())).isZero();
    assertThat(cli.err.toString()).isEmpty();
    assertThat(cli.out.toString()).startsWith("{").contains("\"documents\"").contains("\"groups\"")
        .contains("\"id\" : \"001_a.txt\"").contains("\"published\" : \"2022-01-05\"")
        .contains("\"publisher\" : \"الميادين\"");
  }

  @Test
  void reconcilesClaimsFromJsonLines() throws IOException {
    twoDocuments();
    Claim police = new Claim("001_a.txt", Span.of(0, 12), "قتل 12 شرطيا", Quantity.exact(12),
        Event.KILLED, Subject.POLICE, null, "ألمآتا", null, Language.AR, Modality.ASSERTED);
    Claim forces = new Claim("004_b.txt", Span.of(29, 53), "عن مقتل 8 من القوات الأمنية".substring(0, 24),
        Quantity.exact(8), Event.KILLED, Subject.SECURITY_FORCES, "وكالة الأنباء الفرنسية", null,
        null, Language.AR, Modality.ASSERTED);
    StringWriter lines = new StringWriter();
    ClaimJson.writeJsonLines(List.of(police, forces), lines);
    Path jsonl = dir.resolve("claims.jsonl");
    Files.writeString(jsonl, lines.toString(), StandardCharsets.UTF_8);
    // one pool, as the two short texts are too little to tell one story by
    assertThat(cli.run("reconcile", "--stories", "none", "--claims", jsonl.toString(),
        dir.toString())).isZero();
    assertThat(cli.out.toString()).contains("KILLED · SECURITY_FORCES · ألماتي")
        .contains("UPDATE").contains("Estimate:");
    cli.out.getBuffer().setLength(0);
    assertThat(cli.run("reconcile", "--format", "markdown", "--claims", jsonl.toString())).isZero();
    assertThat(cli.out.toString()).startsWith("# Reconciliation").contains("## KILLED");
  }

  @Test
  void reportsABadFileOnOneLineAndGoesOn() throws IOException {
    twoDocuments();
    Files.write(dir.resolve("003_bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x41});
    assertThat(cli.run("reconcile", "--format", "json", dir.toString(), dir.resolve("missing.txt").toString()))
        .isEqualTo(1);
    assertThat(cli.err.toString().lines()).hasSize(2).anySatisfy(l -> assertThat(l)
        .contains("003_bad.txt").contains("not valid UTF-8")).anySatisfy(l -> assertThat(l)
        .contains("missing.txt").contains("no such file"));
    assertThat(cli.out.toString()).contains("001_a.txt").contains("004_b.txt").doesNotContain("003_bad");
  }

  @Test
  void aBrokenManifestIsNamedAndTheDocumentsAreStillRead() throws IOException {
    twoDocuments();
    Files.writeString(dir.resolve("manifest.json"),
        "{\"documents\":[\n{\"file\":\"001_a.txt\",\"published\":\"2022-13-01\"}]}", StandardCharsets.UTF_8);
    assertThat(cli.run("reconcile", "--format", "json", dir.toString())).isEqualTo(1);
    assertThat(cli.err.toString()).contains("manifest.json:2: field 'published': '2022-13-01' is not a date");
    assertThat(cli.out.toString()).contains("001_a.txt");
  }

  @Test
  void refusesNoInputAndABadWindow() {
    assertThat(cli.run("reconcile")).isEqualTo(2);
    assertThat(cli.run("reconcile", "--window-days", "-3", dir.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("-3");
  }
}
