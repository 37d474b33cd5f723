package dev.csprules.api.internal;

import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the fact records. Not part of the API: a null given to a record is
 * reported as an {@link InvalidRequestException} naming the component, never as a
 * NullPointerException from deep inside the engine. A record checks all its components with one
 * {@link Components} and reports every missing one at once.
 */
public final class Require {
  private Require() {}

  /** One value, checked on its own. */
  public static <T> T present(@Nullable T value, String component) {
    if (value == null) {
      throw new InvalidRequestException(List.of(Problem.missing(component)));
    }
    return value;
  }

  /** One list, checked on its own: an unmodifiable copy with no null element. */
  public static <T> List<T> list(@Nullable List<T> values, String component) {
    Components check = components();
    List<T> copy = check.list(values, component);
    check.done();
    return copy;
  }

  /** A check of a record's components: each method notes what is wrong, {@link #done} throws it all. */
  public static Components components() {
    return new Components();
  }

  public static final class Components {
    /** Null until a problem is found: most records have none, and are built on the hot path. */
    private @Nullable List<Problem> problems;

    private Components() {}

    public <T> @Nullable T present(@Nullable T value, String component) {
      if (value == null) {
        problem(Problem.missing(component));
      }
      return value;
    }

    public <T> List<T> list(@Nullable List<T> values, String component) {
      return present(values, component) == null || !noNullElements(values, component) ? List.of() : List.copyOf(values);
    }

    public <T> Set<T> set(@Nullable Set<T> values, String component) {
      return present(values, component) == null || !noNullElements(values, component) ? Set.of() : Set.copyOf(values);
    }

    /** An unmodifiable copy that keeps the caller's order. */
    public <K, V> Map<K, V> map(@Nullable Map<K, V> values, String component) {
      if (present(values, component) == null) {
        return Map.of();
      }
      for (Map.Entry<K, V> entry : values.entrySet()) {
        if (entry.getKey() == null || entry.getValue() == null) {
          problem(new Problem(component, "must not contain a null key or value"));
          return Map.of();
        }
      }
      // Most findings carry no facts: share the empty map rather than copy it.
      return values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Notes {@code component} when the list holds nothing. */
    public void atLeastOne(List<?> values, String component) {
      if (values.isEmpty()) {
        problem(new Problem(component, "needs at least one"));
      }
    }

    /** Throws naming every problem noted, in the order the components were checked. */
    public void done() {
      if (problems != null) {
        throw new InvalidRequestException(problems);
      }
    }

    private boolean noNullElements(Collection<?> values, String component) {
      int index = 0;
      boolean none = true;
      for (Object value : values) {
        if (value == null) {
          problem(Problem.missing(component + "[" + index + "]"));
          none = false;
        }
        index++;
      }
      return none;
    }

    private void problem(Problem problem) {
      if (problems == null) {
        problems = new ArrayList<>(4);
      }
      problems.add(problem);
    }
  }
}
