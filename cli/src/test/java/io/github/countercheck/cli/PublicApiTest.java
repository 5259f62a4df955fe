package io.github.countercheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.ClaimExtractor;
import io.github.countercheck.claims.json.ArticleReader;
import io.github.countercheck.claims.numbers.NumeralRecognizer;
import io.github.countercheck.claims.numbers.QuantityRecognizer;
import io.github.countercheck.claims.numbers.RangeRecognizer;
import io.github.countercheck.core.Document;
import io.github.countercheck.core.DocumentMetadata;
import io.github.countercheck.core.TextNormalizer;
import io.github.countercheck.reconcile.Reconciler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The API's conventions, read from the classes themselves: no Jackson type and no type of an
 * internal package in a public signature;
 * no bare boolean parameter: a yes/no choice of an operation is an enum constant ({@code
 * ReconciliationJson.write(r, Layout.INDENTED)}) or a setter named for it on an options object or
 * builder ({@code ReportOptions.colour(true)}), a boolean is otherwise only a record's component;
 * and "absent" said one way: null, marked {@code @Nullable} in {@code @NullMarked} packages, never
 * {@code Optional}.
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
    assertThat(signaturesNaming("com.fasterxml")).isEmpty();
  }

  /**
   * The internal packages ({@code core.internal}, {@code claims.internal}: exported only to the
   * library's own modules by their {@code module-info.java}) stay out of the API: no public
   * signature of an API package names one of their types, or a user could not call it.
   */
  @Test
  void noPublicSignatureNamesAnInternalType() {
    assertThat(signaturesNaming("io.github.countercheck.core.internal.")).isEmpty();
    assertThat(signaturesNaming("io.github.countercheck.claims.internal.")).isEmpty();
    assertThat(API).noneMatch(p -> p.contains("internal"));
  }

  /**
   * @param name part of a type name
   * @return the public signatures of the API (parameters, results, exceptions, fields, super
   *     types, record components) whose type names contain it
   */
  private static List<String> signaturesNaming(String name) {
    List<String> found = new ArrayList<>();
    for (Class<?> c : publicClasses()) {
      for (Executable e : members(c)) {
        List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
        types.addAll(List.of(e.getGenericExceptionTypes()));
        if (e instanceof Method m) {
          types.add(m.getGenericReturnType());
        }
        for (Type t : types) {
          if (t.getTypeName().contains(name)) {
            found.add(c.getName() + "." + e.getName() + ": " + t.getTypeName());
          }
        }
      }
      for (Field f : c.getFields()) {
        if (f.getGenericType().getTypeName().contains(name)) {
          found.add(c.getName() + "." + f.getName());
        }
      }
      List<Type> supers = new ArrayList<>(List.of(c.getGenericInterfaces()));
      if (c.getGenericSuperclass() != null) {
        supers.add(c.getGenericSuperclass());
      }
      for (Type t : supers) {
        if (t.getTypeName().contains(name)) {
          found.add(c.getName() + " extends " + t.getTypeName());
        }
      }
    }
    return found;
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

  @Test
  void noPublicSignatureSaysAbsentWithOptional() {
    List<String> found = new ArrayList<>();
    for (Class<?> c : publicClasses()) {
      for (Executable e : members(c)) {
        List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
        if (e instanceof Method m) {
          types.add(m.getGenericReturnType());
        }
        for (Type t : types) {
          if (t.getTypeName().contains("java.util.Optional")) {
            found.add(c.getName() + "." + e.getName() + ": " + t.getTypeName());
          }
        }
      }
      for (Field f : c.getFields()) {
        if (f.getGenericType().getTypeName().contains("java.util.Optional")) {
          found.add(c.getName() + "." + f.getName());
        }
      }
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          if (rc.getGenericType().getTypeName().contains("java.util.Optional")) {
            found.add(c.getName() + "." + rc.getName() + " (component)");
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void everyApiPackageIsNullMarked() throws ClassNotFoundException {
    ClassLoader loader = PublicApiTest.class.getClassLoader();
    for (String pkg : API) {
      Class<?> info = Class.forName(pkg + ".package-info", false, loader);
      assertThat(info.isAnnotationPresent(NullMarked.class)).as(pkg).isTrue();
    }
  }

  /**
   * A record component is {@code @Nullable} exactly when its Javadoc says it may be null (the
   * record's own {@code @param} tags, read from the sources beside this module).
   */
  @Test
  void aComponentDocumentedAsMaybeNullIsNullableAndNoOther() throws IOException {
    List<String> found = new ArrayList<>();
    int documented = 0;
    for (Class<?> c : publicClasses()) {
      if (!c.isRecord()) {
        continue;
      }
      Map<String, String> params = recordParams(c);
      assertThat(params).as("@param tags of %s", c.getName()).isNotEmpty();
      for (RecordComponent rc : c.getRecordComponents()) {
        if (rc.getType().isPrimitive()) {
          continue;
        }
        String doc = params.getOrDefault(rc.getName(), "");
        boolean saysNull = MAY_BE_NULL.matcher(doc).find();
        documented += saysNull ? 1 : 0;
        if (saysNull != nullable(rc)) {
          found.add(c.getName() + "." + rc.getName() + (saysNull ? " is documented as null but not"
              + " @Nullable" : " is @Nullable but its @param does not say when it is null"));
        }
      }
    }
    assertThat(found).isEmpty();
    assertThat(documented).isGreaterThan(10);   // Claim, Quantity, ClaimGroup, Estimate...
  }

  /**
   * Every null that a real run leaves in a record of the API (the seeds extracted and reconciled,
   * an article without metadata, numerals and ranges) sits in a {@code @Nullable} component.
   */
  @Test
  void everyNullARunLeavesInARecordIsInANullableComponent() {
    ArticleReader.Articles seeds = ArticleReader.read(Path.of("..", "seeds"));
    List<Document> documents = new ArrayList<>(seeds.documents());
    documents.add(Document.of("bare.txt", "قتل أكثر من 20 شخصا وأصيب العشرات في انفجار."));
    ClaimExtractor extractor = ClaimExtractor.create();
    List<Claim> claims = new ArrayList<>();
    List<DocumentMetadata> metadata = new ArrayList<>();
    for (Document d : documents) {
      claims.addAll(extractor.extract(d));
      metadata.add(DocumentMetadata.of(d));
    }
    List<Object> roots = new ArrayList<>(List.of(seeds, metadata, claims,
        Reconciler.create().reconcile(claims, metadata)));
    for (Document d : documents) {
      roots.add(NumeralRecognizer.create().find(d.text()));
      roots.add(QuantityRecognizer.create().find(TextNormalizer.normalize(d.text())));
      roots.add(RangeRecognizer.create().find(d.text()));
    }
    Set<String> nulls = new TreeSet<>();
    Set<String> found = new TreeSet<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object root : roots) {
      walk(root, seen, nulls, found);
    }
    assertThat(found).isEmpty();
    // the walk met nulls of every kind the API has: a claim's words, a count's bounds, metadata
    assertThat(nulls).contains("Claim.attribution", "Quantity.value", "Quantity.high",
        "DocumentMetadata.publisher", "NumeralMention.low", "NumberRange.high");
  }

  private static final Pattern MAY_BE_NULL = Pattern.compile("\\bnull\\b");

  private static boolean nullable(RecordComponent rc) {
    return rc.getAnnotatedType().isAnnotationPresent(Nullable.class);
  }

  /** Records each null component it meets; one not {@code @Nullable} is {@code found}. */
  private static void walk(Object o, Set<Object> seen, Set<String> nulls, Set<String> found) {
    if (o == null || !seen.add(o)) {
      return;
    }
    if (o instanceof Collection<?> items) {
      items.forEach(x -> walk(x, seen, nulls, found));
    } else if (o instanceof Map<?, ?> map) {
      map.values().forEach(x -> walk(x, seen, nulls, found));
    } else if (o instanceof Record r && API.contains(r.getClass().getPackageName())
        && isPublic(r.getClass())) {
      for (RecordComponent rc : r.getClass().getRecordComponents()) {
        Object v;
        try {
          v = rc.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException(e);
        }
        String name = r.getClass().getSimpleName() + "." + rc.getName();
        if (v == null) {
          nulls.add(name);
          if (!nullable(rc)) {
            found.add(name);
          }
        } else {
          walk(v, seen, nulls, found);
        }
      }
    }
  }

  /** The {@code @param} tags of a record's Javadoc, by name, from its source file. */
  private static Map<String, String> recordParams(Class<?> record) throws IOException {
    Class<?> top = record;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    String file = top.getName().replace('.', '/') + ".java";
    Path source = null;
    for (String module : List.of("core", "claims", "reconcile")) {
      Path p = Path.of("..", module, "src", "main", "java").resolve(file);
      if (Files.isRegularFile(p)) {
        source = p;
      }
    }
    assertThat(source).as("source of %s", record.getName()).isNotNull();
    String text = Files.readString(source);
    Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public\\s+record\\s+"
        + record.getSimpleName() + "\\s*\\(", Pattern.DOTALL).matcher(text);
    assertThat(m.find()).as("Javadoc of %s", record.getName()).isTrue();
    String doc = m.group(1).replaceAll("(?m)^\\s*\\*", " ");
    Map<String, String> out = new java.util.LinkedHashMap<>();
    // a description runs to the next block tag; an inline tag ({@code x}) is part of it
    Matcher tag = Pattern.compile("@param\\s+(\\w+)\\s+((?:(?!(?<!\\{)@\\w).)*)", Pattern.DOTALL)
        .matcher(doc);
    while (tag.find()) {
      out.put(tag.group(1), tag.group(2));
    }
    return out;
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
