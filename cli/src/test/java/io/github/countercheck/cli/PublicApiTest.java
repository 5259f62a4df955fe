package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API's conventions, read from the classes themselves: no Jackson type in a public signature,
 * and no bare boolean parameter: a yes/no choice of an operation is an enum constant ({@code
 * ReconciliationJson.write(r, Layout.INDENTED)}) or a setter named for it on an options object or
 * builder ({@code ReportOptions.colour(true)}); a boolean is otherwise only a record's component.
 */
final class PublicApiTest {

  /** The API packages (README, "Using it from Java"); {@code claims.internal} is not API. */
  private static final List<String> API = List.of(
      "io.github.countercheck.core",
      "io.github.countercheck.claims",
      "io.github.countercheck.claims.numbers",
      "io.github.countercheck.claims.json",
      "io.github.countercheck.reconcile",
      "io.github.countercheck.reconcile.json",
      "io.github.countercheck.reconcile.report",
      "io.github.countercheck.reconcile.story");

  @Test
  void noJacksonTypeAppearsInAPublicSignature() {
    List<String> found = new ArrayList<>();
    for (Class<?> c : publicClasses()) {
      for (Executable e : members(c)) {
        List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
        types.addAll(List.of(e.getGenericExceptionTypes()));
        if (e instanceof Method m) {
          types.add(m.getGenericReturnType());
        }
        for (Type t : types) {
          if (t.getTypeName().contains("com.fasterxml")) {
            found.add(c.getName() + "." + e.getName() + ": " + t.getTypeName());
          }
        }
      }
      for (Field f : c.getFields()) {
        if (f.getGenericType().getTypeName().contains("com.fasterxml")) {
          found.add(c.getName() + "." + f.getName());
        }
      }
      if (c.getSuperclass() != null && c.getSuperclass().getName().startsWith("com.fasterxml")) {
        found.add(c.getName() + " extends " + c.getSuperclass().getName());
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void aBooleanIsOnlyEverTheValueOfANamedSetting() {
    List<String> found = new ArrayList<>();
    int setters = 0;
    for (Class<?> c : publicClasses()) {
      boolean settings = c.getSimpleName().endsWith("Builder")
          || c.getSimpleName().endsWith("Options");
      for (Executable e : members(c)) {
        Class<?>[] params = e.getParameterTypes();
        boolean hasBoolean = Stream.of(params).anyMatch(p -> p == boolean.class || p == Boolean.class);
        if (!hasBoolean) {
          continue;
        }
        if (settings && params.length == 1 && e instanceof Method m && m.getReturnType() == c) {
          setters++;
          continue;
        }
        if (c.isRecord() && e instanceof Constructor<?> k && Arrays.equals(params,
            Stream.of(c.getRecordComponents()).map(r -> r.getType()).toArray(Class<?>[]::new))) {
          continue;   // a value's components, named by their accessors (NumberRange.lowInclusive)
        }
        found.add(c.getName() + "." + e.getName());
      }
    }
    assertThat(found).isEmpty();
    assertThat(setters).isPositive();   // ReportOptions.colour, StoryClusterer.Builder...
  }

  private static List<Executable> members(Class<?> c) {
    List<Executable> out = new ArrayList<>();
    for (Method m : c.getDeclaredMethods()) {
      if (exposed(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        out.add(m);
      }
    }
    for (Constructor<?> k : c.getDeclaredConstructors()) {
      if (exposed(k.getModifiers()) && !k.isSynthetic()) {
        out.add(k);
      }
    }
    return out;
  }

  private static boolean exposed(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** Every public class of the API packages, nested ones too, as the class path holds them. */
  private static List<Class<?>> publicClasses() {
    List<Class<?>> out = new ArrayList<>();
    ClassLoader loader = PublicApiTest.class.getClassLoader();
    for (String pkg : API) {
      String dir = pkg.replace('.', '/');
      List<String> names = new ArrayList<>();
      try {
        Enumeration<URL> urls = loader.getResources(dir);
        for (URL url : Collections.list(urls)) {
          if (url.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
              files.map(p -> p.getFileName().toString()).forEach(names::add);
            }
          } else if (url.getProtocol().equals("jar")) {
            JarURLConnection jar = (JarURLConnection) url.openConnection();
            for (JarEntry e : Collections.list(jar.getJarFile().entries())) {
              String n = e.getName();
              if (n.startsWith(dir + "/") && n.indexOf('/', dir.length() + 1) < 0) {
                names.add(n.substring(dir.length() + 1));
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
      for (String n : names) {
        if (!n.endsWith(".class") || n.equals("package-info.class")) {
          continue;
        }
        try {
          Class<?> c = Class.forName(pkg + "." + n.substring(0, n.length() - 6), false, loader);
          if (isPublic(c)) {
            out.add(c);
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    assertThat(out).hasSizeGreaterThan(40);
    return out;
  }

  private static boolean isPublic(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return !c.isAnonymousClass() && !c.isSynthetic();
  }
}
