package dev.csprules.testkit.internal;

import dev.csprules.drools.internal.text.Suggestion;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Named partners, customers, applications and orders that requests refer to with {@code use:
 * name} and override field by field. A fixture may itself use another of its kind.
 */
final class Fixtures {
  static final String USE = "use";

  private final Map<FixtureKind, Map<String, Value.Mapping>> byKind;

  private Fixtures(Map<FixtureKind, Map<String, Value.Mapping>> byKind) {
    this.byKind = byKind;
  }

  static Fixtures none() {
    return new Fixtures(new EnumMap<>(FixtureKind.class));
  }

  /** The fixtures under a {@code fixtures:} key: a mapping of groups, each a mapping of names. */
  static Fixtures read(Value value, String path, Problems problems) {
    Map<FixtureKind, Map<String, Value.Mapping>> byKind = new EnumMap<>(FixtureKind.class);
    ObjectFields.of(value, path, problems, true)
        .ifPresent(
            groups -> {
              for (FixtureKind kind : FixtureKind.values()) {
                groups
                    .optional(kind.key())
                    .flatMap(group -> ObjectFields.of(group, groups.path(kind.key()), problems, true))
                    .ifPresent(named -> byKind.put(kind, named(named, problems)));
              }
              groups.finish();
            });
    return new Fixtures(byKind);
  }

  private static Map<String, Value.Mapping> named(ObjectFields group, Problems problems) {
    Map<String, Value.Mapping> fixtures = new LinkedHashMap<>();
    for (Value.Field field : group.mapping().fields()) {
      String fieldPath = group.path(field.key());
      if (field.value() instanceof Value.Mapping mapping) {
        fixtures.put(field.key(), mapping);
      } else {
        problems.at(field.value(), fieldPath, "expected a mapping of fields, found " + field.value().describe());
      }
    }
    return fixtures;
  }

  /** These fixtures, with {@code nearer}'s taking the place of any of the same kind and name. */
  Fixtures shadowedBy(Fixtures nearer) {
    Map<FixtureKind, Map<String, Value.Mapping>> merged = new EnumMap<>(FixtureKind.class);
    for (FixtureKind kind : FixtureKind.values()) {
      Map<String, Value.Mapping> named = new LinkedHashMap<>(byKind.getOrDefault(kind, Map.of()));
      named.putAll(nearer.byKind.getOrDefault(kind, Map.of()));
      merged.put(kind, named);
    }
    return new Fixtures(merged);
  }

  Map<String, Value.Mapping> all(FixtureKind kind) {
    return byKind.getOrDefault(kind, Map.of());
  }

  /**
   * The value with its {@code use:} fixture laid under it; the value itself when it uses none.
   * The result has no {@code use} key left at its top level.
   */
  Value.Mapping resolve(FixtureKind kind, Value.Mapping value, String path, Problems problems) {
    return resolve(kind, value, path, problems, new ArrayDeque<>());
  }

  private Value.Mapping resolve(
      FixtureKind kind, Value.Mapping value, String path, Problems problems, Deque<String> chain) {
    Optional<Value.Field> use = value.field(USE);
    if (use.isEmpty()) {
      return value;
    }
    Value.Mapping overrides = value.without(USE);
    Optional<String> name = Scalars.text(use.get().value(), path + "." + USE, problems);
    if (name.isEmpty()) {
      return overrides;
    }
    Map<String, Value.Mapping> named = all(kind);
    Value.Mapping fixture = named.get(name.get());
    if (fixture == null) {
      problems.at(
          use.get().value(),
          path + "." + USE,
          "no fixture named '" + name.get() + "' among fixtures." + kind.key()
              + (named.isEmpty()
                  ? " (there are none)"
                  : Suggestion.hint(name.get(), named.keySet()) + "; known: " + String.join(", ", named.keySet())));
      return overrides;
    }
    if (chain.contains(name.get())) {
      problems.at(
          use.get().value(),
          path + "." + USE,
          "fixture '" + name.get() + "' uses itself: " + String.join(" -> ", chain) + " -> " + name.get());
      return overrides;
    }
    chain.addLast(name.get());
    Value.Mapping base = resolve(kind, fixture, path, problems, chain);
    chain.removeLast();
    return DeepMerge.merge(base, overrides);
  }
}
