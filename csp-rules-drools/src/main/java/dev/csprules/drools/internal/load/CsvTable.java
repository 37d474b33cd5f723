package dev.csprules.drools.internal.load;

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
   * @param problems receives {@code file:line: message} for a missing column or a malformed row;
   *     the rows before a malformed one are still returned
   */
  static List<Row> read(String file, String text, List<String> columns, List<String> problems) {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    List<Row> rows = new ArrayList<>();
    // The parser counts the line ends it has read: a row that fails starts on the line after.
    long lastLine = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> named = parser.getHeaderNames();
      List<String> namedTwice =
          named.stream().distinct().filter(column -> named.indexOf(column) != named.lastIndexOf(column)).toList();
      if (!namedTwice.isEmpty()) {
        // Which of the two values a row keeps would be the parser's choice, not the author's.
        problems.add(file + ":1: the header names column(s) " + String.join(", ", namedTwice) + " more than once");
        return rows;
      }
      List<String> missing =
          columns.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
      if (!missing.isEmpty()) {
        problems.add(file + ":1: missing column(s) " + String.join(", ", missing));
        return rows;
      }
      lastLine = parser.getCurrentLineNumber();
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        lastLine = line;
        if (!record.isConsistent()) {
          problems.add(
              file + ":" + line + ": expected " + parser.getHeaderMap().size() + " fields");
          continue;
        }
        rows.add(new Row(line, record.toMap()));
      }
    } catch (IOException | UncheckedIOException e) {
      String reason = String.valueOf(e instanceof UncheckedIOException unchecked ? unchecked.getCause().getMessage() : e.getMessage());
      problems.add(file + ":" + (lastLine + 1) + ": " + (reason.contains("EOF reached before encapsulated token finished")
          ? "a quoted value starts here and its closing quote is missing"
          : "a quoted value must end at a comma or the end of the line (write a quote inside one as \"\")"));
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(file + ": not valid CSV: " + e.getMessage());
    }
    return rows;
  }
}
