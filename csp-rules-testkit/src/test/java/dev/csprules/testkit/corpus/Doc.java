package dev.csprules.testkit.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML or JSON document as a tree that the corpus changes one place at a time. A mapping is a
 * list of entries, not a map, so that a mutation can write a key twice; a scalar keeps the text
 * it is written with, so that a mutation can write what no Java value prints as ({@code yes},
 * {@code .nan}, {@code 1e400}).
 *
 * <p>Paths are those the reader reports: {@code application.partner.revenue[0].amount}.
 */
public sealed interface Doc {
  /** {@code text} written as is when {@code quoted} is false, else as a double-quoted string. */
  record Scalar(String text, boolean quoted) implements Doc {}

  record Sequence(List<Doc> items) implements Doc {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  record Mapping(List<Entry> entries) implements Doc {
    public Mapping {
      entries = List.copyOf(entries);
    }
  }

  record Entry(String key, Doc value) {}

  static Doc text(String text) {
    return new Scalar(text, true);
  }

  /** Written exactly as given, unquoted: YAML decides what it is. */
  static Doc plain(String text) {
    return new Scalar(text, false);
  }

  static Doc list(Doc... items) {
    return new Sequence(List.of(items));
  }

  static Doc mapping(String key, Doc value) {
    return new Mapping(List.of(new Entry(key, value)));
  }

  /** The tree of a YAML text; strings are kept as strings, other scalars as written. */
  static Doc parse(String yaml) {
    Node root = new Compose(LoadSettings.builder().build()).composeString(yaml).orElseThrow();
    return of(root);
  }

  private static Doc of(Node node) {
    if (node instanceof ScalarNode scalar) {
      boolean text = scalar.getTag().equals(Tag.STR) || scalar.getScalarStyle() != ScalarStyle.PLAIN;
      return new Scalar(scalar.getValue(), text);
    }
    if (node instanceof SequenceNode sequence) {
      return new Sequence(sequence.getValue().stream().map(Doc::of).toList());
    }
    return new Mapping(
        ((MappingNode) node).getValue().stream()
            .map(tuple -> new Entry(((ScalarNode) tuple.getKeyNode()).getValue(), of(tuple.getValueNode())))
            .toList());
  }

  /** The value at {@code path}. */
  static Doc at(Doc root, String path) {
    Doc[] found = new Doc[1];
    update(root, path, value -> found[0] = value);
    return found[0];
  }

  /** A copy with the value at {@code path} replaced. */
  static Doc replace(Doc root, String path, Doc value) {
    return update(root, path, old -> value);
  }

  /** A copy with {@code path} left out. */
  static Doc remove(Doc root, String path) {
    Path parsed = Path.of(path);
    return update(root, parsed.parent(), parent -> without(parent, parsed.last()));
  }

  /** A copy with {@code key: value} added at the end of the mapping at {@code mappingPath}. */
  static Doc add(Doc root, String mappingPath, String key, Doc value) {
    return update(
        root,
        mappingPath,
        mapping -> {
          List<Entry> entries = new ArrayList<>(((Mapping) mapping).entries());
          entries.add(new Entry(key, value));
          return new Mapping(entries);
        });
  }

  /** A copy with {@code item} added at the end of the list at {@code listPath}. */
  static Doc append(Doc root, String listPath, Doc item) {
    return update(
        root,
        listPath,
        list -> {
          List<Doc> items = new ArrayList<>(((Sequence) list).items());
          items.add(item);
          return new Sequence(items);
        });
  }

  /** A copy in which the value at {@code path} is what {@code change} makes of it. */
  static Doc update(Doc root, String path, UnaryOperator<Doc> change) {
    return update(root, Path.of(path).steps(), 0, change);
  }

  private static Doc update(Doc node, List<String> steps, int index, UnaryOperator<Doc> change) {
    if (index == steps.size()) {
      return change.apply(node);
    }
    String step = steps.get(index);
    if (step.startsWith("[")) {
      int item = Integer.parseInt(step.substring(1, step.length() - 1));
      List<Doc> items = new ArrayList<>(((Sequence) node).items());
      items.set(item, update(items.get(item), steps, index + 1, change));
      return new Sequence(items);
    }
    List<Entry> entries = new ArrayList<>(((Mapping) node).entries());
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).key().equals(step)) {
        entries.set(i, new Entry(step, update(entries.get(i).value(), steps, index + 1, change)));
        return new Mapping(entries);
      }
    }
    throw new IllegalArgumentException("no " + step + " in " + String.join("", steps));
  }

  private static Doc without(Doc parent, String step) {
    if (step.startsWith("[")) {
      List<Doc> items = new ArrayList<>(((Sequence) parent).items());
      items.remove(Integer.parseInt(step.substring(1, step.length() - 1)));
      return new Sequence(items);
    }
    List<Entry> entries = new ArrayList<>(((Mapping) parent).entries());
    entries.removeIf(entry -> entry.key().equals(step));
    return new Mapping(entries);
  }

  /** A path cut into its steps: {@code a.b[2].c} is {@code a}, {@code b}, {@code [2]}, {@code c}. */
  record Path(List<String> steps) {
    private static final Pattern STEP = Pattern.compile("\\[\\d+]|[^.\\[]+");

    static Path of(String path) {
      List<String> steps = new ArrayList<>();
      Matcher matcher = STEP.matcher(path);
      while (matcher.find()) {
        steps.add(matcher.group());
      }
      return new Path(steps);
    }

    String parent() {
      return join(steps.subList(0, steps.size() - 1));
    }

    String last() {
      return steps.get(steps.size() - 1);
    }

    static String join(List<String> steps) {
      StringBuilder path = new StringBuilder();
      for (String step : steps) {
        if (!path.isEmpty() && !step.startsWith("[")) {
          path.append('.');
        }
        path.append(step);
      }
      return path.toString();
    }
  }

  /** The name of the last step of a path, such as {@code amount}; empty for the root. */
  static Optional<String> fieldName(String path) {
    List<String> steps = Path.of(path).steps();
    return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
  }
}
