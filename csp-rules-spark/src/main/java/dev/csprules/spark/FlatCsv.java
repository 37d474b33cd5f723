package dev.csprules.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The flat CSV form of {@link RequestSchema}, for billing exports: one row per request, one column
 * per value, named by its path with {@code _} for {@code .} ({@code seller_address_country}).
 *
 * <ul>
 *   <li>a list of values is one cell, its items joined by {@code ;} ({@code BILLING;PROVISIONING});
 *   <li>a list of records is one cell, its items joined by {@code ;} and each item's fields, in
 *       the schema's order, by {@code :} ({@code lines}: {@code office-365-e3:ONLINE_SERVICE:10};
 *       {@code seller_revenue}: {@code 2019-11:25000.00:USD:CLOUD:INDIRECT_RESELLER;...});
 *   <li>a map is one cell of {@code key=value} pairs joined by {@code ;} ({@code JP=7654321}).
 * </ul>
 *
 * <p>A record's last field takes the rest of its item, colons included, so an agreement
 * acceptance's {@code dateAgreed} may be a date-time with its offset
 * ({@code MICROSOFT_CUSTOMER_AGREEMENT:2020-11-15T08:00:00+09:00}), and an item with more fields
 * than its record is a problem in its last field rather than fields silently dropped.
 *
 * <p>An empty cell is a value left out. Read the file with a header and every column as text;
 * {@link #nest} turns it into the nested rows the deciders read, with each value still text, so
 * that a value that does not parse is reported at its path rather than turned into null. Text
 * holding {@code ;}, {@code :} (but in a record's last field) or {@code =} cannot be written in this form: use JSON Lines or
 * Parquet for it.
 */
public final class FlatCsv {
  private FlatCsv() {}

  /** The CSV columns for a schema, in order. */
  public static List<String> columns(StructType schema) {
    List<String> columns = new ArrayList<>();
    for (StructField field : schema.fields()) {
      if (field.dataType() instanceof StructType struct) {
        columns(struct).forEach(column -> columns.add(field.name() + "_" + column));
      } else {
        columns.add(field.name());
      }
    }
    return columns;
  }

  /**
   * Flat rows to nested rows of {@code schema}'s shape (values as text). A column the CSV lacks
   * reads as left out; columns the schema does not name are dropped.
   */
  public static Dataset<Row> nest(Dataset<Row> csv, StructType schema) {
    Set<String> present = Set.of(csv.columns());
    return csv.select(nested(schema, "", present).toArray(Column[]::new));
  }

  /** Nested rows of a {@link RequestSchema} shape to flat rows, the inverse of {@link #nest}. */
  public static Dataset<Row> flatten(Dataset<Row> nested) {
    return nested.select(flat(nested.schema(), "", "").toArray(Column[]::new));
  }

  /**
   * Rows of any shape as CSV can hold them: nested columns as JSON text. This is how decisions
   * are written as CSV ({@code findings}, {@code problems} and the lists become JSON arrays).
   */
  public static Dataset<Row> withJsonCells(Dataset<Row> rows) {
    return rows.select(
        Arrays.stream(rows.schema().fields())
            .map(field -> field.dataType() instanceof StructType
                    || field.dataType() instanceof ArrayType
                    || field.dataType() instanceof MapType
                ? functions.to_json(functions.col(field.name())).as(field.name())
                : functions.col(field.name()))
            .toArray(Column[]::new));
  }

  private static List<Column> nested(StructType schema, String prefix, Set<String> present) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : schema.fields()) {
      String column = prefix + field.name();
      Column value;
      if (field.dataType() instanceof StructType struct) {
        value = functions.struct(nested(struct, column + "_", present).toArray(Column[]::new));
      } else if (!present.contains(column)) {
        value = functions.lit(null).cast(textual(field.dataType()));
      } else {
        value = functions.expr(cellToValue(quoted(column), field.dataType()));
      }
      columns.add(value.as(field.name()));
    }
    return columns;
  }

  /** SQL reading one cell as a value of {@code type}, leaves kept as text. */
  private static String cellToValue(String cell, DataType type) {
    String blank = cell + " IS NULL OR trim(" + cell + ") = ''";
    if (type instanceof ArrayType array && array.elementType() instanceof StructType item) {
      String parts =
          Arrays.stream(item.fieldNames())
              .map(name -> "'" + name + "', nullif(try_element_at(split(x, ':', " + item.fields().length + "), "
                  + (item.fieldIndex(name) + 1) + "), '')")
              .collect(Collectors.joining(", "));
      return "CASE WHEN " + blank + " THEN NULL ELSE transform(split(" + cell + ", ';', -1), x -> named_struct(" + parts + ")) END";
    }
    if (type instanceof ArrayType) {
      return "CASE WHEN " + blank + " THEN NULL ELSE split(" + cell + ", ';', -1) END";
    }
    if (type instanceof MapType) {
      return "CASE WHEN " + blank + " THEN NULL ELSE str_to_map(" + cell + ", ';', '=') END";
    }
    return "nullif(" + cell + ", '')";
  }

  /** The type a column has after {@link #nest}: the same shape, with text for every leaf. */
  private static DataType textual(DataType type) {
    if (type instanceof ArrayType array) {
      return new ArrayType(textual(array.elementType()), true);
    }
    if (type instanceof MapType) {
      return new MapType(DataTypes.StringType, DataTypes.StringType, true);
    }
    if (type instanceof StructType struct) {
      return new StructType(
          Arrays.stream(struct.fields())
              .map(field -> new StructField(field.name(), textual(field.dataType()), true, field.metadata()))
              .toArray(StructField[]::new));
    }
    return DataTypes.StringType;
  }

  private static List<Column> flat(StructType schema, String prefix, String path) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : schema.fields()) {
      String at = path + quoted(field.name());
      if (field.dataType() instanceof StructType struct) {
        columns.addAll(flat(struct, prefix + field.name() + "_", at + "."));
      } else {
        columns.add(functions.expr(valueToCell(at, field.dataType())).as(prefix + field.name()));
      }
    }
    return columns;
  }

  /** SQL writing one value as a cell: the inverse of {@link #cellToValue}. */
  private static String valueToCell(String value, DataType type) {
    if (type instanceof ArrayType array && array.elementType() instanceof StructType item) {
      String parts =
          Arrays.stream(item.fieldNames())
              .map(name -> "coalesce(cast(x." + quoted(name) + " AS STRING), '')")
              .collect(Collectors.joining(", "));
      return "array_join(transform(" + value + ", x -> concat_ws(':', " + parts + ")), ';')";
    }
    if (type instanceof ArrayType) {
      return "array_join(" + value + ", ';')";
    }
    if (type instanceof MapType) {
      return "array_join(transform(map_entries(" + value + "), e -> concat(e.key, '=', e.value)), ';')";
    }
    return "cast(" + value + " AS STRING)";
  }

  private static String quoted(String name) {
    return "`" + name + "`";
  }
}
