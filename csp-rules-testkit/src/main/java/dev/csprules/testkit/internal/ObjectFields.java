package dev.csprules.testkit.internal;

import dev.csprules.api.fact.Truth;

import dev.csprules.drools.internal.text.Suggestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a mapping as an object whose fields are asked for by name. Every field asked for is a
 * known field; {@link #finish()} reports the others as unknown, so a misspelt field is an error
 * instead of a value silently left at its default.
 */
final class ObjectFields {
  /** Reads one item of a list; empty after reporting a problem. */
  @FunctionalInterface
  interface ItemReader<T> {
    Optional<T> read(Value item, String path);
  }

  private final Value.Mapping mapping;
  private final String path;
  private final Problems problems;
  private final boolean partial;
  private final Set<String> known = new LinkedHashSet<>();

  private ObjectFields(Value.Mapping mapping, String path, Problems problems, boolean partial) {
    this.mapping = mapping;
    this.path = path;
    this.problems = problems;
    this.partial = partial;
  }

  /**
   * The fields of {@code value}, which must be a mapping.
   *
   * @param partial true to read a fixture, which may leave out fields a request requires
   */
  static Optional<ObjectFields> of(Value value, String path, Problems problems, boolean partial) {
    if (value instanceof Value.Mapping mapping) {
      return Optional.of(new ObjectFields(mapping, path, problems, partial));
    }
    problems.at(value, path, "expected a mapping of fields, found " + value.describe());
    return Optional.empty();
  }

  Value.Mapping mapping() {
    return mapping;
  }

  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  Optional<Value> optional(String key) {
    known.add(key);
    return mapping.field(key).map(Value.Field::value);
  }

  Optional<Value> required(String key) {
    Optional<Value> value = optional(key);
    if (value.isEmpty() && !partial) {
      problems.add(mapping.location(), path(key), "is missing, and it is required");
    }
    return value;
  }

  String text(String key) {
    return optional(key).flatMap(value -> Scalars.text(value, path(key), problems)).orElse("");
  }

  boolean flag(String key) {
    return optional(key).flatMap(value -> Scalars.flag(value, path(key), problems)).orElse(false);
  }

  /** A yes-or-no that may be stated as unknown; false when left out, as {@link #flag} has it. */
  Truth truth(String key) {
    return optional(key).flatMap(value -> Scalars.truth(value, path(key), problems)).orElse(Truth.FALSE);
  }

  <E extends Enum<E>> E choice(String key, Class<E> type, E absent) {
    return optional(key).flatMap(value -> Scalars.choice(value, path(key), type, problems)).orElse(absent);
  }

  <T> Optional<T> required(String key, ItemReader<T> reader) {
    return required(key).flatMap(value -> reader.read(value, path(key)));
  }

  <T> Optional<T> optional(String key, ItemReader<T> reader) {
    return optional(key).flatMap(value -> reader.read(value, path(key)));
  }

  <T> List<T> list(String key, ItemReader<T> itemReader) {
    Optional<Value> value = optional(key);
    if (value.isEmpty()) {
      return List.of();
    }
    return Lists.items(value.get(), path(key), problems, itemReader);
  }

  /** A list whose items must differ: a repeat is a problem, not silently dropped. */
  <T> Set<T> set(String key, ItemReader<T> itemReader) {
    Set<T> items = new LinkedHashSet<>();
    list(
        key,
        (item, itemPath) ->
            itemReader
                .read(item, itemPath)
                .filter(
                    read -> {
                      if (items.add(read)) {
                        return true;
                      }
                      problems.at(item, itemPath, "'" + read + "' is listed twice");
                      return false;
                    }));
    return items;
  }

  /** A mapping of text to text, such as {@code locationMpnIds: {JP: "7654321"}}, in file order. */
  Map<String, String> textMap(String key) {
    Map<String, String> entries = new LinkedHashMap<>();
    optional(key)
        .flatMap(value -> of(value, path(key), problems, partial))
        .ifPresent(
            fields ->
                fields.mapping.fields()
                    .forEach(
                        field ->
                            Scalars.text(field.value(), fields.path(field.key()), problems)
                                .ifPresent(text -> entries.put(field.key(), text))));
    return entries;
  }

  /** Reports every field that was not asked for. Call after asking for all known fields. */
  void finish() {
    Set<String> reported = new HashSet<>();
    List<String> expected = new ArrayList<>(known);
    for (Value.Field field : mapping.fields()) {
      if (!known.contains(field.key()) && reported.add(field.key())) {
        String hint = Suggestion.hint(field.key(), expected);
        problems.add(
            field.keyLocation(),
            path(field.key()),
            "unknown field" + (hint.isEmpty() ? "; expected one of " + String.join(", ", expected) : hint));
      }
    }
  }
}
