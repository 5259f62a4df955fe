package io.github.countercheck.cli;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.reconcile.Reconciler;
import io.github.countercheck.reconcile.Reconciliation;
import io.github.countercheck.reconcile.story.Stories;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * {@code --engine spark[=MASTER]}: the module countercheck-spark's {@code SparkCommand}, reached
 * by reflection, so that this jar neither depends on Spark nor holds it. The launcher
 * ({@code ./countercheck}) puts that module and Spark on the class path when the option is given
 * (it builds them with Maven the first time); without them the option is a clear error.
 */
final class SparkEngine implements AutoCloseable {
  static final String COMMAND = "io.github.countercheck.spark.SparkCommand";

  private final Object command;

  private SparkEngine(Object command) {
    this.command = command;
  }

  /**
   * The master of an {@code --engine} value: {@code spark} is {@code local[*]}, {@code
   * spark=MASTER} is MASTER; {@code jvm} (or none) is null, the single JVM.
   *
   * @throws IllegalArgumentException if it names neither
   */
  static String master(String engine) {
    if (engine == null || engine.equals("jvm")) {
      return null;
    }
    if (engine.equals("spark")) {
      return "local[*]";
    }
    if (engine.startsWith("spark=") && engine.length() > 6) {
      return engine.substring(6);
    }
    throw new IllegalArgumentException("'" + engine + "' is not an engine: jvm (the default),"
        + " spark, or spark=MASTER (local, local[N], local[*])");
  }

  /**
   * Starts Spark.
   *
   * @throws IllegalStateException if countercheck-spark or Spark is not on the class path, or
   *     Spark does not start
   * @throws IllegalArgumentException if the master is refused
   */
  static SparkEngine open(String master) {
    Class<?> c;
    try {
      c = Class.forName(COMMAND);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("Spark is not on the class path: run through the launcher"
          + " (./countercheck reconcile --engine spark ...), which builds the module"
          + " countercheck-spark and adds it and Spark", e);
    }
    return new SparkEngine(call(c, null, "open", new Class<?>[] {String.class}, master));
  }

  @SuppressWarnings("unchecked")
  List<Claim> extract(List<Document> documents) {
    return (List<Claim>) call(command.getClass(), command, "extract",
        new Class<?>[] {List.class}, documents);
  }

  Stories stories(List<Document> documents) {
    return (Stories) call(command.getClass(), command, "stories", new Class<?>[] {List.class},
        documents);
  }

  Reconciliation reconcile(Reconciler reconciler, List<Claim> claims,
      List<DocumentMetadata> documents, Map<String, String> storyTitles) {
    return (Reconciliation) call(command.getClass(), command, "reconcile",
        new Class<?>[] {Reconciler.class, List.class, List.class, Map.class}, reconciler, claims,
        documents, storyTitles);
  }

  @Override
  public void close() {
    call(command.getClass(), command, "close", new Class<?>[0]);
  }

  private static Object call(Class<?> c, Object target, String name, Class<?>[] types,
      Object... args) {
    try {
      Method m = c.getMethod(name, types);
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(COMMAND + "." + name + " cannot be called: " + e, e);
    }
  }
}
