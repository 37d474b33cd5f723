package dev.csprules.spark;

import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Problem;
import dev.csprules.api.fact.PointInTime;
import dev.csprules.api.fact.Truth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads typed values out of a row's fields, collecting a problem at its path for each value that
 * has the wrong type or cannot be read, and going on to find the next. A field that is absent or
 * null reads as its default; what has no default is a problem. Spark's own types vary with the
 * source and the session (a date is a LocalDate or a java.sql.Date, an array a Scala Seq), so each
 * reader takes what Spark can hand it for that column.
 */
final class RowFields {
  /** A value quoted in a problem is cut short: a megabyte of text is no kind of product. */
  private static final int LONGEST_QUOTED = 40;

  /**
   * A row and its schema. Rows reach a partition without one when Spark fuses the stage that made
   * them with the one reading them, so the schema comes from the driver's plan.
   */
  record SchemaRow(Row row, StructType schema) {}

  private final List<Problem> problems = new ArrayList<>();

  List<Problem> problems() {
    return problems;
  }

  /** The field's value, or null when the row has no such field or holds null there. */
  static Object value(SchemaRow row, String field) {
    if (row == null || row.row() == null) {
      return null;
    }
    Option<Object> index = row.schema().getFieldIndex(field);
    return index.isDefined() ? row.row().get((Integer) index.get()) : null;
  }

  String text(SchemaRow row, String field, String path) {
    Object value = value(row, field);
    if (value == null) {
      return "";
    }
    if (value instanceof String text) {
      return text;
    }
    return wrongType(path, "text", value, "");
  }

  boolean flag(SchemaRow row, String field, String path) {
    Object value = value(row, field);
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean flag) {
      return flag;
    }
    // Flat CSV gives text.
    if (value instanceof String text && (text.strip().equals("true") || text.strip().equals("false"))) {
      return text.strip().equals("true");
    }
    if (value instanceof String text) {
      problems.add(new Problem(path, "expected true or false, found " + quoted(text)));
      return false;
    }
    return wrongType(path, "true or false", value, false);
  }

  /** A whole number; {@code orElse} when absent or unreadable. */
  int wholeNumber(SchemaRow row, String field, String path, int orElse) {
    Object value = value(row, field);
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof Long number && number == number.intValue()) {
      return number.intValue();
    }
    if (value instanceof String text) {
      return parsed(text, path, Integer::parseInt, "a whole number", orElse);
    }
    return value == null ? missing(path, orElse) : wrongType(path, "a whole number", value, orElse);
  }

  <E extends Enum<E>> E choice(SchemaRow row, String field, String path, Class<E> type, E orElse) {
    Object value = value(row, field);
    return value == null ? missing(path, orElse) : choice(value, path, type, orElse);
  }

  /** Like {@link #choice}, but absent or null reads as {@code absent}: a partner without a support plan has none. */
  <E extends Enum<E>> E optionalChoice(SchemaRow row, String field, String path, Class<E> type, E absent) {
    Object value = value(row, field);
    return value == null ? absent : choice(value, path, type, absent);
  }

  <E extends Enum<E>> E choice(Object value, String path, Class<E> type, E orElse) {
    if (value instanceof String text) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
    }
    String names = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    problems.add(new Problem(path, "expected one of " + names + ", found " + quoted(value)));
    return orElse;
  }

  /**
   * A point in time: text as {@link PointInTime#parse} reads it (a day, a date-time with its
   * offset, or {@code unknown}), or a DATE column's day.
   */
  PointInTime pointInTime(SchemaRow row, String field, String path, PointInTime orElse) {
    Object value = value(row, field);
    if (value instanceof LocalDate date) {
      return PointInTime.of(date);
    }
    if (value instanceof java.sql.Date date) {
      return PointInTime.of(date.toLocalDate());
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return PointInTime.parse(text.strip(), path);
      } catch (InvalidRequestException e) {
        problems.add(new Problem(path, "expected a date as YYYY-MM-DD, a date-time with its offset or unknown, found " + quoted(text)));
        return orElse;
      }
    }
    return value == null || value instanceof String ? missing(path, orElse) : wrongType(path, "a date", value, orElse);
  }

  /** Like {@link #pointInTime}, for a moment that is never unknown (when an order was placed). */
  PointInTime knownPointInTime(SchemaRow row, String field, String path, PointInTime orElse) {
    PointInTime point = pointInTime(row, field, path, orElse);
    if (point.isKnown()) {
      return point;
    }
    problems.add(new Problem(path, "must be known"));
    return orElse;
  }

  /** A fact that may be unknown: a BOOLEAN, or text {@code true}, {@code false} or {@code unknown}; absent reads as false. */
  Truth truth(SchemaRow row, String field, String path) {
    Object value = value(row, field);
    if (value instanceof String text && text.strip().equals("unknown")) {
      return Truth.UNKNOWN;
    }
    if (value instanceof String text && !text.strip().equals("true") && !text.strip().equals("false")) {
      problems.add(new Problem(path, "expected true, false or unknown, found " + quoted(text)));
      return Truth.FALSE;
    }
    return Truth.of(flag(row, field, path));
  }

  YearMonth month(SchemaRow row, String field, String path, YearMonth orElse) {
    Object value = value(row, field);
    if (value instanceof String text) {
      return parsed(text, path, YearMonth::parse, "a month as YYYY-MM", orElse);
    }
    return value == null ? missing(path, orElse) : wrongType(path, "a month as YYYY-MM", value, orElse);
  }

  /** Exactly as written: text keeps its scale, so 25000.00 stays 25000.00. */
  BigDecimal amount(SchemaRow row, String field, String path, BigDecimal orElse) {
    Object value = value(row, field);
    if (value instanceof BigDecimal amount) {
      return amount;
    }
    if (value instanceof String text) {
      return parsed(text, path, BigDecimal::new, "an amount such as 25000.00", orElse);
    }
    return value == null ? missing(path, orElse) : wrongType(path, "an amount", value, orElse);
  }

  SchemaRow struct(SchemaRow row, String field, String path) {
    Object value = value(row, field);
    if (value == null) {
      return null;
    }
    if (value instanceof Row struct && row.schema().apply(field).dataType() instanceof StructType schema) {
      return new SchemaRow(struct, schema);
    }
    return wrongType(path, "a structure", value, null);
  }

  /** Each element of an array field read with {@code item}, given its element path. */
  <T> List<T> list(SchemaRow row, String field, String path, ItemReader<T> item) {
    Object value = value(row, field);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof scala.collection.Seq<?> seq)) {
      return wrongType(path, "an array", value, List.of());
    }
    List<T> items = new ArrayList<>(seq.size());
    int index = 0;
    for (Object element : CollectionConverters.asJava(seq)) {
      String itemPath = path + "[" + index++ + "]";
      if (element == null) {
        problems.add(Problem.missing(itemPath));
      } else {
        item.read(element, itemPath).ifPresent(items::add);
      }
    }
    return items;
  }

  /** A map of text to text, its keys kept in the order Spark gives them. */
  Map<String, String> textMap(SchemaRow row, String field, String path) {
    Object value = value(row, field);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof scala.collection.Map<?, ?> map)) {
      return wrongType(path, "a map of text to text", value, Map.of());
    }
    Map<String, String> texts = new LinkedHashMap<>();
    CollectionConverters.asJava(map)
        .forEach(
            (key, text) -> {
              if (key instanceof String name && text instanceof String given) {
                texts.put(name, given);
              } else {
                problems.add(new Problem(path, "expected text keys and values, found " + quoted(text)));
              }
            });
    return texts;
  }

  Optional<String> textItem(Object value, String path) {
    if (value instanceof String text) {
      return Optional.of(text);
    }
    return Optional.ofNullable(wrongType(path, "text", value, null));
  }

  /** Each element of an array of structures read with {@code item}, given its element path. */
  <T> List<T> structs(SchemaRow row, String field, String path, BiFunction<SchemaRow, String, T> item) {
    Object value = value(row, field);
    if (value == null) {
      return List.of();
    }
    if (row.schema().apply(field).dataType() instanceof ArrayType array
        && array.elementType() instanceof StructType schema) {
      return list(row, field, path, (element, at) -> element instanceof Row struct
          ? Optional.of(item.apply(new SchemaRow(struct, schema), at))
          : Optional.ofNullable(wrongType(at, "a structure", element, null)));
    }
    return wrongType(path, "an array of structures", value, List.of());
  }

  /** Reads one array element at its path; empty when it could not be read. */
  interface ItemReader<T> {
    Optional<T> read(Object element, String path);
  }

  private <T> T parsed(String text, String path, Function<String, T> parse, String expected, T orElse) {
    try {
      return parse.apply(text.strip());
    } catch (DateTimeParseException | NumberFormatException e) {
      problems.add(new Problem(path, "expected " + expected + ", found " + quoted(text)));
      return orElse;
    }
  }

  private <T> T missing(String path, T orElse) {
    problems.add(Problem.missing(path));
    return orElse;
  }

  private <T> T wrongType(String path, String expected, Object value, T orElse) {
    problems.add(new Problem(path, "expected " + expected + ", found " + value.getClass().getSimpleName()));
    return orElse;
  }

  private static String quoted(Object value) {
    String text = String.valueOf(value);
    return "'" + (text.length() > LONGEST_QUOTED ? text.substring(0, LONGEST_QUOTED) + "..." : text) + "'";
  }
}
