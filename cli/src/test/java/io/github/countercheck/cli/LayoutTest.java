package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The layout a maintainer can live in, read from the main sources of the modules beside this one
 * (parsed with the JDK's compiler, nothing compiled): no file of a shipped module over {@value
 * #MAX_FILE_LINES} lines and no method there over {@value #MAX_METHOD_LINES}; no lower package
 * that imports its orchestrator back, nor a class beside an orchestrator in its own package
 * (which needs no import) that names it; and the internal
 * packages imported only by the modules their {@code module-info.java} exports them to (the tests
 * run on the class path, where that boundary is not enforced, so it is checked here too).
 */
final class LayoutTest {
  private static final int MAX_FILE_LINES = 500;
  private static final int MAX_METHOD_LINES = 80;
  /** The modules the size rules hold for: every module the product ships. */
  private static final List<String> SIZED = List.of("core", "claims", "reconcile", "cli", "spark");
  /** Every module with main sources, as folders beside this module. */
  private static final List<String> MODULES =
      List.of("core", "claims", "reconcile", "cli", "spark", "benchmarks");

  /**
   * An orchestrator (a class, or a whole package when the key ends with a dot) and the packages
   * below it, which it orchestrates and which must not import it back. {@code claims.json}, the
   * JSON contract, is built on the extraction: the numeral grammar must not read it.
   */
  private static final Map<String, List<String>> NOT_BACK_UP = Map.of(
      "io.github.countercheck.claims.ClaimExtractor", List.of("io.github.countercheck.claims.numbers",
          "io.github.countercheck.claims.internal"),
      "io.github.countercheck.claims.SentenceReader", List.of("io.github.countercheck.claims.numbers",
          "io.github.countercheck.claims.internal"),
      "io.github.countercheck.claims.json.", List.of("io.github.countercheck.claims.numbers",
          "io.github.countercheck.claims.internal"),
      "io.github.countercheck.core.TextAnalysis", List.of("io.github.countercheck.core.internal"),
      "io.github.countercheck.reconcile.Engine", List.of("io.github.countercheck.reconcile."),
      "io.github.countercheck.reconcile.Reconciler", List.of("io.github.countercheck.reconcile."));

  /**
   * An orchestrator class and the classes of its own package that may name it (those above it,
   * which make it): the others are below it and reach it with no import, so the import rule cannot
   * see them; they are caught by the names their code uses (Javadoc may still cite it).
   */
  private static final Map<String, List<String>> NAMED_ONLY_BY = Map.of(
      "io.github.countercheck.reconcile.Engine", List.of("Reconciler"));

  /**
   * An internal package and the modules that may import it: those of its {@code module-info.java}
   * qualified export, its own, and the benchmarks (on the class path, never deployed).
   */
  private static final Map<String, List<String>> INTERNAL = Map.of(
      "io.github.countercheck.core.internal.", List.of("core", "claims", "reconcile", "cli", "benchmarks"),
      "io.github.countercheck.claims.internal.", List.of("claims", "reconcile", "benchmarks"));

  @Test
  void noFileInAShippedModuleIsLongerThanTheLimit() {
    List<String> found = new ArrayList<>();
    int files = 0;
    for (Source s : sources(SIZED)) {
      files++;
      if (s.lines() > MAX_FILE_LINES) {
        found.add(s.name() + ": " + s.lines() + " lines");
      }
    }
    assertThat(files).isGreaterThan(100);
    assertThat(found).as("files over %d lines", MAX_FILE_LINES).isEmpty();
  }

  @Test
  void noMethodInAShippedModuleIsLongerThanTheLimit() {
    List<String> found = new ArrayList<>();
    int methods = 0;
    for (Source s : sources(SIZED)) {
      for (Method m : s.methods()) {
        methods++;
        if (m.lines() > MAX_METHOD_LINES) {
          found.add(s.name() + ":" + m.line() + " " + m.name() + ": " + m.lines() + " lines");
        }
      }
    }
    assertThat(methods).isGreaterThan(500);
    assertThat(found).as("methods over %d lines", MAX_METHOD_LINES).isEmpty();
  }

  @Test
  void noLowerPackageImportsItsOrchestratorBack() {
    List<String> found = new ArrayList<>();
    for (Source s : sources(MODULES)) {
      for (Map.Entry<String, List<String>> rule : NOT_BACK_UP.entrySet()) {
        if (rule.getValue().stream().anyMatch(p -> s.pkg().startsWith(p))) {
          s.imports().stream().filter(i -> i.startsWith(rule.getKey()))
              .forEach(i -> found.add(s.name() + " imports " + i));
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void noClassBesideAnOrchestratorNamesItUnlessItMakesIt() {
    List<String> found = new ArrayList<>();
    int beside = 0;
    for (Source s : sources(MODULES)) {
      for (Map.Entry<String, List<String>> rule : NAMED_ONLY_BY.entrySet()) {
        int dot = rule.getKey().lastIndexOf('.');
        String pkg = rule.getKey().substring(0, dot);
        String simple = rule.getKey().substring(dot + 1);
        if (s.pkg().equals(pkg) && !s.classes().contains(simple)) {
          beside++;
          if (s.names().contains(simple) && s.classes().stream()
              .noneMatch(c -> rule.getValue().contains(c))) {
            found.add(s.name() + " names " + simple);
          }
        }
      }
    }
    assertThat(beside).isGreaterThan(10);
    assertThat(found).isEmpty();
  }

  @Test
  void anInternalPackageIsImportedOnlyByTheModulesItIsExportedTo() {
    List<String> found = new ArrayList<>();
    int imports = 0;
    for (Source s : sources(MODULES)) {
      for (String i : s.imports()) {
        for (Map.Entry<String, List<String>> rule : INTERNAL.entrySet()) {
          if (i.startsWith(rule.getKey())) {
            imports++;
            if (!rule.getValue().contains(s.module())) {
              found.add(s.name() + " imports " + i);
            }
          }
        }
      }
    }
    assertThat(imports).isPositive();
    assertThat(found).isEmpty();
  }

  /** The layout rules see the sources: a test that reads nothing proves nothing. */
  @Test
  void theRulesReadTheSources() {
    List<Source> all = sources(MODULES);
    assertThat(all).extracting(Source::name)
        .contains("core/.../core/internal/TextScanner.java", "claims/.../claims/SentenceReader.java",
            "reconcile/.../reconcile/Engine.java");
    Source reader = all.stream().filter(s -> s.name().endsWith("/SentenceReader.java"))
        .findFirst().orElseThrow();
    assertThat(reader.methods()).isNotEmpty().allMatch(m -> m.lines() >= 1);
    assertThat(reader.imports()).anyMatch(i -> i.startsWith("io.github.countercheck.core."));
    Source reconciler = all.stream().filter(s -> s.name().endsWith("/reconcile/Reconciler.java"))
        .findFirst().orElseThrow();
    assertThat(reconciler.classes()).contains("Reconciler");
    assertThat(reconciler.names()).contains("Engine");
  }

  /** One method or constructor: where it starts, and how many lines it spans. */
  private record Method(String name, int line, int lines) {}

  /**
   * One main source file, parsed: with the simple names of the classes it declares and the
   * identifiers its code uses.
   */
  private record Source(String module, String name, String pkg, int lines, List<String> imports,
      List<Method> methods, Set<String> classes, Set<String> names) {}

  private static List<Source> sources(List<String> modules) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<Source> out = new ArrayList<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null,
        StandardCharsets.UTF_8)) {
      for (String module : modules) {
        Path root = Path.of("..", module, "src", "main", "java");
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
          paths = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
            files.getJavaFileObjectsFromPaths(paths));
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        for (CompilationUnitTree unit : task.parse()) {
          out.add(source(module, root, unit, positions));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Source source(String module, Path root, CompilationUnitTree unit,
      SourcePositions positions) throws IOException {
    JavaFileObject file = unit.getSourceFile();
    Path path = Path.of(file.toUri());
    String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    String name = module + "/.../" + root.toAbsolutePath().normalize()
        .relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/')
        .replaceFirst("^io/github/countercheck/", "");
    int lines = Files.readAllLines(path, StandardCharsets.UTF_8).size();
    List<String> imports = new ArrayList<>();
    for (ImportTree i : unit.getImports()) {
      imports.add(i.getQualifiedIdentifier().toString());
    }
    LineMap map = unit.getLineMap();
    List<Method> methods = new ArrayList<>();
    Set<String> classes = new TreeSet<>();
    Set<String> names = new TreeSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree c, Void unused) {
        classes.add(c.getSimpleName().toString());
        return super.visitClass(c, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree i, Void unused) {
        names.add(i.getName().toString());
        return super.visitIdentifier(i, unused);
      }

      @Override
      public Void visitMethod(MethodTree m, Void unused) {
        long start = positions.getStartPosition(unit, m);
        long end = positions.getEndPosition(unit, m);
        if (m.getBody() != null && start >= 0 && end >= 0) {
          int first = (int) map.getLineNumber(start);
          int last = (int) map.getLineNumber(end);
          methods.add(new Method(m.getName().toString(), first, last - first + 1));
        }
        return super.visitMethod(m, unused);
      }
    }.scan(unit, null);
    return new Source(module, name, pkg, lines, imports, methods, classes, names);
  }
}
