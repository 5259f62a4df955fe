package io.github.countercheck.spark;

import io.github.countercheck.reconcile.Partitioner;
import io.github.countercheck.reconcile.Reconciler;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reconciler's settings that travel to the executors (the window and the same-time span;
 * the tables and thresholds are the built-in defaults), and the partitioner each executor JVM
 * builds of them once.
 */
record Settings(int windowDays, long sameTimeSeconds) implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<Settings, Partitioner> PARTITIONERS = new ConcurrentHashMap<>();

  static Settings of(Reconciler r) {
    return new Settings(r.windowDays(), r.sameTime().getSeconds());
  }

  Reconciler reconciler() {
    return Reconciler.builder().windowDays(windowDays)
        .sameTime(Duration.ofSeconds(sameTimeSeconds)).build();
  }

  /** @return this JVM's partitioner of these settings, built on first use */
  Partitioner partitioner() {
    return PARTITIONERS.computeIfAbsent(this, s -> Partitioner.of(s.reconciler()));
  }
}
