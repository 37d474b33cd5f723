package dev.csprules.api.internal;

import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Problem;
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
 * NullPointerException from deep inside the engine.
 */
public final class Require {
  private Require() {}

  public static <T> T present(@Nullable T value, String component) {
    if (value == null) {
      throw new InvalidRequestException(List.of(Problem.missing(component)));
    }
    return value;
  }

  public static <T> List<T> list(@Nullable List<T> values, String component) {
    present(values, component);
    noNullElements(values, component);
    return List.copyOf(values);
  }

  public static <T> Set<T> set(@Nullable Set<T> values, String component) {
    present(values, component);
    noNullElements(values, component);
    return Set.copyOf(values);
  }

  /** An unmodifiable copy that keeps the caller's order. */
  public static <K, V> Map<K, V> map(
      @Nullable Map<K, V> values, String component) {
    present(values, component);
    values.forEach(
        (key, value) -> {
          if (key == null || value == null) {
            throw new InvalidRequestException(
                List.of(new Problem(component, "must not contain a null key or value")));
          }
        });
    // Most findings carry no facts: share the empty map rather than copy it.
    return values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  private static void noNullElements(Collection<?> values, String component) {
    int index = 0;
    for (Object value : values) {
      if (value == null) {
        throw new InvalidRequestException(List.of(Problem.missing(component + "[" + index + "]")));
      }
      index++;
    }
  }
}
