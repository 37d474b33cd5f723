package dev.csprules.drools.internal.check;

import java.util.Map;

/**
 * Defines exactly the class bytes it was given, after {@link GeneratedCodeCheck} passed them, and
 * nothing else: every other name goes to the library's own loader. It looks at its own classes
 * first, so a generated class is never swapped for a same-named class on the classpath (the
 * precompiled built-in rules have the same names); the check keeps generated names inside the
 * policy's rule packages, so nothing of the library can be shadowed.
 */
final class GeneratedClassLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final Map<String, byte[]> classes;

  /** @param classes class bytes by binary name ({@code a.b.C}) */
  GeneratedClassLoader(Map<String, byte[]> classes, ClassLoader library) {
    super("csp-rules-policy", library);
    this.classes = Map.copyOf(classes);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!classes.containsKey(name)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        byte[] bytes = classes.get(name);
        loaded = defineClass(name, bytes, 0, bytes.length);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    throw new ClassNotFoundException(name);
  }
}
