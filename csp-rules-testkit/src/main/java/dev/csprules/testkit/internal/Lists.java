package dev.csprules.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/** Reads a YAML list item by item, each item at its own path such as {@code lines[2]}. */
final class Lists {
  private Lists() {}

  static <T> List<T> items(
      Value value, String path, Problems problems, ObjectFields.ItemReader<T> itemReader) {
    if (!(value instanceof Value.Sequence sequence)) {
      problems.at(value, path, "expected a list, found " + value.describe());
      return List.of();
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < sequence.items().size(); i++) {
      itemReader.read(sequence.items().get(i), path + "[" + i + "]").ifPresent(items::add);
    }
    return items;
  }
}
