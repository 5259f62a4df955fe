package io.github.countercheck.spark;

/** The tests' one embedded Spark on two cores, shared by every test class of the JVM. */
final class LocalSpark {
  private LocalSpark() {}

  private static final class Holder {
    static final SparkCountercheck ENGINE = SparkCountercheck.local("local[2]");
  }

  /** @return the engine on {@code local[2]} (stopped when the JVM ends) */
  static SparkCountercheck engine() {
    return Holder.ENGINE;
  }
}
