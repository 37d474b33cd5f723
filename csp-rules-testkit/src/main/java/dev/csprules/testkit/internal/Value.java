package dev.csprules.testkit.internal;

import dev.csprules.testkit.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML or JSON value as written, every part with its place in the file, so that whatever is
 * wrong with it can be reported at its line and column.
 */
public sealed interface Value {
  Location location();

  /** The value as a message names it: {@code 'ten'}, {@code a list}, {@code an empty value}. */
  String describe();

  /** How a scalar was resolved (YAML 1.2 core schema): quoted text is always TEXT. */
  enum ScalarKind {
    TEXT,
    NUMBER,
    BOOLEAN,
    NULL
  }

  record Scalar(String text, ScalarKind kind, Location location) implements Value {
    /** Longer text is cut short in messages: a million-digit number is not one clear line. */
    static final int LONGEST_QUOTED = 40;

    public Scalar {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(location, "location");
    }

    @Override
    public String describe() {
      if (kind == ScalarKind.NULL) {
        return "an empty value";
      }
      int characters = text.codePointCount(0, text.length());
      return characters <= LONGEST_QUOTED
          ? "'" + text + "'"
          : "'" + text.substring(0, text.offsetByCodePoints(0, LONGEST_QUOTED)) + "…' (" + characters + " characters)";
    }
  }

  record Sequence(List<Value> items, Location location) implements Value {
    public Sequence {
      items = List.copyOf(items);
      Objects.requireNonNull(location, "location");
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  record Mapping(List<Field> fields, Location location) implements Value {
    public Mapping {
      fields = List.copyOf(fields);
      Objects.requireNonNull(location, "location");
    }

    public Optional<Field> field(String key) {
      return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    public boolean has(String key) {
      return field(key).isPresent();
    }

    public Mapping without(String key) {
      List<Field> kept = new ArrayList<>(fields);
      kept.removeIf(field -> field.key().equals(key));
      return new Mapping(kept, location);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping, with the place of the key itself, and its value. */
  record Field(String key, Location keyLocation, Value value) {
    public Field {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(keyLocation, "keyLocation");
      Objects.requireNonNull(value, "value");
    }
  }
}
