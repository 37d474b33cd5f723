package dev.csprules.testkit.internal;

import dev.csprules.testkit.Location;
import java.util.Optional;

/** Finds where in a file a request's field path, such as {@code partner.revenue[2].amount}, is written. */
final class ValuePaths {
  private ValuePaths() {}

  /**
   * The place of the value at {@code path} under {@code root}, or of the deepest value on the way
   * that the file writes: a field a fixture gives, or one left at its default, is not in the file.
   */
  static Location deepest(Value root, String path) {
    Value value = root;
    for (String step : path.split("\\.")) {
      int bracket = step.indexOf('[');
      String key = bracket < 0 ? step : step.substring(0, bracket);
      Optional<Value> next = field(value, key);
      while (next.isPresent() && bracket >= 0) {
        int close = step.indexOf(']', bracket);
        next = item(next.get(), close < 0 ? "" : step.substring(bracket + 1, close));
        bracket = close < 0 ? -1 : step.indexOf('[', close);
      }
      if (next.isEmpty()) {
        return value.location();
      }
      value = next.get();
    }
    return value.location();
  }

  private static Optional<Value> field(Value value, String key) {
    return value instanceof Value.Mapping mapping ? mapping.field(key).map(Value.Field::value) : Optional.empty();
  }

  private static Optional<Value> item(Value value, String index) {
    if (!(value instanceof Value.Sequence sequence) || !index.chars().allMatch(Character::isDigit) || index.isEmpty()
        || index.length() > 9) {
      return Optional.empty();
    }
    int position = Integer.parseInt(index);
    return position < sequence.items().size() ? Optional.of(sequence.items().get(position)) : Optional.empty();
  }
}
