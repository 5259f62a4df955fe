package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

final class ProgressTest {

  @Test
  void writesNothingWhenStandardErrorIsNotATerminal() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), false, 5000);
    for (int i = 1; i <= 5000; i++) {
      p.update(i, i * 3);
    }
    p.stage("reconciling");
    p.done();
    assertThat(err.toString()).isEmpty();
    assertThat(p.enabled()).isFalse();
  }

  @Test
  void writesNothingForAHandfulOfFiles() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), true, Progress.MIN_FILES - 1);
    p.update(Progress.MIN_FILES - 1, 7);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void drawsFilesClaimsAndRateInPlaceThenClearsTheLine() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), true, 40);
    p.update(40, 120);
    String drawn = err.toString();
    assertThat(drawn).startsWith("\r[########################] 40/40 files, 120 claims, ")
        .endsWith(" files/s").doesNotContain("\n");
    p.done();
    assertThat(err.toString()).endsWith("\r").doesNotContain("\n");
  }

  @Test
  void theBarGrowsWithTheFilesDone() {
    assertThat(Progress.line(10, 40, 3, 2.0))
        .isEqualTo("[######..................] 10/40 files, 3 claims, 5 files/s");
    assertThat(Progress.line(0, 40, 0, 0)).startsWith("[........................] 0/40");
  }
}
