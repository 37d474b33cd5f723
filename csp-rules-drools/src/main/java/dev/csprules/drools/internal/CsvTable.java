package dev.csprules.drools.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV data file with a header row, read into rows that remember their line. */
final class CsvTable {

  /** One data row: its 1-based line in the file, and its values by column name. */
  record Row(long line, Map<String, String> values) {
    String get(String column) {
      return values.getOrDefault(column, "").strip();
    }
  }

  private CsvTable() {}

  /**
   * Reads the rows of {@code text}.
   *
   * @param problems receives {@code file:line: message} for a missing column or a malformed file
   */
  static List<Row> read(String file, String text, List<String> columns, List<String> problems) {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> missing =
          columns.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
      if (!missing.isEmpty()) {
        problems.add(file + ":1: missing column(s) " + String.join(", ", missing));
        return rows;
      }
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (!record.isConsistent()) {
          problems.add(
              file + ":" + line + ": expected " + parser.getHeaderMap().size() + " fields");
          continue;
        }
        rows.add(new Row(line, record.toMap()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(file + ": not valid CSV: " + e.getMessage());
    }
    return rows;
  }
}
