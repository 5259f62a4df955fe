package io.github.countercheck.core.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands the package-private parts of one of the library's packages to another of its packages
 * without making them public API, as the JDK's {@code SharedSecrets} do: the giving package has a
 * package-private implementation of an access type (an abstract class in an internal package),
 * which registers itself here when it is loaded; the taking package asks for it by the access
 * type and the implementation's name. Not API.
 */
public final class Friends {
  private static final Map<Class<?>, Object> REGISTERED = new ConcurrentHashMap<>();

  private Friends() {}

  /**
   * Called once per access type, by its implementation's static initializer.
   *
   * @param <T>    the access type
   * @param type   the access type
   * @param access the implementation
   */
  public static <T> void register(Class<T> type, T access) {
    if (REGISTERED.putIfAbsent(type, type.cast(access)) != null) {
      throw new IllegalStateException(type.getName() + " is registered once");
    }
  }

  /**
   * @param <T>            the access type
   * @param type           the access type
   * @param implementation the name of the class that implements it and registers itself
   * @return the registered implementation, loading it first if need be
   */
  public static <T> T get(Class<T> type, String implementation) {
    Object access = REGISTERED.get(type);
    if (access == null) {
      try {
        Class.forName(implementation, true, type.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      access = REGISTERED.get(type);
      if (access == null || !access.getClass().getName().equals(implementation)) {
        throw new IllegalStateException(implementation + " did not register " + type.getName());
      }
    }
    return type.cast(access);
  }
}
