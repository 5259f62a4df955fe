package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@code --engine}: jvm is this process; spark[=MASTER] needs the module countercheck-spark on
 * the class path (the launcher adds it), which this module's tests do not have: a clear refusal.
 * The Spark path itself is tested in the spark module and by the launcher (README).
 */
final class EngineOptionTest {

  @Test
  void readsTheEngineAndItsMaster() {
    assertThat(SparkEngine.master(null)).isNull();
    assertThat(SparkEngine.master("jvm")).isNull();
    assertThat(SparkEngine.master("spark")).isEqualTo("local[*]");
    assertThat(SparkEngine.master("spark=local[2]")).isEqualTo("local[2]");
    assertThatThrownBy(() -> SparkEngine.master("flink"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an engine");
    assertThatThrownBy(() -> SparkEngine.master("spark="))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theJvmEngineIsTheDefaultsResult() {
    CliRun plain = CliRun.of("reconcile", "--format", "json", "../seeds");
    CliRun jvm = CliRun.of("reconcile", "--engine", "jvm", "--format", "json", "../seeds");
    assertThat(plain.code()).isZero();
    assertThat(jvm.code()).isZero();
    assertThat(jvm.out()).isEqualTo(plain.out());
  }

  @Test
  void sparkWithoutSparkOnTheClassPathIsAUsageErrorThatSaysWhatToRun() {
    CliRun r = CliRun.of("reconcile", "--engine", "spark", "../seeds");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--engine spark").contains("./countercheck reconcile --engine");
    CliRun bad = CliRun.of("reconcile", "--engine", "mapreduce", "../seeds");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--engine: 'mapreduce' is not an engine");
  }
}
