package dev.csprules.testkit.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a {@link Doc} as block YAML or as indented JSON, one key to a line, and records where
 * each key and value was written, so that a test can expect a problem at its line and column.
 */
public final class Emitter {
  /** A line and column counting from 1, as the reader reports them. */
  public record Position(int line, int column) {
    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  /** The text, and for each path where its value and its key (every time it was written) start. */
  public record Emitted(String text, Map<String, Position> values, Map<String, List<Position>> keys) {
    public Position value(String path) {
      Position position = values.get(path);
      if (position == null) {
        throw new IllegalArgumentException("nothing was written at " + path);
      }
      return position;
    }

    public Position key(String path) {
      return keys.get(path).get(0);
    }

    /** Where the key was written the second time. */
    public Position repeatedKey(String path) {
      return keys.get(path).get(1);
    }
  }

  private final StringBuilder out = new StringBuilder();
  private final Map<String, Position> values = new HashMap<>();
  private final Map<String, List<Position>> keys = new HashMap<>();
  private int line = 1;
  private int column = 1;

  private Emitter() {}

  public static Emitted yaml(Doc root) {
    Emitter emitter = new Emitter();
    emitter.values.put("", new Position(1, 1));
    if (root instanceof Doc.Mapping mapping && !mapping.entries().isEmpty()) {
      emitter.yamlMapping(mapping, 0, "");
    } else {
      emitter.write(yamlInline(root)).newline();
    }
    return emitter.emitted();
  }

  public static Emitted json(Doc root) {
    Emitter emitter = new Emitter();
    emitter.json(root, 0, "");
    emitter.newline();
    return emitter.emitted();
  }

  private Emitted emitted() {
    return new Emitted(out.toString(), Map.copyOf(values), Map.copyOf(keys));
  }

  /** The entries of a block mapping; the first goes on the current line when one is begun ("- "). */
  private void yamlMapping(Doc.Mapping mapping, int indent, String path) {
    boolean first = true;
    for (Doc.Entry entry : mapping.entries()) {
      if (!first || column == 1) {
        write(" ".repeat(indent));
      }
      first = false;
      String child = child(path, entry.key());
      keys.computeIfAbsent(child, k -> new ArrayList<>()).add(here());
      write(yamlKey(entry.key()) + ":");
      Doc value = entry.value();
      if (isBlock(value)) {
        newline();
        values.put(child, new Position(line, indent + 3));
        yamlBlock(value, indent + 2, child);
      } else {
        write(" ");
        values.put(child, here());
        write(yamlInline(value)).newline();
      }
    }
  }

  private void yamlBlock(Doc value, int indent, String path) {
    if (value instanceof Doc.Mapping mapping) {
      yamlMapping(mapping, indent, path);
      return;
    }
    List<Doc> items = ((Doc.Sequence) value).items();
    for (int i = 0; i < items.size(); i++) {
      String item = path + "[" + i + "]";
      write(" ".repeat(indent) + "- ");
      values.put(item, here());
      if (items.get(i) instanceof Doc.Mapping mapping && !mapping.entries().isEmpty()) {
        yamlMapping(mapping, indent + 2, item);
      } else {
        write(yamlInline(items.get(i))).newline();
      }
    }
  }

  private static boolean isBlock(Doc value) {
    return value instanceof Doc.Mapping mapping && !mapping.entries().isEmpty()
        || value instanceof Doc.Sequence sequence && !sequence.items().isEmpty();
  }

  /** A value on one line, in flow style; the places inside it are not recorded. */
  private static String yamlInline(Doc value) {
    if (value instanceof Doc.Scalar scalar) {
      return scalar.quoted() ? quote(scalar.text()) : scalar.text();
    }
    if (value instanceof Doc.Sequence sequence) {
      return sequence.items().stream().map(Emitter::yamlInline).collect(Collectors.joining(", ", "[", "]"));
    }
    return ((Doc.Mapping) value).entries().stream()
        .map(entry -> yamlKey(entry.key()) + ": " + yamlInline(entry.value()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** Keys are plain unless plain YAML would read them as something else. */
  private static String yamlKey(String key) {
    return key.matches("[A-Za-z_$][\\w$-]*") ? key : quote(key);
  }

  private void json(Doc value, int indent, String path) {
    values.put(path, here());
    if (value instanceof Doc.Scalar scalar) {
      write(scalar.quoted() ? quote(scalar.text()) : scalar.text());
    } else if (value instanceof Doc.Sequence sequence) {
      jsonItems(sequence.items().size(), "[", "]", indent, i -> json(sequence.items().get(i), indent + 2, path + "[" + i + "]"));
    } else {
      List<Doc.Entry> entries = ((Doc.Mapping) value).entries();
      jsonItems(
          entries.size(),
          "{",
          "}",
          indent,
          i -> {
            String child = child(path, entries.get(i).key());
            keys.computeIfAbsent(child, k -> new ArrayList<>()).add(here());
            write(quote(entries.get(i).key()) + ": ");
            json(entries.get(i).value(), indent + 2, child);
          });
    }
  }

  private void jsonItems(int count, String open, String close, int indent, java.util.function.IntConsumer item) {
    write(open);
    if (count == 0) {
      write(close);
      return;
    }
    newline();
    for (int i = 0; i < count; i++) {
      write(" ".repeat(indent + 2));
      item.accept(i);
      write(i + 1 < count ? "," : "");
      newline();
    }
    write(" ".repeat(indent) + close);
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** A double-quoted string, escaped as both JSON and YAML read it. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  private Position here() {
    return new Position(line, column);
  }

  private Emitter write(String text) {
    out.append(text);
    column += text.length();
    return this;
  }

  private void newline() {
    out.append('\n');
    line++;
    column = 1;
  }
}
