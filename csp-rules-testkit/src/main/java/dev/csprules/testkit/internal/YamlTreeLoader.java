package dev.csprules.testkit.internal;

import dev.csprules.testkit.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;
import org.snakeyaml.engine.v2.nodes.AnchorNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a YAML 1.2 file (JSON is YAML 1.2) into a {@link Value} tree. SnakeYAML composes the
 * nodes with their marks; the tree is built here, so that duplicate keys are problems at their
 * line rather than silently last-wins, and aliases are expanded within limits that stop an alias
 * bomb from exhausting memory (scenario files need no more than a few thousand values). Files are
 * read up to a size cap, and nesting is limited while SnakeYAML composes, whose recursion would
 * otherwise overflow the stack on a file nested thousands of levels deep.
 */
public final class YamlTreeLoader {
  static final int MAX_VALUES = 100_000;
  static final int MAX_DEPTH = 64;
  /** 5 MiB: a hundred times the repository's largest scenario file. */
  static final int MAX_BYTES = 5 * 1024 * 1024;
  private static final int MAX_CODE_POINTS = MAX_BYTES;

  private final Path file;
  private final Problems problems;
  private int values;

  private YamlTreeLoader(Path file, Problems problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The file's one document, or empty when it cannot be read (the reason is in problems). */
  public static Optional<Value> load(Path file, Problems problems) {
    String text;
    try (InputStream in = Files.newInputStream(file)) {
      // Never more than the cap is read: a 3 GB file, or /dev/zero, is refused, not loaded.
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        problems.add(
            Location.startOf(file),
            "",
            "larger than 5 MiB (" + MAX_BYTES + " bytes), the most a scenario file may be");
        return Optional.empty();
      }
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (NoSuchFileException e) {
      problems.add(Location.startOf(file), "", "no such file");
      return Optional.empty();
    } catch (CharacterCodingException e) {
      problems.add(Location.startOf(file), "", "not UTF-8 text");
      return Optional.empty();
    } catch (IOException e) {
      problems.add(Location.startOf(file), "", "cannot be read: " + e);
      return Optional.empty();
    }
    return parse(file, text, problems);
  }

  /** The text's one document, as if read from {@code file}. */
  public static Optional<Value> parse(Path file, String text, Problems problems) {
    return new YamlTreeLoader(file, problems).parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private Optional<Value> parse(String text) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file.toString())
            .setSchema(new CoreSchema())
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(50)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setUseMarks(true)
            .build();
    Optional<Node> root;
    try {
      Parser parser = new DepthLimitedParser(new ParserImpl(settings, new StreamReader(settings, text)));
      root = new Composer(settings, parser).getSingleNode();
    } catch (MarkedYamlEngineException e) {
      problems.add(location(e.getProblemMark()), "", syntaxMessage(e));
      return Optional.empty();
    } catch (ReaderException e) {
      problems.add(
          locationOfCodePoint(text, e.getPosition()),
          "",
          "not valid YAML: the character U+" + String.format("%04X", e.getCodePoint()) + " is not allowed");
      return Optional.empty();
    } catch (YamlVersionException e) {
      problems.add(
          Location.startOf(file),
          "",
          "not valid YAML: YAML " + e.getSpecVersion().getRepresentation() + " is not supported; write YAML 1.2");
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.add(Location.startOf(file), "", "not valid YAML: " + firstLine(e.getMessage()));
      return Optional.empty();
    } catch (TooLarge e) {
      problems.add(e.location, "", e.getMessage());
      return Optional.empty();
    }
    if (root.isEmpty()) {
      problems.add(Location.startOf(file), "", "the file is empty");
      return Optional.empty();
    }
    try {
      return Optional.of(convert(root.get(), 0));
    } catch (TooLarge e) {
      problems.add(e.location, "", e.getMessage());
      return Optional.empty();
    }
  }

  private Value convert(Node node, int depth) {
    Location location = location(node.getStartMark());
    if (++values > MAX_VALUES) {
      throw new TooLarge(location, "more than " + MAX_VALUES + " values (do aliases expand without end?)");
    }
    if (depth > MAX_DEPTH) {
      throw new TooLarge(location, "nested more than " + MAX_DEPTH + " levels deep (does an alias refer to itself?)");
    }
    if (node instanceof AnchorNode anchor) {
      return convert(anchor.getRealNode(), depth);
    }
    if (node instanceof ScalarNode scalar) {
      return new Value.Scalar(scalar.getValue(), kind(scalar), location);
    }
    if (node instanceof SequenceNode sequence) {
      checkTag(node, Tag.SEQ, location);
      List<Value> items = new ArrayList<>();
      sequence.getValue().forEach(item -> items.add(convert(item, depth + 1)));
      return new Value.Sequence(items, location);
    }
    MappingNode mapping = (MappingNode) node;
    checkTag(node, Tag.MAP, location);
    List<Value.Field> fields = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Location keyLocation = location(tuple.getKeyNode().getStartMark());
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        problems.add(keyLocation, "", "a key must be plain text, not a list or mapping");
        continue;
      }
      Location first = seen.putIfAbsent(key.getValue(), keyLocation);
      if (first != null) {
        problems.add(
            keyLocation,
            "",
            "duplicate key '" + key.getValue() + "' (first at line " + first.line() + ")");
        continue;
      }
      fields.add(new Value.Field(key.getValue(), keyLocation, convert(tuple.getValueNode(), depth + 1)));
    }
    return new Value.Mapping(fields, location);
  }

  private Value.ScalarKind kind(ScalarNode scalar) {
    Tag tag = scalar.getTag();
    if (tag.equals(Tag.STR)) {
      return Value.ScalarKind.TEXT;
    }
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return Value.ScalarKind.NUMBER;
    }
    if (tag.equals(Tag.BOOL)) {
      return Value.ScalarKind.BOOLEAN;
    }
    if (tag.equals(Tag.NULL)) {
      return Value.ScalarKind.NULL;
    }
    problems.add(location(scalar.getStartMark()), "", "the tag " + tag + " is not supported here");
    return Value.ScalarKind.TEXT;
  }

  private void checkTag(Node node, Tag expected, Location location) {
    if (!node.getTag().equals(expected)) {
      problems.add(location, "", "the tag " + node.getTag() + " is not supported here");
    }
  }

  /** The line and column of the code point at {@code index}. */
  private Location locationOfCodePoint(String text, int index) {
    int line = 1;
    int column = 1;
    int offset = 0;
    for (int i = 0; i < index && offset < text.length(); i++) {
      int codePoint = text.codePointAt(offset);
      offset += Character.charCount(codePoint);
      if (codePoint == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Location(file, line, column);
  }

  private Location location(Optional<Mark> mark) {
    return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1))
        .orElse(Location.startOf(file));
  }

  /** SnakeYAML's problem, and what it was reading when it met it (its "context"). */
  private static String syntaxMessage(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
    String context = e.getContext();
    Optional<Mark> contextMark = e.getContextMark();
    if (context == null || context.isBlank()) {
      return "not valid YAML: " + problem;
    }
    String where = contextMark.map(m -> " at line " + (m.getLine() + 1)).orElse("");
    return "not valid YAML: " + problem + " (" + context + where + ")";
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  /**
   * Counts how deep the collections being composed are nested, and stops at {@link #MAX_DEPTH}
   * before SnakeYAML's composer, which recurses once per level, overflows the stack.
   */
  private final class DepthLimitedParser implements Parser {
    private final Parser parser;
    private int depth;

    DepthLimitedParser(Parser parser) {
      this.parser = parser;
    }

    @Override
    public Event next() {
      Event event = parser.next();
      switch (event.getEventId()) {
        case MappingStart, SequenceStart -> {
          // Counted from 0 at the top, as convert counts.
          if (depth++ > MAX_DEPTH) {
            throw new TooLarge(location(event.getStartMark()), "nested more than " + MAX_DEPTH + " levels deep");
          }
        }
        case MappingEnd, SequenceEnd -> depth--;
        default -> {
          // scalars, aliases, documents and the stream do not nest
        }
      }
      return event;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
      return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
      return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
      return parser.hasNext();
    }
  }

  /** Unwinds a conversion that has gone on too long; never leaves this class. */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Location location;

    TooLarge(Location location, String message) {
      super(message, null, false, false);
      this.location = location;
    }
  }
}
